using System.Net;
using System.Net.Http;
using System.Threading;

namespace FakeStatus.Benchmarks.Tests;

/// <summary>
/// The whole-request benchmarks switch fast paths off from outside; these tests check the switches really reach the handler.
/// </summary>
public sealed class FastPathSwitchTests
{
    [Test]
    public async Task GetAsync_PathWithFragment_HandlerSeesTheFragmentThatMakesPlainUriDecline()
    {
        using var capture = new CapturingHandler();
        using var client = new HttpClient(capture) { BaseAddress = Shared.BaseUri };

        using HttpResponseMessage response = await client.GetAsync(Shared.ConventionPath + FastPathRequestBenchmarks.Fragment);

        capture.Uri!.Fragment.Should().Be(FastPathRequestBenchmarks.Fragment);
        capture.Uri.AbsolutePath.Should().Be(Shared.ConventionPath);
    }

    private sealed class CapturingHandler : HttpMessageHandler
    {
        public Uri? Uri { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Uri = request.RequestUri;
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { RequestMessage = request });
        }
    }
}
