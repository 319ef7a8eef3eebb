using System;
using System.Collections.Generic;
using System.Net.Http;

namespace FakeStatus;

/// <summary>
/// Customises one response of a route: body, headers, reason phrase, delay. Starts from the status definition's canonical
/// response (the canonical JSON body and the definition's realistic headers). Used inside <c>Respond(code, r => ...)</c>.
/// </summary>
public sealed partial class ResponseBuilder
{
    private readonly StatusDefinition _definition;
    private readonly List<HeaderEntry> _headers = [];
    private readonly List<HeaderEntry> _trailers = [];
    private string _reasonPhrase;
    private BodyKind _bodyKind = BodyKind.Canonical;
    private byte[]? _bytes;
    private string? _contentType;
    private Func<HttpRequestMessage, HttpContent>? _factory;
    private DelaySpec _delay;
    private int? _truncateAfter;
    private (string? Detail, string? Type, string? Instance) _problem;

    internal ResponseBuilder(StatusDefinition definition)
    {
        _definition = definition;
        _reasonPhrase = definition.ReasonPhrase;
        _headers.AddRange(HeaderEntry.From(definition.Headers));
    }

    private enum BodyKind
    {
        Canonical,
        None,
        Bytes,
        Factory,
        Problem,
    }

    /// <summary>
    /// The status code being built, e.g. to customise only the 200 of a response built from the request; for a gRPC status,
    /// the gRPC code (sent as <c>grpc-status</c> on an HTTP 200).
    /// </summary>
    public int StatusCode => _definition.Code;

    /// <summary>Replaces the reason phrase (sent on HTTP/1.x; HTTP/2 and later have none); for a gRPC status, its <c>grpc-message</c>.</summary>
    /// <exception cref="ArgumentException">The phrase is empty, has CR/LF or non-ASCII characters.</exception>
    public ResponseBuilder WithReasonPhrase(string reasonPhrase)
    {
        _reasonPhrase = StatusRules.ValidateReasonPhrase(reasonPhrase, nameof(reasonPhrase));
        return this;
    }

    /// <summary>
    /// Sets a header, replacing the definition's default of the same name (e.g. <c>Retry-After</c>). The value is sent as
    /// given: the one-second cap of <see cref="FakeStatusOptions.RealisticRetryAfter"/> applies only to default headers.
    /// </summary>
    /// <exception cref="ArgumentException">The name is not an HTTP token or the value contains CR/LF.</exception>
    public ResponseBuilder WithHeader(string name, string value)
    {
        StatusRules.ValidateHeaderName(name, nameof(name));
        StatusRules.ValidateHeaderValue(name, value, nameof(value));
        RemoveHeader(name);
        _headers.Add(new HeaderEntry(name, value));
        return this;
    }

    /// <summary>
    /// Sends the header once more beside the values already set: a replayed recording keeps two <c>Set-Cookie</c> headers as
    /// two, as the server sent them.
    /// </summary>
    internal ResponseBuilder AddHeader(string name, string value)
    {
        StatusRules.ValidateHeaderName(name, nameof(name));
        StatusRules.ValidateHeaderValue(name, value, nameof(value));
        _headers.Add(HeaderEntry.Appended(name, value));
        return this;
    }

    /// <summary>Removes a header the definition would send by default (e.g. drop <c>Retry-After</c> from a 503).</summary>
    /// <exception cref="ArgumentException">The name is not an HTTP token.</exception>
    public ResponseBuilder WithoutHeader(string name)
    {
        RemoveHeader(StatusRules.ValidateHeaderName(name, nameof(name)));
        return this;
    }

    /// <summary>Sets <c>Retry-After</c> to a number of seconds (rounded up), sent as given whatever <see cref="FakeStatusOptions.RealisticRetryAfter"/> says.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="delay"/> is negative.</exception>
    public ResponseBuilder WithRetryAfter(TimeSpan delay)
    {
        if (delay < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(delay), delay, "Retry-After must not be negative.");
        }

        long seconds = (long)Math.Ceiling(delay.TotalSeconds);
        return WithHeader("Retry-After", seconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Sets <c>Retry-After</c> to an HTTP date, sent as given whatever <see cref="FakeStatusOptions.RealisticRetryAfter"/> says.</summary>
    public ResponseBuilder WithRetryAfter(DateTimeOffset date) =>
        WithHeader("Retry-After", date.UtcDateTime.ToString("r", System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Sets <c>Location</c>.</summary>
    /// <exception cref="ArgumentException">The value contains CR/LF.</exception>
    public ResponseBuilder WithLocation(string location) => WithHeader("Location", location);

#if NET5_0_OR_GREATER
    /// <summary>Adds a trailing header, sent after the body (<see cref="HttpResponseMessage.TrailingHeaders"/>).</summary>
    /// <exception cref="ArgumentException">The name is not an HTTP token or the value contains CR/LF.</exception>
    public ResponseBuilder WithTrailingHeader(string name, string value)
    {
        StatusRules.ValidateHeaderName(name, nameof(name));
        _trailers.Add(new HeaderEntry(name, StatusRules.ValidateHeaderValue(name, value, nameof(value))));
        return this;
    }
#endif

    /// <summary>Waits <paramref name="delay"/> on the handler's clock before answering.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="delay"/> is negative or over one hour.</exception>
    public ResponseBuilder WithDelay(TimeSpan delay)
    {
        _delay = DelaySpec.Fixed(DelaySpec.Validate(delay, nameof(delay)));
        return this;
    }

    /// <summary>Waits a delay drawn per request from [<paramref name="min"/>, <paramref name="max"/>] by a generator seeded with <paramref name="seed"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A bound is negative or over one hour, or <paramref name="max"/> is below <paramref name="min"/>.</exception>
    public ResponseBuilder WithDelay(TimeSpan min, TimeSpan max, int seed)
    {
        DelaySpec.Validate(min, nameof(min));
        DelaySpec.Validate(max, nameof(max));
        if (max < min)
        {
            throw new ArgumentOutOfRangeException(nameof(max), max, $"The maximum delay {max} is below the minimum {min}.");
        }

        _delay = new DelaySpec(min, max, seed);
        return this;
    }

    /// <summary>
    /// Sends the headers and the first <paramref name="afterBytes"/> bytes of the body, then fails the read as a server closing
    /// mid-body does: an <c>HttpIOException</c> with <c>HttpRequestError.ResponseEnded</c> (wrapped in an
    /// <see cref="HttpRequestException"/> when <see cref="HttpContent"/> buffers it).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="afterBytes"/> is negative.</exception>
    /// <remarks>Registering the route throws <see cref="InvalidOperationException"/> when the response has no byte body to cut.</remarks>
    public ResponseBuilder WithBodyEndingEarly(int afterBytes = 0)
    {
        _truncateAfter = afterBytes >= 0 ? afterBytes : throw new ArgumentOutOfRangeException(nameof(afterBytes), afterBytes, "The number of bytes sent before the body ends must not be negative.");
        return this;
    }

    /// <summary>Whether the body comes from the user's stream factory, which a check at registration must not call.</summary>
    internal bool BodyMadeByUser => _bodyKind == BodyKind.Factory;

    internal ResponseStep Build()
    {
        HeaderEntry[] headers = _headers.ToArray();
        byte[]? bytes = _bodyKind switch
        {
            BodyKind.Canonical => _definition.BodyAllowed ? CanonicalBody.Utf8(_definition.Code, _reasonPhrase) : null,
            BodyKind.Bytes => _bytes,
            _ => null,
        };
        string? contentType = _bodyKind == BodyKind.Canonical ? CanonicalBody.ContentType : _contentType;
        Func<HttpRequestMessage, HttpContent>? factory = _bodyKind switch
        {
            BodyKind.Factory => _factory,
            BodyKind.Problem => ProblemDetailsBody.Factory(_definition.Code, _reasonPhrase, _problem.Detail, _problem.Type, _problem.Instance),
            _ => null,
        };
        Func<HttpRequestMessage, DateTimeOffset, StyledResponse>? perRequest = BindRequestStyle(ref bytes, ref headers);

        int status = _definition.Code;
        string reasonPhrase = _reasonPhrase;
        HeaderEntry[] trailers = _trailers.ToArray();
        if (StatusRules.IsGrpc(_definition.Protocol))
        {
            // A gRPC status rides on an HTTP 200; the reason phrase becomes its grpc-message unless the builder set the status itself.
            if (_bodyKind == BodyKind.Canonical)
            {
                bytes = [];
                contentType = GrpcAnswer.ContentType;
            }

            if (!GrpcAnswer.HasStatus(_headers, _trailers))
            {
                // After messages the status must follow them as trailers; a client reading a status in the headers ignores the body.
#if NET5_0_OR_GREATER
                bool afterBody = bytes is { Length: > 0 } || factory is not null;
#else
                bool afterBody = false; // no HTTP trailers before .NET 5: the headers are the only place the status can go
#endif
                var withStatus = new List<HeaderEntry>(afterBody ? trailers : headers);
                GrpcAnswer.AddStatus(withStatus, _definition.Code, _reasonPhrase);
                if (afterBody)
                {
                    trailers = withStatus.ToArray();
                }
                else
                {
                    headers = withStatus.ToArray();
                }
            }

            status = GrpcAnswer.HttpStatus;
            reasonPhrase = GrpcAnswer.HttpReasonPhrase;
        }

        if (_truncateAfter is int sent)
        {
            // Cutting a body short needs the bytes up front; quietly sending an empty one instead would test nothing.
            byte[] full = bytes ?? throw new InvalidOperationException(
                $"WithBodyEndingEarly needs a body of known bytes, but {_definition.Code} {_reasonPhrase} has " +
                (_bodyKind is BodyKind.Factory or BodyKind.Problem ? "a body made per request (stream or problem details)"
                    : perRequest is not null ? "a body made per request (an error style that reads the request)" : "no body") +
                "; use the canonical, text, JSON or byte body with it.");
            factory = _ => new TruncatedContent(full, sent, contentType);
            bytes = null;
        }

        var template = new ResponseTemplate(status, reasonPhrase, bytes, bytes is null ? null : contentType, headers, trailers, factory)
        {
            Status = _definition,
            CustomReasonPhrase = string.Equals(reasonPhrase, _definition.ReasonPhrase, StringComparison.Ordinal) || status != _definition.Code ? null : reasonPhrase,
            PerRequest = perRequest,
        };
        return new ResponseStep(template, _delay);
    }

    private void RemoveHeader(string name)
    {
        _headers.RemoveAll(h => string.Equals(h.Name, name, StringComparison.OrdinalIgnoreCase));
        _requestStyle?.Headers.Remove(name);
    }
}
