using System;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace FakeStatus.Benchmarks;

/// <summary>
/// The peer harness's floor (<c>limit</c>), built exactly as it builds it: status, reason phrase, <c>Content-Type</c> as a
/// <see cref="MediaTypeHeaderValue"/>, the body over cached bytes, <c>RequestMessage</c>; no <c>Date</c>. With
/// <c>withDate</c>, the harness's <c>limit-dated</c>: the same plus a <c>Date</c> read from <see cref="TimeProvider.System"/>
/// per response. Ratios against these agree with the harness's.
/// </summary>
/// <param name="withDate">Whether each response carries a <c>Date</c> header.</param>
public sealed class HarnessFloorHandler(bool withDate) : HttpMessageHandler
{
    private static readonly byte[] BodyBytes = Encoding.UTF8.GetBytes(Shared.Body);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        Task.FromResult(Build(request));

    protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken) =>
        Build(request);

    private HttpResponseMessage Build(HttpRequestMessage request)
    {
        var content = new ByteArrayContent(BodyBytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(Shared.MediaType);
        var response = new HttpResponseMessage((HttpStatusCode)530)
        {
            ReasonPhrase = Shared.ReasonPhrase,
            Content = content,
            RequestMessage = request,
        };
        if (withDate)
        {
            response.Headers.Date = TimeProvider.System.GetUtcNow();
        }

        return response;
    }
}
