using System.Text.Json;

namespace FakeStatus.Tests.Coverage;

/// <summary>Which catalog statuses a handler answered with: counted per meaning, exactly, through routes and conventions.</summary>
public sealed class StatusCoverageTests
{
    [Test]
    public async Task Coverage_CloudflareAfterTwoCodes_ListsTriedWithCountsAndTheRestUntried()
    {
        using var handler = new FakeStatusHandler(TestClock.AtSeedTime());
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));
        await GetAsync(client, "/cloudflare/520");
        await GetAsync(client, "/cloudflare/520");
        await GetAsync(client, "/522");

        StatusCoverage coverage = handler.Coverage(StatusCases.Cloudflare, "Cloudflare");

        coverage.Source.Should().Be("Cloudflare");
        coverage.Entries.Should().HaveCount(StatusCases.Cloudflare.Count());
        coverage.Tried.Select(e => (e.Code, e.CallCount)).Should().Equal((520, 2L), (522, 1L));
        coverage.Untried.Select(e => e.Code).Should().Equal(521, 523, 524, 525, 526, 527, 530);
        coverage.TriedCount.Should().Be(2);
        coverage.Tried[0].Vendor.Should().Be("cloudflare");
    }

    [Test]
    public async Task Coverage_RouteRespondingWithAStatus_CountsThatStatus()
    {
        using var handler = new FakeStatusHandler(TestClock.AtSeedTime());
        handler.When(HttpMethod.Post, "/send").Respond("smtp", 530);
        handler.When("/styled").Respond(503, r => r.WithReasonPhrase("Down"));
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));
        using var mail = new StringContent("hi");
        using (HttpResponseMessage sent = await client.PostAsync("/send", mail))
        {
            sent.StatusCode.Should().Be((HttpStatusCode)530);
        }

        await GetAsync(client, "/styled");

        StatusCoverage coverage = handler.Coverage([("smtp", 530), ("http", 503), ("smtp", 421)]);

        coverage.Entries.Select(e => (e.Protocol, e.Code, e.CallCount)).Should().Equal(("smtp", 530, 1L), ("http", 503, 1L), ("smtp", 421, 0L));
        coverage.Source.Should().Be("catalog");
    }

    [Test]
    public async Task Coverage_MoreAnswersThanTheLogKeeps_CountsEveryAnswer()
    {
        using var handler = new FakeStatusHandler(new FakeStatusOptions { TimeProvider = TestClock.AtSeedTime(), MaxRecordedRequests = 2 });
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));
        for (int i = 0; i < 10; i++)
        {
            await GetAsync(client, "/503");
        }

        handler.ClearRequests();

        handler.Requests.Should().BeEmpty();
        handler.Coverage([StatusCatalog.Default.Get(503)]).Entries.Single().CallCount.Should().Be(10);
    }

    [Test]
    public async Task Coverage_FourTasksAtOnce_CountsExactly()
    {
        using var handler = new FakeStatusHandler(TestClock.AtSeedTime());
        using var invoker = new HttpMessageInvoker(handler, disposeHandler: false);
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            for (int i = 0; i < 2_000; i++)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, "https://fake.test/" + (500 + (i % 5)));
                using HttpResponseMessage response = await invoker.SendAsync(request, CancellationToken.None);
            }
        })));

        StatusCoverage coverage = handler.Coverage(Enumerable.Range(500, 5).Select(code => ("http", code)));

        coverage.Entries.Select(e => e.CallCount).Should().AllBeEquivalentTo(1_600L);
    }

    [Test]
    public async Task Coverage_AVendorsMeaning_CountsOnlyThatMeaningWhileTheBareNumberCountsEvery()
    {
        using var handler = new FakeStatusHandler(TestClock.AtSeedTime());
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));
        await GetAsync(client, "/pantheon/530");

        StatusCoverage byMeaning = handler.Coverage(StatusCatalog.Default.VariantsOf("http", 530));
        StatusCoverage byNumber = handler.Coverage([("http", 530)]);

        byMeaning.Entries.Select(e => (e.Variant, e.CallCount)).Should().Equal(("cloudflare", 0L), ("pantheon", 1L));
        byNumber.Entries.Single().CallCount.Should().Be(1);
        byNumber.Entries.Single().Variant.Should().BeNull();
    }

    [Test]
    public async Task Coverage_UnmatchedAnswerMalformedUrlAndThrownFault_CountNothing()
    {
        using var handler = new FakeStatusHandler(new FakeStatusOptions { TimeProvider = TestClock.AtSeedTime(), Unmatched = UnmatchedPolicy.Respond(404) });
        handler.When("/down").Throw(FakeFault.ConnectionRefused());
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));
        await GetAsync(client, "/api/users/42");
        await GetAsync(client, "/503?sleep=banana");
        Func<Task> down = () => client.GetAsync("/down");
        await down.Should().ThrowAsync<HttpRequestException>();

        StatusCoverage coverage = handler.Coverage([("http", 404), ("http", 400), ("http", 503)]);

        coverage.Tried.Should().BeEmpty();
    }

    [Test]
    public async Task Coverage_StatusDeliveredAsTheRealServerDoes_CountsAsItself()
    {
        using var handler = new FakeStatusHandler(TestClock.AtSeedTime());
        handler.When("/closed").Respond(444);
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));
        Func<Task> byConvention = () => client.GetAsync("/nginx/444");
        Func<Task> byRoute = () => client.GetAsync("/closed");
        await byConvention.Should().ThrowAsync<HttpRequestException>();
        await byRoute.Should().ThrowAsync<HttpRequestException>();
        await GetAsync(client, "/nginx/494");

        StatusCoverage coverage = handler.Coverage(StatusCases.ForVendor("nginx"));

        coverage.Entries.Where(e => e.Code is 444 or 494).Select(e => e.CallCount).Should().Equal(2L, 1L);
        coverage.Entries.Where(e => e.Code == 400).Should().BeEmpty();
    }

    [Test]
    public async Task Coverage_RequestsFromAScope_CountTowardTheHandler()
    {
        using var handler = new FakeStatusHandler(TestClock.AtSeedTime());
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));
        using (FakeStatusScope scope = handler.BeginScope())
        {
            scope.When("/pay").Respond(502);
            await GetAsync(client, "/pay");
        }

        handler.Coverage([("http", 502)]).Entries.Single().CallCount.Should().Be(1);
    }

    [Test]
    public async Task VerifyAllTried_SomeNeverTried_ThrowsListingEachWithAUrlThatAnswersIt()
    {
        using var handler = new FakeStatusHandler(TestClock.AtSeedTime());
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));
        await GetAsync(client, "/503");

        StatusCoverage coverage = handler.Coverage(
            [StatusCatalog.Default.Get(503), StatusCatalog.Default.Get(502), StatusCatalog.Default.Get("http", 530, "pantheon"), StatusCatalog.Default.Get("smtp", 554, "rfc3207")],
            "gateway errors");
        Action verify = coverage.VerifyAllTried;

        verify.Should().Throw<FakeStatusVerificationException>().Which.Message.Should().Be(
            "gateway errors: 3 of 4 statuses were never tried:\n" +
            "  http 502 Bad Gateway   GET /502\n" +
            "  http 530 Site is frozen (pantheon)   GET /pantheon/530\n" +
            "  smtp 554 Command refused due to lack of security (rfc3207)   GET /smtp/554?variant=rfc3207\n" +
            "Send a request its URL convention answers (as listed), or register a route that responds with it, in a test that covers it.");
    }

    [Test]
    public async Task VerifyAllTried_EveryStatusAnswered_Passes()
    {
        using var handler = new FakeStatusHandler(TestClock.AtSeedTime());
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));
        foreach (StatusDefinition status in StatusCases.Cloudflare)
        {
            await GetAsync(client, "/cloudflare/" + status.Code);
        }

        Action verify = handler.Coverage(StatusCases.Cloudflare).VerifyAllTried;

        verify.Should().NotThrow();
    }

    [Test]
    public async Task ToMarkdown_OneTriedOneNot_WritesSummaryAndARowEach()
    {
        using var handler = new FakeStatusHandler(TestClock.AtSeedTime());
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));
        await GetAsync(client, "/cloudflare/520");

        string markdown = handler.Coverage([StatusCatalog.Default.Get(520), StatusCatalog.Default.Get(503)], "edge").ToMarkdown();

        markdown.Should().Be(
            "edge: 1 of 2 statuses tried\n\n" +
            "| protocol | code | reason phrase | vendor | variant | calls | tried |\n" +
            "|---|---|---|---|---|---|---|\n" +
            "| http | 520 | Web server returns an unknown error | cloudflare | cloudflare | 1 | yes |\n" +
            "| http | 503 | Service Unavailable |  |  | 0 | **no** |\n");
    }

    [Test]
    public async Task ToJson_OneTried_WritesTotalsAndEveryField()
    {
        using var handler = new FakeStatusHandler(TestClock.AtSeedTime());
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));
        await GetAsync(client, "/smtp/530");

        using JsonDocument json = JsonDocument.Parse(handler.Coverage([("smtp", 530), ("smtp", 421)], "relay").ToJson());

        JsonElement root = json.RootElement;
        root.GetProperty("source").GetString().Should().Be("relay");
        root.GetProperty("total").GetInt32().Should().Be(2);
        root.GetProperty("tried").GetInt32().Should().Be(1);
        JsonElement first = root.GetProperty("statuses")[0];
        first.GetProperty("protocol").GetString().Should().Be("smtp");
        first.GetProperty("code").GetInt32().Should().Be(530);
        first.GetProperty("reasonPhrase").GetString().Should().Be("Authentication Required");
        first.GetProperty("vendor").ValueKind.Should().Be(JsonValueKind.Null);
        first.GetProperty("calls").GetInt64().Should().Be(1);
        first.GetProperty("tried").GetBoolean().Should().BeTrue();
        root.GetProperty("statuses")[1].GetProperty("tried").GetBoolean().Should().BeFalse();
    }

    [Test]
    public void Coverage_RepeatedStatus_ListsItOnce()
    {
        using var handler = new FakeStatusHandler();

        handler.Coverage([("http", 503), ("http", 503), ("HTTP", 503)]).Entries.Should().HaveCount(1);
        handler.Coverage(StatusCases.HttpServerErrors.Concat(StatusCases.Cloudflare)).Entries.Should().HaveCount(StatusCases.HttpServerErrors.Count());
    }

    [Test]
    public void Coverage_EmptySet_ThrowsSayingEverythingWouldPass()
    {
        using var handler = new FakeStatusHandler();

        Action act = () => handler.Coverage(Array.Empty<StatusDefinition>());

        act.Should().Throw<ArgumentException>().WithParameterName("statuses").WithMessage("*empty*every status in it would count as tried*");
    }

    [Test]
    public void Coverage_NullInTheSet_ThrowsNamingTheIndex()
    {
        using var handler = new FakeStatusHandler();

        Action act = () => handler.Coverage([StatusCatalog.Default.Get(503), null!]);

        act.Should().Throw<ArgumentException>().WithParameterName("statuses").WithMessage("*null at index 1*");
    }

    [Test]
    public void Coverage_UnknownProtocol_ThrowsListingTheCatalogsProtocols()
    {
        using var handler = new FakeStatusHandler();

        Action act = () => handler.Coverage([("gopher", 200)]);

        act.Should().Throw<ArgumentException>().WithMessage("Unknown protocol 'gopher'*ftp, grpc, http, smtp*");
    }

    private static async Task GetAsync(HttpClient client, string path)
    {
        using HttpResponseMessage response = await client.GetAsync(path);
    }
}
