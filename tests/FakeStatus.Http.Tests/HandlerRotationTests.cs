using Microsoft.Extensions.Http;
using Microsoft.Extensions.Options;

namespace FakeStatus.Http.Tests;

/// <summary>
/// IHttpClientFactory disposes a client's handler chain when its lifetime expires and builds a new one. Its expiry runs on real
/// timers, so instead of waiting these tests build and dispose chains as the factory does, and show the shared handler lives on.
/// </summary>
public sealed class HandlerRotationTests
{
    [Test]
    public async Task ExpiredChainDisposed_NextChainOfTheSameClient_StillAnswersFromTheSharedHandler()
    {
        var services = new ServiceCollection();
        services.AddHttpClient("mail").UseFakeStatus();
        using ServiceProvider provider = services.BuildServiceProvider();

        using (var expired = new HttpClient(BuildChain(provider, "mail"), disposeHandler: true))
        {
            using HttpResponseMessage before = await expired.GetAsync(new Uri("https://mail.test/smtp/530"));
        }

        using var next = new HttpClient(BuildChain(provider, "mail"), disposeHandler: true);
        using HttpResponseMessage after = await next.GetAsync(new Uri("https://mail.test/smtp/530"));

        ((int)after.StatusCode).Should().Be(530);
        provider.GetFakeStatusHandler("mail").Requests.Should().HaveCount(2);
    }

    [Test]
    public void FactoryChain_PrimaryHandler_IsANonOwningWrapperOfTheSharedHandler()
    {
        var services = new ServiceCollection();
        services.AddHttpClient("mail").UseFakeStatus();
        using ServiceProvider provider = services.BuildServiceProvider();

        HttpMessageHandler chain = provider.GetRequiredService<IHttpMessageHandlerFactory>().CreateHandler("mail");

        Innermost(chain).Should().BeOfType<NonDisposingHandler>()
            .Which.Shared.Should().BeSameAs(provider.GetFakeStatusHandler("mail"));
    }

    [Test]
    public async Task NonDisposingHandler_Disposed_LeavesTheSharedHandlerUsable()
    {
        using var shared = new FakeStatusHandler();
        var wrapper = new NonDisposingHandler(shared);

        wrapper.Dispose();
        using HttpClient client = shared.ToHttpClient(new Uri("https://mail.test"));
        using HttpResponseMessage response = await client.GetAsync(new Uri("/200", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Test]
    public async Task CreateClient_ManyTimesWithShortLifetime_OneHandlerRecordsEveryRequest()
    {
        var services = new ServiceCollection();
        services.AddHttpClient("mail", c => c.BaseAddress = new Uri("https://mail.test"))
            .SetHandlerLifetime(TimeSpan.FromSeconds(1))
            .UseFakeStatus();
        using ServiceProvider provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<IHttpClientFactory>();

        for (int i = 0; i < 50; i++)
        {
            using HttpClient client = factory.CreateClient("mail");
            using HttpResponseMessage response = await client.GetAsync(new Uri("/204", UriKind.Relative));
            response.StatusCode.Should().Be(HttpStatusCode.NoContent);
        }

        provider.GetFakeStatusHandler("mail").Requests.Should().HaveCount(50);
    }

    // What the factory does for each new handler lifetime: a fresh builder, the client's configuration applied, Build().
    private static HttpMessageHandler BuildChain(IServiceProvider provider, string name)
    {
        var builder = provider.GetRequiredService<HttpMessageHandlerBuilder>();
        builder.Name = name;
        foreach (Action<HttpMessageHandlerBuilder> configure in provider.GetRequiredService<IOptionsMonitor<HttpClientFactoryOptions>>().Get(name).HttpMessageHandlerBuilderActions)
        {
            configure(builder);
        }

        return builder.Build();
    }

    private static HttpMessageHandler Innermost(HttpMessageHandler handler)
    {
        while (handler is DelegatingHandler delegating)
        {
            handler = delegating.InnerHandler!;
        }

        return handler;
    }
}
