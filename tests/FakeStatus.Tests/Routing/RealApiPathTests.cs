namespace FakeStatus.Tests.Routing;

/// <summary>
/// The URL conventions never claim a real API's path: a bare first segment is a convention only in the conventions' own
/// grammar, so date versions, numeric ids and version numbers nobody registered are unmatched, never a silent 400.
/// </summary>
public sealed class RealApiPathTests
{
    private static readonly string[] RealApiPaths =
    [
        "/2010-04-01/Accounts/AC123/Messages.json",
        "/2010-04-01/Accounts/AC123/Calls.json?PageSize=20",
        "/2023-10-16/customers",
        "/20240101/reports",
        "/12345/orders",
        "/1000/items/7",
        "/4040",
        "/404abc/details",
        "/503.json",
        "/200-ok",
        "/500_errors",
        "/2.0/users/42",
        "/1.1/statuses/update.json",
        "/v1/charges",
        "/v2/tweets",
        "/2/tweets",
        "/11/info",
        "/123456789012/queues/jobs",
        "/9999999999/photos",
        "/2010-04-01",
        "/200,abc",
        "/200:fast",
        "/503%25",
        "/503%2525/items",
    ];

    private static IEnumerable<TestCaseData> Paths() => RealApiPaths.Select(p => new TestCaseData(p).SetArgDisplayNames(p));

    [TestCaseSource(nameof(Paths))]
    public async Task Send_RealApiPathNobodyRegistered_IsUnmatched(string path)
    {
        using var handler = new FakeStatusHandler(TestClock.AtSeedTime());
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.twilio.test"));

        Func<Task> post = () => client.PostAsync(new Uri(path, UriKind.Relative), new StringContent("To=%2B15551234567"));

        await post.Should().ThrowAsync<UnmatchedRequestException>();
        handler.Requests.Single().Outcome.Should().Be(RequestOutcome.Unmatched);
    }

    [Test]
    public async Task VerifyAll_NoRoutesAndARealApiPathUnmatched_Fails()
    {
        using var handler = new FakeStatusHandler(TestClock.AtSeedTime());
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.twilio.test"));
        Func<Task> post = () => client.PostAsync(new Uri("/2010-04-01/Accounts/AC123/Messages.json", UriKind.Relative), null);
        await post.Should().ThrowAsync<UnmatchedRequestException>();

        FluentActions.Invoking(handler.VerifyAll).Should().Throw<FakeStatusVerificationException>()
            .WithMessage("Expected no unmatched requests, but 1 went unmatched:*POST https://api.twilio.test/2010-04-01/Accounts/AC123/Messages.json*");
        FluentActions.Invoking(handler.VerifyNoUnmatchedRequests).Should().Throw<FakeStatusVerificationException>();
    }

    [TestCase("/503", 503)]
    [TestCase("/404/anything/here", 404)]
    [TestCase("/200,200", 200)]
    [TestCase("/202:1", 202)]
    [TestCase("/203:0.5,203:1.5", 203)]
    [TestCase("/status/418", 418)]
    [TestCase("/smtp/530", 530)]
    public async Task Send_ConventionGrammar_StillAnswers(string path, int code)
    {
        using var handler = new FakeStatusHandler(TestClock.AtSeedTime());
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));

        using HttpResponseMessage response = await client.GetAsync(new Uri(path, UriKind.Relative));

        ((int)response.StatusCode).Should().Be(code);
    }

    [TestCase("/500-400")]
    [TestCase("/200:0")]
    [TestCase("/status/2010-04-01")]
    [TestCase("/status/12345")]
    [TestCase("/random/200,abc")]
    [TestCase("/smtp/5300")]
    [TestCase("/pantheon/530x")]
    [TestCase("/azure-storage/5034")]
    public async Task Send_ConventionAttemptMalformed_AnswersBadRequest(string path)
    {
        using var handler = new FakeStatusHandler(TestClock.AtSeedTime());
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));

        using HttpResponseMessage response = await client.GetAsync(new Uri(path, UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }
}
