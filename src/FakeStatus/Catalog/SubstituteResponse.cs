using System;

namespace FakeStatus;

/// <summary>
/// The response a client receives instead of a code that its system never sends as a status
/// (<see cref="ClientReceives.SubstituteStatus"/>), e.g. nginx's <c>400 Bad Request</c> page for 494.
/// </summary>
public sealed record SubstituteResponse
{
    /// <summary>Creates the response.</summary>
    /// <param name="statusCode">The status sent instead, from 100 to 999 (e.g. 400).</param>
    /// <param name="reasonPhrase">Its reason phrase, e.g. <c>Bad Request</c>: printable ASCII, not empty.</param>
    /// <param name="contentType">The media type of <paramref name="body"/>, e.g. <c>text/html</c>; not empty, no CR or LF.</param>
    /// <param name="body">The body exactly as the system sends it (may be empty).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="statusCode"/> is outside 100-999.</exception>
    /// <exception cref="ArgumentException">The phrase or content type is empty or has characters a header cannot carry.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="body"/> is null.</exception>
    public SubstituteResponse(int statusCode, string reasonPhrase, string contentType, string body)
    {
        StatusCode = StatusRules.ValidateCode(statusCode, nameof(statusCode));
        ReasonPhrase = StatusRules.ValidateReasonPhrase(reasonPhrase, nameof(reasonPhrase));
        ContentType = StatusRules.ValidateHeaderValue("Content-Type", contentType, nameof(contentType)).Length == 0
            ? throw new ArgumentException("contentType must not be empty; give a media type such as 'text/html'.", nameof(contentType))
            : contentType;
        Body = body ?? throw new ArgumentNullException(nameof(body), "body must not be null; use an empty string for no body.");
    }

    /// <summary>The status sent instead, e.g. 400.</summary>
    public int StatusCode { get; }

    /// <summary>Its reason phrase, e.g. <c>Bad Request</c>.</summary>
    public string ReasonPhrase { get; }

    /// <summary>The media type of <see cref="Body"/>, e.g. <c>text/html</c>.</summary>
    public string ContentType { get; }

    /// <summary>The body exactly as the system sends it, line endings included.</summary>
    public string Body { get; }
}
