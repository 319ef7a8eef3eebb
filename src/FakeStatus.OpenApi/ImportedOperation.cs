using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;

namespace FakeStatus.OpenApi;

/// <summary>One operation of an imported document: its route, its documented statuses and the status it answers now.</summary>
public sealed class ImportedOperation
{
    private readonly Dictionary<int, PlannedResponse> _responses;
    private readonly string[] _segments;
    private Dictionary<int, FakeRoute> _routes = [];
    private int _selected;

    internal ImportedOperation(string operationId, HttpMethod method, string path, string routeTemplate, string location, IReadOnlyList<PlannedResponse> responses, int defaultStatus, PlannedResponse? fallback = null)
    {
        Fallback = fallback;
        OperationId = operationId;
        Method = method;
        Path = path;
        RouteTemplate = routeTemplate;
        Location = location;
        Responses = responses;
        _responses = responses.ToDictionary(r => r.Status);
        StatusCodes = responses.Select(r => r.Status).ToArray();
        DefaultStatusCode = defaultStatus;
        _selected = defaultStatus;
        _segments = RouteTemplate.Trim('/').Split('/');
    }

    /// <summary>The document's <c>operationId</c>, or <c>"GET /orders/{orderId}"</c> when it has none.</summary>
    public string OperationId { get; }

    /// <summary>The HTTP method.</summary>
    public HttpMethod Method { get; }

    /// <summary>The path as the document writes it, e.g. <c>/orders/{orderId}</c>.</summary>
    public string Path { get; }

    /// <summary>The route template registered on the handler: the base path and the path, e.g. <c>/v1/orders/{orderId}</c>.</summary>
    public string RouteTemplate { get; }

    /// <summary>The documented status codes, in document order (<c>default</c> and ranges such as <c>5XX</c> are not codes).</summary>
    public IReadOnlyList<int> StatusCodes { get; }

    /// <summary>The status answered when nothing selects another: the first documented 2xx, else the first documented status, else 200.</summary>
    public int DefaultStatusCode { get; }

    /// <summary>The status answered now when a request carries no status header (see <see cref="OpenApiImport.Respond"/>).</summary>
    public int CurrentStatusCode => Volatile.Read(ref _selected);

    internal string Location { get; }

    internal IReadOnlyList<PlannedResponse> Responses { get; }

    /// <summary>The document's <c>default</c> response: it answers the statuses the operation does not list.</summary>
    internal PlannedResponse? Fallback { get; }

    internal int LiteralSegments => _segments.Count(s => s.Length == 0 || s[0] != '{');

    /// <summary>The route registered for a documented <paramref name="statusCode"/>, for <see cref="FakeStatusHandler.VerifyCalled"/>.</summary>
    /// <param name="statusCode">A status in <see cref="StatusCodes"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="statusCode"/> is not documented for this operation.</exception>
    public FakeRoute RouteFor(int statusCode) =>
        _routes.TryGetValue(statusCode, out FakeRoute? route)
            ? route
            : throw new ArgumentException($"{OperationId} documents {Describe(StatusCodes)}, not {statusCode}.", nameof(statusCode));

    /// <summary><c>getOrder (GET /orders/{orderId})</c>.</summary>
    public override string ToString() => $"{OperationId} ({Method.Method} {Path})";

    internal bool Documents(int status) => _responses.ContainsKey(status);

    internal void Select(int status) => Volatile.Write(ref _selected, status);

    internal void UseRoutes(Dictionary<int, FakeRoute> routes) => _routes = routes;

    internal bool MatchesPath(string[] requestSegments)
    {
        if (requestSegments.Length != _segments.Length)
        {
            return false;
        }

        for (int i = 0; i < _segments.Length; i++)
        {
            string segment = _segments[i];
            bool parameter = segment.Length > 2 && segment[0] == '{' && segment[segment.Length - 1] == '}';
            if (parameter ? requestSegments[i].Length == 0 : !string.Equals(segment, requestSegments[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    internal static string Describe(IReadOnlyList<int> statuses) =>
        statuses.Count == 0 ? "no status codes" : string.Join(", ", statuses);
}
