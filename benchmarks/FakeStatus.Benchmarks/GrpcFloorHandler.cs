using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace FakeStatus.Benchmarks;

/// <summary>
/// The gRPC floor: the cheapest handler anyone could write by hand for a unary gRPC reply. It reads the request as any
/// transport does (that is when Grpc.Net.Client serializes the request message), then answers with an HTTP/2 200 over
/// prebuilt bytes (one length-prefixed message) and <c>grpc-status: 0</c> in the trailers. Nothing else: no matching, no
/// recording, no clock.
/// </summary>
public sealed class GrpcFloorHandler(byte[] frame) : HttpMessageHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Content is not null)
        {
            await request.Content.CopyToAsync(Stream.Null, cancellationToken).ConfigureAwait(false);
        }

        var content = new ByteArrayContent(frame);
        content.Headers.TryAddWithoutValidation("Content-Type", "application/grpc");
        var response = new HttpResponseMessage(HttpStatusCode.OK) { RequestMessage = request, Version = request.Version, Content = content };
        response.TrailingHeaders.TryAddWithoutValidation("grpc-status", "0");
        return response;
    }
}
