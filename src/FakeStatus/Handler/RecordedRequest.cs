using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;

namespace FakeStatus;

/// <summary>A request a <see cref="FakeStatusHandler"/> received, captured when it arrived, and how it was answered.</summary>
public sealed class RecordedRequest
{
    private readonly byte[]? _body;

    internal RecordedRequest(HttpRequestMessage request, byte[]? body, DateTimeOffset timestamp, int? statusCode, string answeredBy, FakeRoute? route, bool isUnmatched = false)
    {
        Request = request;
        Method = request.Method;
        RequestUri = request.RequestUri;
        _body = body;
        Timestamp = timestamp;
        StatusCode = statusCode;
        AnsweredBy = answeredBy;
        Route = route;
        IsUnmatched = isUnmatched;
    }

    /// <summary>The request message itself (its content may since have been disposed by the caller; use <see cref="Body"/>).</summary>
    public HttpRequestMessage Request { get; }

    /// <summary>The request method.</summary>
    public HttpMethod Method { get; }

    /// <summary>The request URI as sent.</summary>
    public Uri? RequestUri { get; }

    /// <summary>The request headers (not the content headers; see <see cref="Request"/>).</summary>
    public HttpRequestHeaders Headers => Request.Headers;

    /// <summary>The request body as received, or empty when there was none. Captured before the caller could dispose it.</summary>
    public ReadOnlyMemory<byte> Body => _body;

    /// <summary>Whether the request had content.</summary>
    public bool HasBody => _body is not null;

    /// <summary>When the request arrived, by the handler's <see cref="TimeProvider"/>.</summary>
    public DateTimeOffset Timestamp { get; }

    /// <summary>The status code answered, or <see langword="null"/> when the request got an exception instead.</summary>
    public int? StatusCode { get; }

    /// <summary>What answered the request: a route's name (with the call number and step for sequences and random choices), <c>convention</c>, or why nothing did.</summary>
    public string AnsweredBy { get; }

    /// <summary>The explicit route that answered, or <see langword="null"/> for the URL conventions, the unmatched policy or none.</summary>
    public FakeRoute? Route { get; }

    /// <summary>Whether nothing could answer the request (it got <see cref="UnmatchedRequestException"/>).</summary>
    public bool IsUnmatched { get; }

    /// <summary>The body decoded as UTF-8.</summary>
    public string BodyAsString() => _body is null ? string.Empty : Encoding.UTF8.GetString(_body);

    /// <inheritdoc />
    public override string ToString() => $"{Method} {RequestUri} -> {(StatusCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "exception")} ({AnsweredBy})";
}
