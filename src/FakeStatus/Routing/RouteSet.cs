using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
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

    // Responders nobody customised, by the definition they answer (compared by reference, as templates keep theirs).
    private Dictionary<StatusDefinition, Responder>? _shared;
    private int _pendingCount;
    private string? _closed;

    public object Owner { get; } = owner;

    public RouteTable Table => _table;

    public IReadOnlyList<FakeRoute> Routes => Table.Routes;

    /// <summary>The responder shared by every route that answers <paramref name="definition"/> uncustomised; made on first need.</summary>
    public Responder SharedResponder(StatusDefinition definition, Func<Responder> create)
    {
        lock (_gate)
        {
            _shared ??= new(DefinitionIdentity.Instance);
            if (!_shared.TryGetValue(definition, out Responder? responder))
            {
                // Not added when building throws: the next registration builds (and fails) on its own.
                responder = create();
                _shared[definition] = responder;
            }

            return responder;
        }
    }

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

    /// <summary>
    /// Forgets <paramref name="builder"/>: one of its calls threw, so the registration failed and must leave the routes as
    /// they were, not a route left pending for good.
    /// </summary>
    public void Abandon(RouteBuilder builder)
    {
        lock (_gate)
        {
            if (_pending.Remove(builder))
            {
                Volatile.Write(ref _pendingCount, _pending.Count);
            }
        }
    }

    /// <summary>The routes started with <c>When</c> and never finished, for verification; null when there are none.</summary>
    public string? IncompleteProblem() => Volatile.Read(ref _pendingCount) == 0 ? null : Incomplete(null, null);

    /// <summary>
    /// Why <paramref name="request"/> must fail: a route started with <c>When</c> and not finished would have matched it by
    /// method and path, so answering it elsewhere would hide the missing response. Null when none would: an unfinished route
    /// never fails a request it could not answer, such as another test's or one sent while a route is being registered.
    /// </summary>
    public string? IncompleteProblemFor(HttpRequestMessage request, Uri uri) =>
        Volatile.Read(ref _pendingCount) == 0 ? null : Incomplete(request, uri);

    private string? Incomplete(HttpRequestMessage? request, Uri? uri)
    {
        lock (_gate)
        {
            List<RouteBuilder> builders = request is null ? _pending : _pending.Where(b => b.WouldMatch(request, uri!)).ToList();
            if (builders.Count == 0)
            {
                return null;
            }

            return string.Format(
                CultureInfo.InvariantCulture,
                "{0} route(s) were started with When(...) but never given a response{1}: {2}. Finish each with Respond(...), RespondInSequence(...), RespondRandomly(...) or Throw(...).",
                builders.Count,
                request is null ? string.Empty : ", and would have matched this request",
                string.Join(", ", builders.Select(b => "'" + b.Description + "'")));
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
