using Microsoft.Extensions.Time.Testing;

namespace FakeStatus.Tests.Handler;

/// <summary>No default response makes a client wait more than a second; realistic waits are one option away; explicit values are sent as given.</summary>
public sealed class RetryAfterTests
{
    private static readonly Uri Base = new("https://fake.test");

    [TestCase("/503")]
    [TestCase("/429")]
    [TestCase("/status/503")]
    [TestCase("/azure-storage/503")]
    public async Task Convention_CatalogRetryAfter_IsOneSecondByDefault(string path)
    {
        using var handler = new FakeStatusHandler(TestClock.AtSeedTime());
        using HttpClient client = handler.ToHttpClient(Base);

        using HttpResponseMessage response = await client.GetAsync(path);

        response.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromSeconds(1));
    }

    [TestCase("/503")]
    [TestCase("/429")]
    [TestCase("/azure-storage/503")]
    public async Task Convention_RealisticRetryAfter_SendsTheCatalogValue(string path)
    {
        using var handler = new FakeStatusHandler(new FakeStatusOptions { TimeProvider = TestClock.AtSeedTime(), RealisticRetryAfter = true });
        using HttpClient client = handler.ToHttpClient(Base);

        using HttpResponseMessage response = await client.GetAsync(path);

        response.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromSeconds(120));
    }

    [Test]
    public async Task Route_DefaultAndExplicitRetryAfter_OnlyTheDefaultIsCut()
    {
        using var handler = new FakeStatusHandler(TestClock.AtSeedTime());
        using HttpClient client = handler.ToHttpClient(Base);
        handler.When("/default").Respond(503, r => r.WithHeader("X-Trace", "t-1"));
        handler.When("/seconds").Respond(503, r => r.WithRetryAfter(TimeSpan.FromSeconds(300)));
        handler.When("/date").Respond(503, r => r.WithRetryAfter(TestClock.SeedTime.AddMinutes(5)));
        handler.When("/header").Respond(429, r => r.WithHeader("Retry-After", "90"));

        using HttpResponseMessage byDefault = await client.GetAsync("/default");
        using HttpResponseMessage seconds = await client.GetAsync("/seconds");
        using HttpResponseMessage date = await client.GetAsync("/date");
        using HttpResponseMessage header = await client.GetAsync("/header");

        byDefault.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromSeconds(1));
        seconds.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromSeconds(300));
        date.Headers.RetryAfter!.Date.Should().Be(TestClock.SeedTime.AddMinutes(5));
        header.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromSeconds(90));
    }

    [Test]
    public async Task Convention_RetryAfterRequestHeader_IsSentAsGiven()
    {
        using var handler = new FakeStatusHandler(TestClock.AtSeedTime());
        using HttpClient client = handler.ToHttpClient(Base);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/503");
        request.Headers.Add("X-HttpStatus-Response-Retry-After", "300");

        using HttpResponseMessage response = await client.SendAsync(request);

        response.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromSeconds(300));
    }

    [Test]
    public async Task CatalogDateRetryAfter_BecomesOneSecondAfterNowOnTheHandlersClock()
    {
        var time = new FakeTimeProvider(TestClock.SeedTime);
        var definition = new StatusDefinition("http", 503, "Service Unavailable")
        {
            BodyAllowed = true,
            Headers = new Dictionary<string, string> { ["Retry-After"] = "Fri, 31 Dec 2027 23:59:59 GMT", ["retry-after-ms"] = "120000" },
        };
        var catalog = StatusCatalog.Empty.With(definition);
        using var handler = new FakeStatusHandler(new FakeStatusOptions { TimeProvider = time, Catalog = catalog });
        using HttpClient client = handler.ToHttpClient(Base);
        time.Advance(TimeSpan.FromMinutes(10));

        using HttpResponseMessage response = await client.GetAsync("/503");

        response.Headers.RetryAfter!.Date.Should().Be(TestClock.SeedTime.AddMinutes(10).AddSeconds(1));
        response.Headers.GetValues("retry-after-ms").Should().Equal("1000");
    }

    [Test]
    public async Task UnmatchedPolicyAnswer_CatalogRetryAfter_IsOneSecond()
    {
        using var handler = new FakeStatusHandler(new FakeStatusOptions { Unmatched = UnmatchedPolicy.Respond(503), UseUrlConventions = false });
        using HttpClient client = handler.ToHttpClient(Base);

        using HttpResponseMessage response = await client.GetAsync("/anything");

        response.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromSeconds(1));
    }

    [Test]
    public async Task GitHubStyle_RateLimitResetFarAhead_IsOneSecondFromNow()
    {
        // The style's x-ratelimit-reset is 2026-02-25 12:00:00 UTC; a clock at 2000-01-01 would wait 26 years for it.
        var time = new FakeTimeProvider(new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero));
        using var handler = new FakeStatusHandler(time);
        using HttpClient client = handler.ToHttpClient(Base);

        using HttpResponseMessage response = await client.GetAsync("/github/429");

        response.Headers.GetValues("x-ratelimit-reset").Should().Equal("946684801");
    }

    [Test]
    public void FakeResponse_RealisticRetryAfter_SendsTheCatalogValue()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://fake.test/x");
        var realistic = new FakeResponse(StatusCatalog.Default.Get(429)) { RealisticRetryAfter = true };

        using HttpResponseMessage response = realistic.CreateFor(request);
        using HttpResponseMessage fast = FakeResponse.Create(StatusCatalog.Default.Get(429), request);

        response.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromSeconds(120));
        fast.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromSeconds(1));
    }
}
