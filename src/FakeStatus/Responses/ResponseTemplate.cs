using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;

namespace FakeStatus;

/// <summary>
/// Everything about a response that never changes between requests (status, reason, headers, body bytes), computed once;
/// <see cref="Create(HttpRequestMessage, DateTimeOffset, bool, bool)"/> then allocates only the message and its content.
/// </summary>
internal sealed class ResponseTemplate
{
    private static readonly Version Http2 = new(2, 0);

    private readonly HeaderEntry[] _headers;
    private readonly HeaderEntry[] _trailers;
    private readonly Func<HttpRequestMessage, HttpContent>? _contentFactory;
    private IReadOnlyList<string>? _usualProblems;
    private IReadOnlyList<string>? _usualProblemsRealistic;

    public ResponseTemplate(
        int statusCode,
        string reasonPhrase,
        byte[]? body,
        string? contentType,
        HeaderEntry[] headers,
        HeaderEntry[]? trailers = null,
        Func<HttpRequestMessage, HttpContent>? contentFactory = null)
    {
        StatusCode = statusCode;
        ReasonPhrase = reasonPhrase;
        Body = body;
        ContentType = contentType;
        _headers = headers;
        _trailers = trailers ?? [];
        _contentFactory = contentFactory;
    }

    public int StatusCode { get; }

    public string ReasonPhrase { get; }

    /// <summary>The shared body bytes, or null when the body is made per request or there is none.</summary>
    public byte[]? Body { get; }

    public string? ContentType { get; }

    /// <summary>Whether every message is the same but for its <c>Date</c> and capped waits: byte body or none, no body made per request.</summary>
    public bool IsFixed => _contentFactory is null && PerRequest is null;

    /// <summary>The catalog status this response stands for, counted by the handler's coverage; null for answers that stand for none.</summary>
    public StatusDefinition? Status { get; init; }

    /// <summary>The body (when it has none of its own) and headers rendered per call by an error style that reads the request; null for most.</summary>
    public Func<HttpRequestMessage, DateTimeOffset, StyledResponse>? PerRequest { get; init; }

    /// <summary>The reason phrase when a builder replaced the catalog's, for the realism check (HTTP/2 cannot carry it); else null.</summary>
    public string? CustomReasonPhrase { get; init; }

    /// <summary>The seed's response for a definition: its headers, and the canonical JSON body where a body is allowed.</summary>
    public static ResponseTemplate Canonical(StatusDefinition definition)
    {
        if (StatusRules.IsGrpc(definition.Protocol))
        {
            return Grpc(definition);
        }

        byte[]? body = definition.BodyAllowed ? CanonicalBody.Utf8(definition.Code, definition.ReasonPhrase) : null;
        return new ResponseTemplate(definition.Code, definition.ReasonPhrase, body, body is null ? null : CanonicalBody.ContentType, HeaderEntry.From(definition.Headers))
        {
            Status = definition,
        };
    }

    /// <summary>A gRPC status as a server without reply messages sends it: a trailers-only HTTP 200 (see <see cref="GrpcAnswer"/>).</summary>
    public static ResponseTemplate Grpc(StatusDefinition definition)
    {
        var headers = new System.Collections.Generic.List<HeaderEntry>(HeaderEntry.From(definition.Headers));
        GrpcAnswer.AddStatus(headers, definition.Code, definition.ReasonPhrase);
        return new ResponseTemplate(GrpcAnswer.HttpStatus, GrpcAnswer.HttpReasonPhrase, [], GrpcAnswer.ContentType, headers.ToArray())
        {
            Status = definition,
        };
    }

    /// <summary>The response a real system sends in place of <paramref name="definition"/> (e.g. nginx's 400 page for 494).</summary>
    public static ResponseTemplate Substitute(StatusDefinition definition)
    {
        SubstituteResponse substitute = definition.Substitute!;
        byte[] body = Encoding.UTF8.GetBytes(substitute.Body);
        return new ResponseTemplate(substitute.StatusCode, substitute.ReasonPhrase, body, substitute.ContentType, []) { Status = definition };
    }

    /// <summary>The content type of <see cref="TextBody"/>.</summary>
    public const string TextContentType = "text/plain; charset=utf-8";

    /// <summary>httpstat.us's plain-text body, <c>{code} {reason phrase}</c>: the one spelling for conventions and routes.</summary>
    public static string TextBody(int code, string reasonPhrase) => $"{code} {reasonPhrase}";

    /// <summary>The response with httpstat.us's plain-text body, <see cref="TextBody"/>.</summary>
    public static ResponseTemplate Text(StatusDefinition definition)
    {
        byte[]? body = definition.BodyAllowed ? Encoding.UTF8.GetBytes(TextBody(definition.Code, definition.ReasonPhrase)) : null;
        return new ResponseTemplate(definition.Code, definition.ReasonPhrase, body, body is null ? null : TextContentType, HeaderEntry.From(definition.Headers))
        {
            Status = definition,
        };
    }

    /// <summary>An RFC 9457 problem response; <c>instance</c> is each request's path.</summary>
    public static ResponseTemplate Problem(StatusDefinition definition) => new(
        definition.Code,
        definition.ReasonPhrase,
        null,
        null,
        HeaderEntry.From(definition.Headers),
        null,
        definition.BodyAllowed ? ProblemDetailsBody.Factory(definition.Code, definition.ReasonPhrase, null, null, null) : null)
    {
        Status = definition,
    };

    /// <summary>A JSON response whose body carries a detail, for answers such as "400: that code is malformed".</summary>
    public static ResponseTemplate JsonWithDetail(int statusCode, string reasonPhrase, string detail) => new(
        statusCode,
        reasonPhrase,
        Encoding.UTF8.GetBytes(CanonicalBody.Text(statusCode, reasonPhrase, detail)),
        CanonicalBody.ContentType,
        []);

    /// <summary>
    /// How many body bytes <see cref="Create(HttpRequestMessage, DateTimeOffset, bool, bool)"/> sends: known for byte bodies, 0 when none is sent (an empty content may still
    /// carry a header such as <c>Allow</c>), null for a body made per request.
    /// </summary>
    public long? SentBodyLength(HttpMethod method, bool suppressBody)
    {
        if (suppressBody || method == HttpMethod.Head)
        {
            return 0;
        }

        return Body is not null ? Body.Length : (_contentFactory is null && PerRequest is null ? 0 : null);
    }

    /// <summary>
    /// The realism check's verdict on this template's usual message (see <see cref="RememberUsualProblems"/>), or null
    /// before it was judged.
    /// </summary>
    public IReadOnlyList<string>? UsualProblems(bool realisticWaits) => Volatile.Read(ref realisticWaits ? ref _usualProblemsRealistic : ref _usualProblems);

    /// <summary>
    /// Keeps the verdict on the usual message of a fixed template: not to HEAD, body not suppressed, HTTP/1.x, no extra
    /// headers. Every such message has the same status, headers and body; only its <c>Date</c> and a capped wait's value
    /// change, and both are always well formed, so the check judges it once. Racing writers store equal verdicts.
    /// </summary>
    public void RememberUsualProblems(bool realisticWaits, IReadOnlyList<string> problems) =>
        Volatile.Write(ref realisticWaits ? ref _usualProblemsRealistic : ref _usualProblems, problems);

    /// <summary>
    /// A fresh message for <paramref name="request"/>, dated <paramref name="now"/>. A wait the definition or style asks for
    /// (<c>Retry-After: 120</c>) is cut to one second unless <paramref name="realisticWaits"/>; see <see cref="WaitHeader"/>.
    /// </summary>
    public HttpResponseMessage Create(HttpRequestMessage request, DateTimeOffset now, bool realisticWaits, bool suppressBody = false) =>
        Create(request, now, now.UtcDateTime.ToString("r", System.Globalization.CultureInfo.InvariantCulture), realisticWaits, suppressBody);

    /// <summary>As <see cref="Create(HttpRequestMessage, DateTimeOffset, bool, bool)"/>, with <paramref name="now"/>'s <c>Date</c> text already made.</summary>
    public HttpResponseMessage Create(HttpRequestMessage request, DateTimeOffset now, string date, bool realisticWaits, bool suppressBody)
    {
        var response = new HttpResponseMessage((HttpStatusCode)StatusCode)
        {
            RequestMessage = request,
            Version = request.Version,
        };

        // HTTP/2 and later carry no reason phrase on the wire.
        if (request.Version < Http2)
        {
            response.ReasonPhrase = ReasonPhrase;
        }

        response.Headers.TryAddWithoutValidation("Date", date);
        StyledResponse? styled = PerRequest?.Invoke(request, now);

        if (!suppressBody && request.Method != HttpMethod.Head)
        {
            if (Body is not null)
            {
                var content = new ByteArrayContent(Body);
                content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
                content.Headers.ContentLength = Body.Length;
                response.Content = content;
            }
            else if (_contentFactory is not null)
            {
                response.Content = _contentFactory(request);
            }
            else if (styled is { SendsBody: true, Body: byte[] styledBody })
            {
                var content = new ByteArrayContent(styledBody);
                content.Headers.TryAddWithoutValidation("Content-Type", styled.ContentType);
                content.Headers.ContentLength = styledBody.Length;
                response.Content = content;
            }
        }

        if (StatusCode is < 200 or 204 or 304)
        {
            // These statuses have no body and no Content-Length (RFC 9110 8.6); .NET would otherwise report a computed 0.
            // A Content-Length set explicitly is still sent: the headers below come after.
            response.Content ??= new ByteArrayContent([]);
            response.Content.Headers.ContentLength = null;
        }

        foreach (HeaderEntry header in _headers)
        {
            header.AddTo(response, now, realisticWaits);
        }

        foreach (HeaderEntry header in styled?.Headers ?? [])
        {
            header.AddTo(response, now, realisticWaits);
        }

#if NET5_0_OR_GREATER
        foreach (HeaderEntry trailer in _trailers)
        {
            response.TrailingHeaders.TryAddWithoutValidation(trailer.Name, trailer.Value);
        }
#endif

        return response;
    }
}
