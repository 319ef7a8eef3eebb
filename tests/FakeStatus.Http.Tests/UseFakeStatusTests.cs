using Microsoft.Extensions.Time.Testing;

namespace FakeStatus.Http.Tests;

public sealed class UseFakeStatusTests
{
    private static readonly Uri BaseAddress = new("https://mail.test");

    [Test]
    public async Task UseFakeStatus_TypedClient_ItsDelegatingHandlersRunAboveFakeStatus()
    {
        using var auth = new AuthHeaderHandler();
        var services = new ServiceCollection();
        services.AddHttpClient<MailClient>(c => c.BaseAddress = BaseAddress)
            .AddHttpMessageHandler(() => auth)
            .UseFakeStatus();
        using ServiceProvider provider = services.BuildServiceProvider();

        int status = await provider.GetRequiredService<MailClient>().SendAsync("/smtp/530");

        status.Should().Be(530);
        auth.Calls.Should().Be(1);
        RecordedRequest recorded = provider.GetFakeStatusHandler<MailClient>().Requests.Single();
        recorded.GetHeaderValues("Authorization").Should().Equal("Bearer test-token");
        recorded.Uri.Should().Be(new Uri("https://mail.test/smtp/530"));
    }

    [Test]
    public async Task UseFakeStatus_TwoNamedClients_EachHasItsOwnHandler()
    {
        var services = new ServiceCollection();
        services.AddHttpClient("billing", c => c.BaseAddress = BaseAddress).UseFakeStatus();
        services.AddHttpClient("mail", c => c.BaseAddress = BaseAddress).UseFakeStatus();
        using ServiceProvider provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<IHttpClientFactory>();

        using HttpResponseMessage billing = await factory.CreateClient("billing").GetAsync(new Uri("/402", UriKind.Relative));
        using HttpResponseMessage mail = await factory.CreateClient("mail").GetAsync(new Uri("/smtp/530", UriKind.Relative));

        provider.GetFakeStatusHandler("billing").Requests.Select(r => r.StatusCode).Should().Equal(402);
        provider.GetFakeStatusHandler("mail").Requests.Select(r => r.StatusCode).Should().Equal(530);
        provider.GetFakeStatusHandler("billing").Should().NotBeSameAs(provider.GetFakeStatusHandler("mail"));
    }

    [Test]
    public async Task UseFakeStatus_TimeProviderInContainer_DatesResponsesAndRequestsByIt()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 2, 25, 12, 0, 0, TimeSpan.Zero));
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(time);
        services.AddHttpClient("mail", c => c.BaseAddress = BaseAddress).UseFakeStatus();
        using ServiceProvider provider = services.BuildServiceProvider();

        using HttpResponseMessage response = await provider.GetRequiredService<IHttpClientFactory>().CreateClient("mail")
            .GetAsync(new Uri("/smtp/530", UriKind.Relative));

        response.Headers.GetValues("Date").Should().Equal("Wed, 25 Feb 2026 12:00:00 GMT");
        provider.GetFakeStatusHandler("mail").Requests.Single().ArrivedAt.Should().Be(time.GetUtcNow());
    }

    [Test]
    public async Task UseFakeStatus_HandlerOwnedByTheTest_IsUsedAndNotDisposedWithTheContainer()
    {
        using var handler = new FakeStatusHandler();
        var services = new ServiceCollection();
        services.AddHttpClient<MailClient>(c => c.BaseAddress = BaseAddress).UseFakeStatus(handler);
        using (ServiceProvider provider = services.BuildServiceProvider())
        {
            (await provider.GetRequiredService<MailClient>().SendAsync("/503")).Should().Be(503);
            provider.GetFakeStatusHandler<MailClient>().Should().BeSameAs(handler);
        }

        using HttpClient direct = handler.ToHttpClient(BaseAddress);
        using HttpResponseMessage after = await direct.GetAsync(new Uri("/200", UriKind.Relative));
        handler.Requests.Should().HaveCount(2);
    }

    [Test]
    public async Task UseFakeStatus_Factory_BuildsTheHandlerOnceFromTheContainer()
    {
        var registry = StatusCatalog.Default.With(new StatusDefinition("http", 599, "Shop Closed"));
        int built = 0;
        var services = new ServiceCollection();
        services.AddHttpClient("shop", c => c.BaseAddress = BaseAddress).UseFakeStatus(_ =>
        {
            Interlocked.Increment(ref built);
            return new FakeStatusHandler(new FakeStatusOptions { Catalog = registry });
        });
        using ServiceProvider provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<IHttpClientFactory>();

        using HttpResponseMessage first = await factory.CreateClient("shop").GetAsync(new Uri("/599", UriKind.Relative));
        using HttpResponseMessage second = await factory.CreateClient("shop").GetAsync(new Uri("/599", UriKind.Relative));

        first.ReasonPhrase.Should().Be("Shop Closed");
        built.Should().Be(1);
        provider.GetFakeStatusHandler("shop").Requests.Should().HaveCount(2);
    }

    [Test]
    public void UseFakeStatus_CalledTwice_TheLastHandlerAnswers()
    {
        using var first = new FakeStatusHandler();
        using var second = new FakeStatusHandler();
        var services = new ServiceCollection();
        services.AddHttpClient("mail").UseFakeStatus(first).UseFakeStatus(second);
        using ServiceProvider provider = services.BuildServiceProvider();

        provider.GetFakeStatusHandler("mail").Should().BeSameAs(second);
    }

    [Test]
    public void UseFakeStatus_SyncSend_GoesThroughTheSharedHandler()
    {
        var services = new ServiceCollection();
        services.AddHttpClient("mail", c => c.BaseAddress = BaseAddress).UseFakeStatus();
        using ServiceProvider provider = services.BuildServiceProvider();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/smtp/421");

        using HttpResponseMessage response = provider.GetRequiredService<IHttpClientFactory>().CreateClient("mail").Send(request);

        ((int)response.StatusCode).Should().Be(421);
        provider.GetFakeStatusHandler("mail").Requests.Should().ContainSingle();
    }
}
