using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Flurl.Http;
using Flurl.Http.Testing;

namespace FakeStatus.Benchmarks;

/// <summary>
/// Flurl.Http's <see cref="HttpTest"/>. It fakes above <see cref="HttpClient"/>: <see cref="FlurlClient"/> asks
/// <see cref="HttpTest.Current"/> (an AsyncLocal) for the response, so it is driven through its own client API with the same
/// unit of work: GET, read the body as a string, dispose.
/// </summary>
public sealed class FlurlContestant : IDisposable
{
    private readonly FlurlClient _client = new(new HttpClient(new NoNetworkHandler()) { BaseAddress = Shared.BaseUri });

    public FlurlContestant() => _client.AllowAnyHttpStatus();

    /// <summary>Starts an <see cref="HttpTest"/> on the calling flow that answers the route with SMTP 530's body.</summary>
    public static HttpTest StartTest()
    {
        var test = new HttpTest();
        test.ForCallsTo(Shared.BaseAddress + Shared.RoutePath).RespondWith(Shared.Body, 530);
        return test;
    }

    public async Task<string> GetBodyAsync()
    {
        using IFlurlResponse response = await _client.Request(Shared.RoutePath).GetAsync();
        return await response.GetStringAsync();
    }

    public void Dispose() => _client.Dispose();

    /// <summary>Fails loudly if a request ever gets past <see cref="HttpTest"/>, so a lost AsyncLocal cannot pass as fast.</summary>
    private sealed class NoNetworkHandler : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("Flurl sent a request with no HttpTest on its flow.");
    }
}
