using System;
using System.IO;
using System.Net.Http;
using System.Text;
using System.Text.Json;

namespace FakeStatus;

/// <content>The body choices.</content>
public sealed partial class ResponseBuilder
{
    /// <summary>The seed's JSON body, <c>{"error": "...", "message": "..."}</c> (the default).</summary>
    public ResponseBuilder WithCanonicalBody()
    {
        _bodyKind = BodyKind.Canonical;
        return this;
    }

    /// <summary>No body at all.</summary>
    public ResponseBuilder WithNoBody()
    {
        _bodyKind = BodyKind.None;
        return this;
    }

    /// <summary>
    /// An RFC 9457 <c>application/problem+json</c> body: <c>type</c> (default <c>about:blank</c>), <c>title</c> (the reason phrase),
    /// <c>status</c>, <c>detail</c> when given, <c>instance</c> (default: the request's path).
    /// </summary>
    public ResponseBuilder WithProblemDetails(string? detail = null, string? type = null, string? instance = null)
    {
        _problem = (detail, type, instance);
        _bodyKind = BodyKind.Problem;
        _contentType = ProblemDetailsBody.ContentType;
        return this;
    }

    /// <summary>A plain-text body; by default httpstat.us's <c>{code} {reason phrase}</c>.</summary>
    public ResponseBuilder WithTextBody(string? text = null) =>
        WithBody(text ?? $"{_definition.Code} {_reasonPhrase}", "text/plain; charset=utf-8");

    /// <summary>A body of <paramref name="value"/> serialised once with System.Text.Json (<paramref name="options"/> or the web defaults).</summary>
    public ResponseBuilder WithJsonBody<T>(T value, JsonSerializerOptions? options = null) =>
        WithBody(JsonSerializer.SerializeToUtf8Bytes(value, options ?? new JsonSerializerOptions(JsonSerializerDefaults.Web)), "application/json; charset=utf-8");

    /// <summary>A body of the given text (UTF-8) with <paramref name="contentType"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public ResponseBuilder WithBody(string text, string contentType) =>
        WithBody(Encoding.UTF8.GetBytes(text ?? throw new ArgumentNullException(nameof(text))), contentType);

    /// <summary>A body of the given bytes (copied) with <paramref name="contentType"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="body"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="contentType"/> is empty or has CR/LF.</exception>
    public ResponseBuilder WithBody(byte[] body, string contentType)
    {
        ArgumentNullException.ThrowIfNull(body);

        _contentType = ValidateContentType(contentType);
        _bytes = (byte[])body.Clone();
        _bodyKind = BodyKind.Bytes;
        return this;
    }

    /// <summary>
    /// A body read from a new stream per request. With <paramref name="seekable"/> false the stream cannot seek and has no
    /// length, like a network stream, to catch clients that assume otherwise.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="streamFactory"/> is null.</exception>
    public ResponseBuilder WithStreamBody(Func<Stream> streamFactory, string contentType, bool seekable = true)
    {
        ArgumentNullException.ThrowIfNull(streamFactory);

        string type = ValidateContentType(contentType);
        _factory = _ =>
        {
            Stream stream = streamFactory() ?? throw new InvalidOperationException("The stream factory given to WithStreamBody returned null.");
            var content = new StreamContent(seekable ? stream : new ReadOnlyForwardStream(stream));
            content.Headers.TryAddWithoutValidation("Content-Type", type);
            return content;
        };
        _contentType = type;
        _bodyKind = BodyKind.Factory;
        return this;
    }

    private static string ValidateContentType(string contentType)
    {
        if (string.IsNullOrEmpty(contentType))
        {
            throw new ArgumentException("A content type is required, e.g. 'application/json'.", nameof(contentType));
        }

        return StatusRules.ValidateHeaderValue("Content-Type", contentType, nameof(contentType));
    }
}
