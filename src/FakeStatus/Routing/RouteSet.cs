using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;

namespace FakeStatus;

/// <summary>
/// The routes of one owner (a handler or a scope): registration under a lock, unique explicit names, the builders started
/// and not yet finished, and the <see cref="RouteTable"/> each registration is indexed into.
/// </summary>
internal sealed class RouteSet(object owner)
{
    private readonly object _gate = new();
    private readonly List<RouteBuilder> _pending = [];
    private readonly Dictionary<string, FakeRoute> _named = new(StringComparer.Ordinal);
    private readonly RouteTable _table = new();
    private int _pendingCount;
    private string? _closed;

    public object Owner { get; } = owner;

    public RouteTable Table => _table;

    public IReadOnlyList<FakeRoute> Routes => Table.Routes;

    /// <summary>Refuses later registrations with <paramref name="message"/> (the owner was disposed).</summary>
    public void Close(string message) => Volatile.Write(ref _closed, message);

    public RouteBuilder Track(RouteBuilder builder)
    {
        lock (_gate)
        {
            ThrowIfClosed();
            _pending.Add(builder);
            Volatile.Write(ref _pendingCount, _pending.Count);
        }

        return builder;
    }

    public FakeRoute Add(RouteBuilder builder, Func<int, FakeRoute> create)
    {
        lock (_gate)
        {
            ThrowIfClosed();
            FakeRoute route = create(_table.Count);
            if (route.ExplicitName is string name)
            {
                if (_named.TryGetValue(name, out FakeRoute? other))
                {
                    throw new ArgumentException(
                        $"Two routes are named '{name}': {other.Describe()} and {route.Describe()}. Route names must be unique; the route object that Respond returns identifies a route without a name.",
                        nameof(builder));
                }

                _named.Add(name, route);
            }

            // Indexed now, in O(1) amortised: registering between requests never rebuilds the table.
            _table.Add(route);
            _pending.Remove(builder);
            Volatile.Write(ref _pendingCount, _pending.Count);
            return route;
        }
    }

    /// <summary>Why requests must fail: routes started with <c>When</c> and never finished; null when there are none.</summary>
    public string? IncompleteProblem()
    {
        if (Volatile.Read(ref _pendingCount) == 0)
        {
            return null;
        }

        lock (_gate)
        {
            return _pending.Count == 0
                ? null
                : string.Format(
                    CultureInfo.InvariantCulture,
                    "{0} route(s) were started with When(...) but never given a response: {1}. Finish each with Respond(...), RespondInSequence(...), RespondRandomly(...) or Throw(...).",
                    _pending.Count,
                    string.Join(", ", _pending.Select(b => "'" + b.Description + "'")));
        }
    }

    private void ThrowIfClosed()
    {
        if (Volatile.Read(ref _closed) is string message)
        {
            throw new ObjectDisposedException(Owner.GetType().Name, message);
        }
    }
}
