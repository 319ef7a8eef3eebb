using FakeStatus;
using FluentAssertions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace ResilienceSample;

public sealed class ResilienceTests
{
    private DrivenTimeProvider _time = null!;
    private ServiceProvider _provider = null!;

    [SetUp]
    public void SetUp()
    {
        // begin-snippet: resilience-setup
        var fake = new FakeTimeProvider(new DateTimeOffset(2026, 2, 25, 12, 0, 0, TimeSpan.Zero));
        var time = new DrivenTimeProvider(fake, fake.Advance);   // moves the fake clock to each timer the client waits on
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(time);   // the resilience pipeline and FakeStatus both read it
        // The production registration, with FakeStatus as the network; realistic waits, so 429 and 503 say Retry-After: 120.
        services.AddOrderClient().UseFakeStatus(_ => new FakeStatusHandler(new FakeStatusOptions { TimeProvider = time, RealisticRetryAfter = true }));
        ServiceProvider provider = services.BuildServiceProvider();
        // end-snippet
        _time = time;
        _provider = provider;
    }

    [TearDown]
    public void TearDown() => _provider.Dispose();

    [Test]
    public async Task GetStatus_503Twice_RetriesThenSucceedsOnTheThirdAttempt()
    {
        // begin-snippet: resilience-retries
        FakeStatusHandler server = _provider.GetFakeStatusHandler<OrderClient>();
        server.When("/orders/7").RespondInSequence(s => s.Respond(503).Respond(503).Respond(200));
        OrderClient orders = _provider.GetRequiredService<OrderClient>();

        int status = await _time.RunUntilCompleteAsync(() => orders.GetStatusAsync("/orders/7"));   // each 503 says Retry-After: 120

        status.Should().Be(200);
        server.Requests.Select(r => r.StatusCode).Should().Equal(503, 503, 200);
        // end-snippet
        (server.Requests[2].ArrivedAt - server.Requests[0].ArrivedAt).Should().Be(
            TimeSpan.FromSeconds(240), "the pipeline waits each 503's Retry-After: 120 on the fake clock, and the clock moves exactly that far");
    }

    [Test]
    public async Task GetStatus_Smtp530ThenOk_RetriesOnceThenSucceeds()
    {
        FakeStatusHandler server = _provider.GetFakeStatusHandler<OrderClient>();
        FakeRoute orderRoute = server.When("/orders/7").RespondInSequence(s => s.Respond("smtp", 530).Respond(200));
        OrderClient orders = _provider.GetRequiredService<OrderClient>();

        int status = await _time.RunUntilCompleteAsync(() => orders.GetStatusAsync("/orders/7"));

        status.Should().Be(200);
        server.Requests.Select(r => r.StatusCode).Should().Equal(530, 200);
        server.VerifyCalled(orderRoute, times: 2);
    }

    [TestCase("/503", 503)]
    [TestCase("/smtp/530", 530)]
    public async Task GetStatus_ServerKeepsFailing_RetriesThenReturnsTheFailure(string path, int expected)
    {
        OrderClient orders = _provider.GetRequiredService<OrderClient>();

        int status = await _time.RunUntilCompleteAsync(() => orders.GetStatusAsync(path));

        status.Should().Be(expected);
        _provider.GetFakeStatusHandler<OrderClient>().Requests.Should().HaveCount(1 + OrderClientSetup.MaxRetryAttempts);
    }

    [Test]
    public async Task GetStatus_429WithRetryAfter_WaitsTheServersDelayBetweenAttempts()
    {
        OrderClient orders = _provider.GetRequiredService<OrderClient>();

        int status = await _time.RunUntilCompleteAsync(() => orders.GetStatusAsync("/429"));

        status.Should().Be(429);
        DateTimeOffset[] times = _provider.GetFakeStatusHandler<OrderClient>().Requests.Select(r => r.ArrivedAt).ToArray();
        times.Should().HaveCount(1 + OrderClientSetup.MaxRetryAttempts);
        times.Zip(times.Skip(1), (earlier, later) => later - earlier)
            .Should().AllSatisfy(gap => gap.Should().Be(TimeSpan.FromSeconds(120)), "429 carries Retry-After: 120");
    }

    [Test]
    public async Task GetStatus_Success_IsNotRetried()
    {
        OrderClient orders = _provider.GetRequiredService<OrderClient>();

        int status = await _time.RunUntilCompleteAsync(() => orders.GetStatusAsync("/200"));

        status.Should().Be(200);
        _provider.GetFakeStatusHandler<OrderClient>().Requests.Should().ContainSingle();
    }

    [Test]
    public async Task GetStatus_EnoughFailures_OpensTheCircuitAndStopsCallingTheServer()
    {
        OrderClient orders = _provider.GetRequiredService<OrderClient>();
        FakeStatusHandler server = _provider.GetFakeStatusHandler<OrderClient>();

        // Keep failing until the breaker trips: it ends some call in BrokenCircuitException (which call depends on where
        // in that call's retries the sixth failure falls).
        int calls = 0;
        bool opened = false;
        while (!opened && calls < 5)
        {
            calls++;
            try
            {
                (await _time.RunUntilCompleteAsync(() => orders.GetStatusAsync("/smtp/530"))).Should().Be(530);
            }
            catch (BrokenCircuitException)
            {
                opened = true;
            }
        }

        int attemptsWhenOpened = server.Requests.Count;
        Func<Task> next = () => _time.RunUntilCompleteAsync(() => orders.GetStatusAsync("/smtp/530"));

        opened.Should().BeTrue("six failures at a 100% failure ratio open the circuit");
        await next.Should().ThrowAsync<BrokenCircuitException>();
        server.Requests.Should().HaveCount(attemptsWhenOpened, "an open circuit does not call the server");
        attemptsWhenOpened.Should().BeGreaterThanOrEqualTo(6, "the circuit needs six attempts before it judges the failure ratio");
    }

    [Test]
    public async Task GetStatus_StockTotalTimeoutAndRealisticRetryAfter_TimesOutInTheFirstWait()
    {
        // Why AddOrderClient raises TotalRequestTimeout: the standard handler's default gives a whole call 30 s.
        var fake = new FakeTimeProvider(new DateTimeOffset(2026, 2, 25, 12, 0, 0, TimeSpan.Zero));
        var time = new DrivenTimeProvider(fake, fake.Advance);
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(time);
        IHttpClientBuilder client = services.AddHttpClient<OrderClient>(c => c.BaseAddress = new Uri("https://orders.test"));
        client.AddStandardResilienceHandler();
        client.UseFakeStatus(_ => new FakeStatusHandler(new FakeStatusOptions { TimeProvider = time, RealisticRetryAfter = true }));
        using ServiceProvider provider = services.BuildServiceProvider();
        OrderClient orders = provider.GetRequiredService<OrderClient>();

        Func<Task> call = () => time.RunUntilCompleteAsync(() => orders.GetStatusAsync("/503"));

        (await call.Should().ThrowAsync<TimeoutRejectedException>()).Which.Message.Should().Contain("'00:00:30'");
        provider.GetFakeStatusHandler<OrderClient>().Requests.Should().ContainSingle("the first Retry-After: 120 outlasts the whole call's 30 s");
    }
}
