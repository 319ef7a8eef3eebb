using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Text;

namespace FakeStatus;

/// <summary>
/// Everything about a response that never changes between requests (status, reason, headers, body bytes), computed once;
/// <see cref="Create"/> then allocates only the message and its content.
/// </summary>
internal sealed class ResponseTemplate
{
    private static readonly Version Http2 = new(2, 0);

    private readonly HeaderEntry[] _headers;

    private ResponseTemplate(int statusCode, string reasonPhrase, byte[]? body, string? contentType, HeaderEntry[] headers)
    {
        StatusCode = statusCode;
        ReasonPhrase = reasonPhrase;
        Body = body;
        ContentType = contentType;
        _headers = headers;
    }

    public int StatusCode { get; }

    public string ReasonPhrase { get; }

    public byte[]? Body { get; }

    public string? ContentType { get; }

    /// <summary>The seed's response for a definition: its headers, and the canonical JSON body where a body is allowed.</summary>
    public static ResponseTemplate Canonical(StatusDefinition definition)
    {
        byte[]? body = definition.BodyAllowed ? CanonicalBody.Utf8(definition.Code, definition.ReasonPhrase) : null;
        return new ResponseTemplate(definition.Code, definition.ReasonPhrase, body, body is null ? null : CanonicalBody.ContentType, ToEntries(definition.Headers));
    }

    /// <summary>A JSON response whose body carries a detail, for answers such as "400: that code is malformed".</summary>
    public static ResponseTemplate JsonWithDetail(int statusCode, string reasonPhrase, string detail) => new(
        statusCode,
        reasonPhrase,
        Encoding.UTF8.GetBytes(CanonicalBody.Text(statusCode, reasonPhrase, detail)),
        CanonicalBody.ContentType,
        []);

    public HttpResponseMessage Create(HttpRequestMessage request, DateTimeOffset now)
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

        response.Headers.TryAddWithoutValidation("Date", HttpDate.Format(now));

        bool sendBody = Body is not null && request.Method != HttpMethod.Head;
        if (sendBody)
        {
            var content = new ByteArrayContent(Body!);
            content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
            content.Headers.ContentLength = Body!.Length;
            response.Content = content;
        }

        foreach (HeaderEntry header in _headers)
        {
            if (header.IsContentHeader)
            {
                response.Content ??= new ByteArrayContent([]);
                response.Content.Headers.TryAddWithoutValidation(header.Name, header.Value);
            }
            else
            {
                response.Headers.TryAddWithoutValidation(header.Name, header.Value);
            }
        }

        return response;
    }

    private static HeaderEntry[] ToEntries(IReadOnlyDictionary<string, string> headers)
    {
        if (headers.Count == 0)
        {
            return [];
        }

        var entries = new HeaderEntry[headers.Count];
        int i = 0;
        foreach (KeyValuePair<string, string> pair in headers)
        {
            entries[i++] = new HeaderEntry(pair.Key, pair.Value);
        }

        return entries;
    }
}
