using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;

namespace FakeStatus;

/// <summary>
/// Content that announces its full length but ends early, failing the read the way SocketsHttpHandler does when a server
/// closes mid-body (an <c>HttpIOException</c> with <c>HttpRequestError.ResponseEnded</c> on .NET 8+).
/// </summary>
internal sealed class TruncatedContent : HttpContent
{
    private readonly byte[] _body;
    private readonly int _sent;

    public TruncatedContent(byte[] body, int sent, string? contentType)
    {
        _body = body;
        _sent = Math.Min(sent, body.Length);
        if (contentType is not null)
        {
            Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        Headers.ContentLength = body.Length;
    }

    public static IOException Ended() =>
#if NET8_0_OR_GREATER
        new HttpIOException(HttpRequestError.ResponseEnded, "The response ended prematurely."); // Message appends " (ResponseEnded)", as SocketsHttpHandler's does
#else
        new IOException("The response ended prematurely.");
#endif

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
#if NETSTANDARD2_0
        await stream.WriteAsync(_body, 0, _sent).ConfigureAwait(false);
#else
        await stream.WriteAsync(_body.AsMemory(0, _sent)).ConfigureAwait(false);
#endif
        throw Ended();
    }

    protected override bool TryComputeLength(out long length)
    {
        length = _body.Length;
        return true;
    }
}
