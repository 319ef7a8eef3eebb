using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace FakeStatus;

/// <summary>
/// Reads a content's bytes the one way every target supports with cancellation. Reading buffers the content, so the caller
/// (or the next matcher) can read it again afterwards.
/// </summary>
internal static class ContentBytes
{
    public static async Task<byte[]> ReadAsync(HttpContent content, CancellationToken cancellationToken)
    {
#if NET5_0_OR_GREATER
        return await content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
#else
        await content.LoadIntoBufferAsync().ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        return await content.ReadAsByteArrayAsync().ConfigureAwait(false);
#endif
    }
}
