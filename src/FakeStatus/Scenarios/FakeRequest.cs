using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Text;
using System.Text.Json;

namespace FakeStatus;

/// <summary>
/// The request a route answers, as its response callback sees it: method, URI, the values captured by the route template's
/// <c>{name}</c> segments, query, headers and body. A snapshot taken when the request arrived, so the callback cannot change
/// or consume the request the caller sent. Immutable.
/// </summary>
/// <example>
/// <code>
/// handler.When(HttpMethod.Get, "/orders/{id}").Respond(
///     request =&gt; request.RouteValues["id"] == "7" ? 404 : 200,
///     (response, request) =&gt; response.WithHeader("X-Correlation-Id", request.GetHeader("X-Correlation-Id") ?? "none"));
/// </code>
/// </example>
public sealed class FakeRequest
{
    private static readonly JsonSerializerOptions WebDefaults = new(JsonSerializerDefaults.Web);
    private readonly IReadOnlyList<KeyValuePair<string, IReadOnlyList<string>>> _headers;
    private readonly byte[]? _body;
    private string? _bodyText;

    internal FakeRequest(
        HttpMethod method,
        Uri uri,
        Version version,
        IReadOnlyDictionary<string, string> routeValues,
        IReadOnlyList<KeyValuePair<string, IReadOnlyList<string>>> headers,
        byte[]? body)
    {
        Method = method;
        Uri = uri;
        Version = version;
        RouteValues = routeValues;
        _headers = headers;
        _body = body;
    }

    /// <summary>Takes the snapshot of <paramref name="exchange"/>'s request that <paramref name="route"/>'s callback reads.</summary>
    internal static FakeRequest Capture(Exchange exchange, FakeRoute route)
    {
        HttpRequestMessage request = exchange.Request;
        Uri uri = request.RequestUri!;
        var headers = new List<KeyValuePair<string, IReadOnlyList<string>>>(RecordedRequest.Copy(request.Headers));
        if (request.Content is not null)
        {
            headers.AddRange(RecordedRequest.Copy(request.Content.Headers));
        }

        return new FakeRequest(request.Method, uri, request.Version, route.ParsedTemplate.Values(uri), headers, exchange.Body);
    }

    /// <summary>The request method.</summary>
    public HttpMethod Method { get; }

    /// <summary>The absolute request URI.</summary>
    public Uri Uri { get; }

    /// <summary>The HTTP version the request asked for.</summary>
    public Version Version { get; }

    /// <summary>
    /// The values of the template's <c>{name}</c> segments, unescaped, by name (case-insensitive): for <c>/orders/{id}</c> and
    /// <c>/orders/7</c>, <c>RouteValues["id"]</c> is <c>"7"</c>. Empty for a template without such segments.
    /// </summary>
    public IReadOnlyDictionary<string, string> RouteValues { get; }

    /// <summary>The request body as received; empty when there was none.</summary>
    public ReadOnlyMemory<byte> Body => _body;

    /// <summary>The request body decoded as UTF-8; empty when there was none.</summary>
    public string BodyText => _bodyText ??= _body is null ? string.Empty : Encoding.UTF8.GetString(_body);

    /// <summary>
    /// The first value of query parameter <paramref name="name"/> (unescaped, ordinal), an empty string for <c>?name</c>
    /// without a value, or <see langword="null"/> when the query does not have it.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public string? GetQuery(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return QueryString.First(Uri, name);
    }

    /// <summary>
    /// The value of header <paramref name="name"/> (case-insensitive; request or content header), several values joined with
    /// <c>", "</c>, or <see langword="null"/> when the request did not carry it.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public string? GetHeader(string name)
    {
        IReadOnlyList<string> values = GetHeaderValues(name);
        return values.Count == 0 ? null : string.Join(", ", values);
    }

    /// <summary>
    /// The values of header <paramref name="name"/> (case-insensitive), from the request headers or else the content headers;
    /// empty when the request did not carry it.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public IReadOnlyList<string> GetHeaderValues(string name)
    {
        ArgumentNullException.ThrowIfNull(name);

        foreach (KeyValuePair<string, IReadOnlyList<string>> header in _headers)
        {
            if (string.Equals(header.Key, name, StringComparison.OrdinalIgnoreCase))
            {
                return header.Value;
            }
        }

        return [];
    }

    /// <summary>The body deserialised as <typeparamref name="T"/> with System.Text.Json (<paramref name="options"/>, or the web defaults).</summary>
    /// <typeparam name="T">The type to read the JSON body as.</typeparam>
    /// <param name="options">The serializer options; <see langword="null"/> for the web defaults (camelCase, case-insensitive).</param>
    /// <exception cref="InvalidOperationException">The request has no body.</exception>
    /// <exception cref="JsonException">The body is not JSON of that shape.</exception>
    public T? ReadJson<T>(JsonSerializerOptions? options = null)
    {
        if (_body is null || _body.Length == 0)
        {
            throw new InvalidOperationException($"{Method} {Uri} has no body to read as JSON.");
        }

        return JsonSerializer.Deserialize<T>(_body, options ?? WebDefaults);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Method} {Uri}";
}
