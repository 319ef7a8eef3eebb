using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;
using System.Text;

namespace FakeStatus;

/// <summary>
/// A snapshot of one request a <see cref="FakeStatusHandler"/> received and how it was dealt with. It copies what a test
/// asserts on (method, URI, version, headers, body bytes) and keeps no reference to the <see cref="HttpRequestMessage"/>
/// or its content, so a long-lived handler holds no request alive. Immutable.
/// </summary>
public sealed class RecordedRequest
{
    private static readonly IReadOnlyDictionary<string, string> NoRouteValues = new System.Collections.ObjectModel.ReadOnlyDictionary<string, string>(new Dictionary<string, string>());
    private readonly Exchange _exchange;
    private IReadOnlyDictionary<string, string>? _routeValues;

    /// <summary>The snapshot of a sealed exchange; the log makes it when it is first read.</summary>
    internal RecordedRequest(in Exchange exchange)
    {
        _exchange = exchange;
        _routeValues = exchange.RouteValues;
    }

    /// <summary>The exchange this snapshot was made from, for a second log that keeps the same request.</summary>
    internal ref readonly Exchange Exchange => ref _exchange;

    /// <summary>The request method.</summary>
    public HttpMethod Method => _exchange.Method;

    /// <summary>The request URI as sent (absolute once the client applied its base address).</summary>
    public Uri? Uri => _exchange.Uri;

    /// <summary>The HTTP version the request asked for.</summary>
    public Version Version => _exchange.Version;

    /// <summary>A copy of the request headers, in the order the request held them.</summary>
    public IReadOnlyList<KeyValuePair<string, IReadOnlyList<string>>> Headers => _exchange.Headers;

    /// <summary>A copy of the content headers (<c>Content-Type</c>, <c>Content-Length</c>...), empty when the request had no content.</summary>
    public IReadOnlyList<KeyValuePair<string, IReadOnlyList<string>>> ContentHeaders => _exchange.ContentHeaders;

    /// <summary>
    /// The request body as received, or empty when there was none; captured before the caller could dispose it. At most
    /// <see cref="FakeStatusOptions.MaxRecordedBodyBytes"/> bytes are kept: see <see cref="IsBodyTruncated"/>.
    /// </summary>
    public ReadOnlyMemory<byte> Body => _exchange.Body;

    /// <summary>The length of the whole body the request carried, in bytes, even when <see cref="Body"/> keeps only its start.</summary>
    public long BodyLength => _exchange.BodyLength;

    /// <summary>Whether <see cref="Body"/> keeps only the start of the body (it was longer than <see cref="FakeStatusOptions.MaxRecordedBodyBytes"/>).</summary>
    public bool IsBodyTruncated => _exchange.Body is not null && _exchange.Body.Length < BodyLength;

    /// <summary>Whether the request had content.</summary>
    public bool HasBody => _exchange.Body is not null;

    /// <summary>When the request arrived, by the handler's <see cref="TimeProvider"/>.</summary>
    public DateTimeOffset ArrivedAt => _exchange.ArrivedAt;

    /// <summary>When the handler finished with it (answered, raised or cancelled), by the handler's <see cref="TimeProvider"/>.</summary>
    public DateTimeOffset CompletedAt => _exchange.CompletedAt;

    /// <summary>How the request was dealt with.</summary>
    public RequestOutcome Outcome => _exchange.Outcome;

    /// <summary>The status code answered, or <see langword="null"/> when the caller got an exception instead.</summary>
    public int? StatusCode => _exchange.StatusCode;

    /// <summary>The route that matched (the object <c>Respond</c> returned), or <see langword="null"/> for the URL conventions and unmatched requests.</summary>
    public FakeRoute? Route => _exchange.Route;

    /// <summary>
    /// The values the matched route's template captured (<c>{id}</c> of <c>/orders/{id}</c>), by name (case-insensitive);
    /// empty when no route matched or its template has none.
    /// </summary>
    public IReadOnlyDictionary<string, string> RouteValues =>
        _routeValues ??= Route is not null && Uri is not null ? Route.ParsedTemplate.Values(Uri) : NoRouteValues;

    /// <summary>
    /// What the realism check (<see cref="FakeStatusOptions.Realism"/>) found wrong with the response, e.g.
    /// <c>401 without WWW-Authenticate: ...</c>; empty when nothing was, or the check is off.
    /// </summary>
    public IReadOnlyList<string> RealismProblems => _exchange.RealismProblems;

    /// <summary>Which call of <see cref="Route"/> this was, from 1 (sequences answer step N on call N); 0 when no route matched.</summary>
    public long CallNumber => _exchange.CallNumber;

    /// <summary>The seed of the random choice that answered (a random route or <c>/random/...</c>), else <see langword="null"/>.</summary>
    public int? RandomSeed => _exchange.RandomSeed;

    /// <summary>A one-line explanation for people: the step a sequence answered, the fault raised, why nothing matched.</summary>
    public string Detail => _exchange.Detail;

    /// <summary>Whether nothing could answer the request (<see cref="Outcome"/> is <see cref="RequestOutcome.Unmatched"/>).</summary>
    public bool IsUnmatched => Outcome == RequestOutcome.Unmatched;

    /// <summary>The body decoded as UTF-8 (what <see cref="Body"/> keeps of it), or an empty string when there was none.</summary>
    /// <remarks>Decoded on each read: the log keeps bytes only, so a long-lived handler holds no second copy.</remarks>
    public string BodyText => _exchange.Body is null ? string.Empty : Encoding.UTF8.GetString(_exchange.Body);

    /// <summary>
    /// The first value of query parameter <paramref name="name"/> (unescaped, ordinal), an empty string for <c>?name</c>
    /// without a value, or <see langword="null"/> when the query does not have it (or the request had no URI).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public string? GetQuery(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Uri is null ? null : QueryString.First(Uri, name);
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

        foreach (KeyValuePair<string, IReadOnlyList<string>> header in Headers)
        {
            if (string.Equals(header.Key, name, StringComparison.OrdinalIgnoreCase))
            {
                return header.Value;
            }
        }

        foreach (KeyValuePair<string, IReadOnlyList<string>> header in ContentHeaders)
        {
            if (string.Equals(header.Key, name, StringComparison.OrdinalIgnoreCase))
            {
                return header.Value;
            }
        }

        return [];
    }

    /// <summary>One line for messages: method, URL (secret query values masked), status, outcome and what answered.</summary>
    /// <returns>E.g. <c>GET https://fake.test/login?api_key=*** -> 200, Matched (login)</c>.</returns>
    public override string ToString()
    {
        string status = StatusCode?.ToString(CultureInfo.InvariantCulture) ?? "no response";
        string by = Route is not null ? Route.Name + (CallNumber > 1 ? " call #" + CallNumber.ToString(CultureInfo.InvariantCulture) : string.Empty) : Detail;
        string uri = Uri is null ? string.Empty : Secrets.Url(Uri);
        return $"{Method} {uri} -> {status}, {Outcome} ({by})";
    }

    /// <summary>A copy of <paramref name="headers"/> for the record (see <see cref="HeaderSnapshot"/>).</summary>
    internal static KeyValuePair<string, IReadOnlyList<string>>[] Copy(System.Net.Http.Headers.HttpHeaders headers) => HeaderSnapshot.Copy(headers);
}
