namespace FakeStatus.Tests.Scenarios;

public sealed class HttpStatUsSyntaxTests
{
    private FakeStatusHandler _handler = null!;
    private HttpClient _client = null!;

    [SetUp]
    public void SetUp()
    {
        _handler = new FakeStatusHandler(new FakeStatusOptions { TimeProvider = TestClock.AtSeedTime(), RandomSeed = 7 });
        _client = _handler.ToHttpClient(new Uri("https://httpstat.us"));
    }

    [TearDown]
    public void TearDown()
    {
        _client.Dispose();
        _handler.Dispose();
    }

    private async Task<HttpResponseMessage> Get(string path, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        foreach ((string name, string value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return await _client.SendAsync(request);
    }

    [Test]
    public async Task SleepHeader_DelaysOnTheHandlersClock()
    {
        var clock = (Microsoft.Extensions.Time.Testing.FakeTimeProvider)_handler.Options.TimeProvider;

        Task<HttpResponseMessage> pending = Get("/200", ("X-HttpStatus-Sleep", "1000"));
        pending.IsCompleted.Should().BeFalse();
        clock.Advance(TimeSpan.FromSeconds(1));

        using HttpResponseMessage response = await pending;
        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Test]
    public async Task ResponseHeaderControls_BecomeResponseHeaders()
    {
        using HttpResponseMessage response = await Get("/503", ("X-HttpStatus-Response-Retry-After", "5"), ("X-HttpStatus-Response-X-Custom", "yes"));

        response.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromSeconds(5), "the control replaces the definition's default and is sent as given");
        response.Headers.GetValues("X-Custom").Should().Equal("yes");
    }

    [Test]
    public async Task SuppressBody_DropsBodyButKeepsStatus()
    {
        using HttpResponseMessage response = await Get("/smtp/530?suppressBody=true");

        ((int)response.StatusCode).Should().Be(530);
        (await response.Content.ReadAsByteArrayAsync()).Should().BeEmpty();
    }

    [TestCase("text/plain", "text/plain", "530 Authentication Required")]
    [TestCase("application/problem+json", "application/problem+json", "{\"type\": \"about:blank\", \"title\": \"Authentication Required\", \"status\": 530, \"instance\": \"/smtp/530\"}")]
    [TestCase("application/json", "application/json", "{\"error\": \"server_error\", \"message\": \"Authentication Required\"}")]
    [TestCase("image/png", "application/json", "{\"error\": \"server_error\", \"message\": \"Authentication Required\"}")]
    [TestCase("application/json;q=0.5, text/plain", "text/plain", "530 Authentication Required")]
    [TestCase("text/plain;q=0, */*", "application/json", "{\"error\": \"server_error\", \"message\": \"Authentication Required\"}")]
    public async Task Accept_NegotiatesTheBody(string accept, string mediaType, string body)
    {
        using HttpResponseMessage response = await Get("/smtp/530", ("Accept", accept));

        response.Content.Headers.ContentType!.MediaType.Should().Be(mediaType);
        (await response.Content.ReadAsStringAsync()).Should().Be(body);
    }

    [Test]
    public async Task RandomList_DrawsOnlyListedCodes_RepeatedCodesWeighMore()
    {
        var counts = new Dictionary<int, int>();
        for (int i = 0; i < 600; i++)
        {
            using HttpResponseMessage response = await Get("/random/200,200,200,500-502");
            int code = (int)response.StatusCode;
            counts[code] = counts.GetValueOrDefault(code) + 1;
        }

        counts.Keys.Should().BeSubsetOf(new[] { 200, 500, 501, 502 });
        counts[200].Should().BeInRange(240, 360, "200 is listed three times out of six");
        _handler.Requests.Should().OnlyContain(r => r.RandomSeed == 7 && r.Outcome == RequestOutcome.Answered);
    }

    [Test]
    public async Task HttpbinWeightedStatus_FollowsWeights()
    {
        int errors = 0;
        for (int i = 0; i < 500; i++)
        {
            using HttpResponseMessage response = await Get("/status/200:0.9,500:0.1");
            errors += (int)response.StatusCode == 500 ? 1 : 0;
        }

        errors.Should().BeInRange(25, 80, "about 10% of 500 draws");
    }

    [Test]
    public async Task SameRandomSeed_ReplaysConventionDraws()
    {
        static async Task<int[]> Run()
        {
            using var handler = new FakeStatusHandler(new FakeStatusOptions { RandomSeed = 99 });
            using HttpClient client = handler.ToHttpClient(new Uri("https://x.test"));
            var codes = new int[50];
            for (int i = 0; i < codes.Length; i++)
            {
                using HttpResponseMessage response = await client.GetAsync("/random/200-299");
                codes[i] = (int)response.StatusCode;
            }

            return codes;
        }

        (await Run()).Should().Equal(await Run());
    }

    [TestCase("/random/500-400", "'500-400' is not a range")]
    [TestCase("/random/600-500", "'600-500' is not a range")]
    [TestCase("/status/200:x,500:0.1", "weight 'x'")]
    [TestCase("/status/200:-1,500:1", "weight '-1'")]
    [TestCase("/status/200:0,500:0", "every weight")]
    [TestCase("/random/200,,500", "empty item")]
    [TestCase("/503?suppressBody=maybe", "suppressBody='maybe'")]
    public async Task MalformedControls_Answer400(string path, string expected)
    {
        using HttpResponseMessage response = await Get(path);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain(expected);
    }

    [Test]
    public async Task ZeroWeight_IsNeverDrawn()
    {
        var codes = new List<int>();
        for (int i = 0; i < 200; i++)
        {
            using HttpResponseMessage response = await Get("/status/200:0,503:1");
            codes.Add((int)response.StatusCode);
        }

        codes.Should().OnlyContain(c => c == 503);
    }

    [Test]
    public async Task MalformedSleepHeader_Answers400()
    {
        using HttpResponseMessage response = await Get("/200", ("X-HttpStatus-Sleep", "soon"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("X-HttpStatus-Sleep: 'soon'");
    }
}
