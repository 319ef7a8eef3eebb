using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;

namespace FakeStatus;

/// <content>Route registration: <c>handler.When("/login").Respond("smtp", 530)</c>.</content>
public sealed partial class FakeStatusHandler
{
    private readonly object _routesGate = new();
    private List<FakeRoute>? _routeList;
    private RouteTable? _table = RouteTable.Empty;

    /// <summary>The routes registered so far, in registration order (the earliest matching route answers).</summary>
    public IReadOnlyList<FakeRoute> Routes => Table.Routes;

    private RouteTable Table => Volatile.Read(ref _table) ?? BuildTable();

    /// <summary>
    /// Starts a route for any method. <paramref name="template"/> is a path (<c>/login</c>), with <c>{name}</c> segments
    /// (<c>/users/{id}</c>) or <c>*</c> (one segment, or the rest when last: <c>/api/*</c>), optionally with a query
    /// (<c>/search?q=x</c>) or an absolute URL (<c>https://api.test/login</c>) to match the host too.
    /// </summary>
    /// <exception cref="ArgumentException">The template is empty or malformed; the message says what is valid.</exception>
    /// <exception cref="ObjectDisposedException">The handler has been disposed.</exception>
    public RouteBuilder When(string template)
    {
        ThrowIfDisposed();
        return new RouteBuilder(this, null, template);
    }

    /// <summary>Starts a route for <paramref name="method"/> only. See <see cref="When(string)"/> for templates.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="method"/> is null.</exception>
    /// <exception cref="ArgumentException">The template is empty or malformed.</exception>
    /// <exception cref="ObjectDisposedException">The handler has been disposed.</exception>
    public RouteBuilder When(HttpMethod method, string template)
    {
        ThrowIfDisposed();
        return new RouteBuilder(this, method ?? throw new ArgumentNullException(nameof(method)), template);
    }

    /// <summary>The route named <paramref name="name"/> (see <see cref="RouteBuilder.Named"/>; by default <c>"GET /login"</c> or <c>"ANY /login"</c>).</summary>
    /// <exception cref="KeyNotFoundException">No route has that name; the message lists the names.</exception>
    public FakeRoute GetRoute(string name)
    {
        FakeRoute? route = Routes.FirstOrDefault(r => string.Equals(r.Name, name, StringComparison.Ordinal));
        return route ?? throw new KeyNotFoundException(
            $"No route is named '{name}'. Registered: {(Routes.Count == 0 ? "none" : string.Join(", ", Routes.Select(r => "'" + r.Name + "'")))}.");
    }

    internal FakeRoute AddRoute(Func<int, FakeRoute> create)
    {
        ThrowIfDisposed();
        lock (_routesGate)
        {
            _routeList ??= [];
            FakeRoute route = create(_routeList.Count);
            _routeList.Add(route);

            // Rebuilt once, on the next request: registering 10,000 routes costs O(n), not O(n^2).
            Volatile.Write(ref _table, null);
            return route;
        }
    }

    private RouteTable BuildTable()
    {
        lock (_routesGate)
        {
            RouteTable? table = _table;
            if (table is null)
            {
                table = new RouteTable(_routeList?.ToArray() ?? []);
                Volatile.Write(ref _table, table);
            }

            return table;
        }
    }
}
