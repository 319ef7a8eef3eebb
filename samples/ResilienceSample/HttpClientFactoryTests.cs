using FakeStatus;
using FluentAssertions;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;

namespace ResilienceSample;

/// <summary>The plainest IHttpClientFactory setup: a typed client whose primary handler is FakeStatus.</summary>
public sealed class HttpClientFactoryTests
{
    [Test]
    public async Task TypedClient_UseFakeStatus_AnswersAndRecordsTheRequest()
    {
        // begin-snippet: httpclientfactory
        var services = new ServiceCollection();
        services.AddHttpClient<OrderClient>(c => c.BaseAddress = new Uri("https://orders.test"))
            .UseFakeStatus();   // FakeStatus replaces the network; the client's own handlers still run above it
        using ServiceProvider provider = services.BuildServiceProvider();

        int status = await provider.GetRequiredService<OrderClient>().GetStatusAsync("/smtp/530");

        FakeStatusHandler handler = provider.GetFakeStatusHandler<OrderClient>();  // or GetFakeStatusHandler("name")
        // status == 530; handler.Requests holds the request as the client's handlers sent it
        // end-snippet
        status.Should().Be(530);
        handler.Requests.Should().ContainSingle().Which.Uri.Should().Be(new Uri("https://orders.test/smtp/530"));
    }
}
