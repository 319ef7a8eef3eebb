using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Time.Testing;
using Polly;

namespace FakeStatus.Http.Tests;

/// <summary><c>ConfigureHttpClientDefaults(b => b.UseFakeStatus())</c>: one handler answers every client the factory builds.</summary>
public sealed class AllClientsTests
{
    private static readonly DateTimeOffset Start = new(2026, 2, 25, 12, 0, 0, TimeSpan.Zero);

    [Test]
    public async Task ConfigureHttpClientDefaults_NamedTypedAndDefaultClients_OneHandlerAnswersAllWithResilienceAbove()
    {
        var clock = new FakeTimeProvider(Start);
        var time = new DrivenTimeProvider(clock, clock.Advance);
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(time);   // read by FakeStatus and by the resilience pipelines
        services.ConfigureHttpClientDefaults(b =>
        {
            b.AddStandardResilienceHandler(o =>
            {
                o.Retry.BackoffType = DelayBackoffType.Constant;
                o.Retry.Delay = TimeSpan.FromSeconds(2);
                o.Retry.UseJitter = false;
            });
            b.UseFakeStatus();
        });
        services.AddHttpClient("billing", c => c.BaseAddress = new Uri("https://billing.test"));
        services.AddHttpClient<MailClient>(c => c.BaseAddress = new Uri("https://mail.test"));
        using ServiceProvider provider = services.BuildServiceProvider();
        FakeStatusHandler handler = provider.GetFakeStatusHandler();
        FakeRoute billing = handler.When("https://billing.test/invoices").RespondInSequence(s => s.Respond(500).Respond(200));
        FakeRoute mail = handler.When(HttpMethod.Post, "https://mail.test/send").RespondInSequence(s => s.Respond(500).Respond(250));
        FakeRoute other = handler.When("https://other.test/ping").RespondInSequence(s => s.Respond(500).Respond(204));
        var factory = provider.GetRequiredService<IHttpClientFactory>();

        using HttpClient billingClient = factory.CreateClient("billing");
        using HttpClient defaultClient = factory.CreateClient();
        using HttpResponseMessage named = await time.RunUntilCompleteAsync(() => billingClient.GetAsync(new Uri("/invoices", UriKind.Relative)));
        int typed = await time.RunUntilCompleteAsync(() => provider.GetRequiredService<MailClient>().SendAsync("/send"));
        using HttpResponseMessage byDefault = await time.RunUntilCompleteAsync(() => defaultClient.GetAsync(new Uri("https://other.test/ping")));

        named.StatusCode.Should().Be(HttpStatusCode.OK);
        typed.Should().Be(250);
        byDefault.StatusCode.Should().Be(HttpStatusCode.NoContent);
        handler.VerifyCalled(billing, times: 2);   // each 500 was retried by the client's own resilience handler
        handler.VerifyCalled(mail, times: 2);
        handler.VerifyCalled(other, times: 2);
        handler.Requests.Should().HaveCount(6);
        (handler.Requests[1].ArrivedAt - handler.Requests[0].ArrivedAt).Should().BeCloseTo(
            TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(1), "the retry waited its 2 s on the same fake clock FakeStatus records with");
    }

    [Test]
    public void ConfigureHttpClientDefaults_EveryClientName_ResolvesToTheSharedHandler()
    {
        using var shared = new FakeStatusHandler();
        var services = new ServiceCollection();
        services.ConfigureHttpClientDefaults(b => b.UseFakeStatus(shared));
        services.AddHttpClient<MailClient>();
        using ServiceProvider provider = services.BuildServiceProvider();

        provider.GetFakeStatusHandler().Should().BeSameAs(shared);
        provider.GetFakeStatusHandler("billing").Should().BeSameAs(shared);
        provider.GetFakeStatusHandler<MailClient>().Should().BeSameAs(shared);
    }

    [Test]
    public async Task ConfigureHttpClientDefaults_ClientSetsItsOwnPrimaryHandler_FakeStatusStillAnswers()
    {
        using var shared = new FakeStatusHandler();
        var services = new ServiceCollection();
        services.ConfigureHttpClientDefaults(b => b.UseFakeStatus(shared));
        // As production code often does; without FakeStatus having the last word this client would reach the network.
        services.AddHttpClient("tuned", c => c.BaseAddress = new Uri("https://tuned.invalid"))
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2) });
        using ServiceProvider provider = services.BuildServiceProvider();

        using HttpResponseMessage response = await provider.GetRequiredService<IHttpClientFactory>().CreateClient("tuned")
            .GetAsync(new Uri("/smtp/530", UriKind.Relative));

        ((int)response.StatusCode).Should().Be(530);
        shared.Requests.Should().ContainSingle().Which.Uri.Should().Be(new Uri("https://tuned.invalid/smtp/530"));
    }

    [Test]
    public async Task ConfigureHttpClientDefaults_ClientConfiguresItsSocketsHandler_ThatCodeRunsAndFakeStatusAnswers()
    {
        using var shared = new FakeStatusHandler();
        bool configured = false;
        var services = new ServiceCollection();
        services.ConfigureHttpClientDefaults(b => b.UseFakeStatus(shared));
        // Production code that casts the primary handler: it must still see the real one, not FakeStatus's wrapper.
        services.AddHttpClient("tuned").ConfigurePrimaryHttpMessageHandler((primary, _) =>
        {
            ((SocketsHttpHandler)primary).PooledConnectionLifetime = TimeSpan.FromMinutes(2);
            configured = true;
        });
        using ServiceProvider provider = services.BuildServiceProvider();

        using HttpResponseMessage response = await provider.GetRequiredService<IHttpClientFactory>().CreateClient("tuned")
            .GetAsync(new Uri("https://tuned.invalid/503"));

        configured.Should().BeTrue();
        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        shared.Requests.Should().ContainSingle();
    }

    [Test]
    public async Task ConfigureHttpClientDefaults_ClientWithItsOwnUseFakeStatus_KeepsItsOwnHandler()
    {
        using var shared = new FakeStatusHandler();
        using var mailOnly = new FakeStatusHandler();
        var services = new ServiceCollection();
        services.AddHttpClient("mail", c => c.BaseAddress = new Uri("https://mail.test")).UseFakeStatus(mailOnly);
        services.ConfigureHttpClientDefaults(b => b.UseFakeStatus(shared));   // registered after, still does not override it
        using ServiceProvider provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<IHttpClientFactory>();

        using HttpResponseMessage mail = await factory.CreateClient("mail").GetAsync(new Uri("/smtp/530", UriKind.Relative));
        using HttpResponseMessage billing = await factory.CreateClient("billing").GetAsync(new Uri("https://billing.test/402"));

        mailOnly.Requests.Select(r => r.StatusCode).Should().Equal(530);
        shared.Requests.Select(r => r.StatusCode).Should().Equal(402);
        provider.GetFakeStatusHandler("mail").Should().BeSameAs(mailOnly);
        provider.GetFakeStatusHandler("billing").Should().BeSameAs(shared);
    }

    [Test]
    public async Task ConfigureHttpClientDefaults_ShortHandlerLifetime_TheSharedHandlerSurvivesRotation()
    {
        var services = new ServiceCollection();
        services.ConfigureHttpClientDefaults(b => b.SetHandlerLifetime(TimeSpan.FromSeconds(1)).UseFakeStatus());
        using ServiceProvider provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<IHttpClientFactory>();

        for (int i = 0; i < 20; i++)
        {
            using HttpClient client = factory.CreateClient(i % 2 == 0 ? "a" : "b");
            using HttpResponseMessage response = await client.GetAsync(new Uri("https://any.test/204"));
            response.StatusCode.Should().Be(HttpStatusCode.NoContent);
        }

        provider.GetFakeStatusHandler().Requests.Should().HaveCount(20);
    }

    [Test]
    public void ConfigureHttpClientDefaults_UseFakeStatusTwice_TheLastHandlerAnswers()
    {
        using var first = new FakeStatusHandler();
        using var second = new FakeStatusHandler();
        var services = new ServiceCollection();
        services.ConfigureHttpClientDefaults(b => b.UseFakeStatus(first));
        services.ConfigureHttpClientDefaults(b => b.UseFakeStatus(second));
        using ServiceProvider provider = services.BuildServiceProvider();

        provider.GetFakeStatusHandler().Should().BeSameAs(second);
    }
}
