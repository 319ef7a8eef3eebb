using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;

namespace FakeStatus;

/// <summary>
/// What a style's request placeholders read for one call: method, path, headers, route values, the handler's clock, and an id
/// made once per call so a body and a header that both show it agree.
/// </summary>
internal sealed class StyleRequest
{
    /// <summary>The placeholders that read the request or the call, besides <c>header.NAME</c> and <c>route.NAME</c>.</summary>
    public static readonly string[] Names = ["method", "path", "date", "dateIso", "uniqueId"];

    private static readonly IReadOnlyDictionary<string, string> NoRouteValues = new Dictionary<string, string>();

    private readonly HttpRequestMessage? _request;
    private readonly IReadOnlyDictionary<string, string> _routeValues;
    private readonly DateTimeOffset _now;
    private readonly Func<string> _newId;
    private string? _uniqueId;

    private StyleRequest(HttpRequestMessage? request, IReadOnlyDictionary<string, string>? routeValues, DateTimeOffset now, Func<string> newId)
    {
        _request = request;
        _routeValues = routeValues ?? NoRouteValues;
        _now = now;
        _newId = newId;
    }

    /// <summary>The request a style is checked with when it is loaded: <c>GET /</c> with no headers, at 2000-01-01.</summary>
    public static StyleRequest Sample => new(null, null, new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero), () => "00000000-0000-0000-0000-000000000000");

    /// <summary>The call answering <paramref name="request"/> at <paramref name="now"/> on the handler's clock.</summary>
    public static StyleRequest For(HttpRequestMessage request, DateTimeOffset now, IReadOnlyDictionary<string, string>? routeValues) =>
        new(request, routeValues, now, () => Guid.NewGuid().ToString("D", CultureInfo.InvariantCulture));

    /// <summary>The value of a request placeholder, or null when the request lacks it (a header it did not send).</summary>
    public string? Value(string name)
    {
        if (name.StartsWith(StyleTemplate.HeaderPrefix, StringComparison.Ordinal))
        {
            return Header(name.Substring(StyleTemplate.HeaderPrefix.Length));
        }

        if (name.StartsWith(StyleTemplate.RoutePrefix, StringComparison.Ordinal))
        {
            return _routeValues.TryGetValue(name.Substring(StyleTemplate.RoutePrefix.Length), out string? value) ? value : null;
        }

        return name switch
        {
            "method" => _request?.Method.Method ?? "GET",
            "path" => _request?.RequestUri is { IsAbsoluteUri: true } uri ? uri.AbsolutePath : "/",
            "date" => _now.UtcDateTime.ToString("r", CultureInfo.InvariantCulture),
            "dateIso" => _now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            "uniqueId" => _uniqueId ??= _newId(),
            _ => null,
        };
    }

    private string? Header(string name)
    {
        if (_request is null)
        {
            return null;
        }

        if (_request.Headers.TryGetValues(name, out IEnumerable<string>? values)
            || (_request.Content is not null && _request.Content.Headers.TryGetValues(name, out values)))
        {
            return string.Join(", ", values);
        }

        return null;
    }
}
