using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace FakeStatus.Benchmarks;

/// <summary>
/// The gRPC floor: the cheapest handler anyone could write by hand for a unary gRPC reply. It answers every call with an
/// HTTP/2 200 over prebuilt bytes (one length-prefixed message) and <c>grpc-status: 0</c> in the trailers, and does nothing
/// else (no matching, no recording, no clock).
/// </summary>
public sealed class GrpcFloorHandler(byte[] frame) : HttpMessageHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var content = new ByteArrayContent(frame);
        content.Headers.TryAddWithoutValidation("Content-Type", "application/grpc");
        var response = new HttpResponseMessage(HttpStatusCode.OK) { RequestMessage = request, Version = request.Version, Content = content };
        response.TrailingHeaders.TryAddWithoutValidation("grpc-status", "0");
        return Task.FromResult(response);
    }
}
