using System;
using System.Collections.Generic;
using System.Net.Http;

namespace FakeStatus;

/// <summary>
/// A recorded request rebuilt as an <see cref="HttpRequestMessage"/>, so verification explains it with the very checks the
/// matcher ran (route predicates take a message). Only for messages; disposed once written.
/// </summary>
internal sealed class RequestReplica : IDisposable
{
    private RequestReplica(HttpRequestMessage request, byte[]? body, long bodyLength)
    {
        Request = request;
        Body = body;
        BodyLength = bodyLength;
    }

    public HttpRequestMessage Request { get; }

    public byte[]? Body { get; }

    /// <summary>The length of the body the request carried; more than <see cref="Body"/> holds when the record kept only its start.</summary>
    public long BodyLength { get; }

    /// <summary>The replica, or <see langword="null"/> when the request had no absolute URI (nothing could have matched it).</summary>
    public static RequestReplica? Create(RecordedRequest recorded)
    {
        if (recorded.Uri is not { IsAbsoluteUri: true } uri)
        {
            return null;
        }

        var request = new HttpRequestMessage(recorded.Method, uri) { Version = recorded.Version };
        foreach (KeyValuePair<string, IReadOnlyList<string>> header in recorded.Headers)
        {
            request.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        byte[]? body = recorded.HasBody ? recorded.Body.ToArray() : null;
        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            foreach (KeyValuePair<string, IReadOnlyList<string>> header in recorded.ContentHeaders)
            {
                // The content computes its own length; a copied one would be a second value.
                if (!string.Equals(header.Key, "Content-Length", StringComparison.OrdinalIgnoreCase))
                {
                    request.Content.Headers.TryAddWithoutValidation(header.Key, header.Value);
                }
            }
        }

        return new RequestReplica(request, body, recorded.BodyLength);
    }

    public void Dispose() => Request.Dispose();
}
