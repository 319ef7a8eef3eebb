namespace FakeStatus.Tests.Handler;

/// <summary>
/// What the log says a URL convention did (a malformed header, a random draw, a status delivered as the real server does),
/// and the requests no rule can answer because they have no URI at all.
/// </summary>
public sealed class ConventionDetailTests
{
    [Test]
    public async Task MalformedConventionHeader_Answers400BadRequest_AndLogsTheProblem()
    {
        using var handler = new FakeStatusHandler(TestClock.AtSeedTime());
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/200", UriKind.Relative));
        request.Headers.TryAddWithoutValidation("X-HttpStatus-Sleep", "soon");

        using HttpResponseMessage response = await client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.ReasonPhrase.Should().Be("Bad Request");
        handler.Requests.Single().Detail.Should().Be(
            "URL convention, malformed: X-HttpStatus-Sleep: 'soon' is not a valid delay: expected whole milliseconds from 0 to 300000.");
    }

    [Test]
    public async Task RandomConvention_LogsEachDrawWithTheSeed()
    {
        using var handler = new FakeStatusHandler(new FakeStatusOptions { RandomSeed = 7, TimeProvider = TestClock.AtSeedTime() });
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));
        for (int i = 0; i < 2; i++)
        {
            using HttpResponseMessage response = await client.GetAsync(new Uri("/random/200,201", UriKind.Relative));
        }

        handler.Requests.Select(r => r.Detail).Should().Equal("URL convention, random draw #1 with seed 7", "URL convention, random draw #2 with seed 7");
        handler.Requests.Select(r => r.RandomSeed).Should().Equal(7, 7);
    }

    [Test]
    public async Task NginxStatuses_DeliveredAsTheRealServerDoes_SaySoInTheLog()
    {
        using var handler = new FakeStatusHandler(TestClock.AtSeedTime());
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));
        Func<Task> closed = () => client.GetAsync(new Uri("/nginx/444", UriKind.Relative));
        await closed.Should().ThrowAsync<HttpRequestException>();

        using HttpResponseMessage substituted = await client.GetAsync(new Uri("/nginx/494?suppressBody=true", UriKind.Relative));

        substituted.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await substituted.Content.ReadAsByteArrayAsync()).Should().BeEmpty("suppressBody=true holds for the substitute too");
        handler.Requests.Select(r => r.Detail).Should().Equal(
            "URL convention, connection closed as the real server does",
            "URL convention, sent as the real server sends it");
    }

    [Test]
    public async Task RequestWithoutUri_IsUnmatched_SayingItHasNone()
    {
        using var handler = new FakeStatusHandler(TestClock.AtSeedTime());
        using var invoker = new HttpMessageInvoker(handler, disposeHandler: false);
        using var request = new HttpRequestMessage();

        Func<Task> act = () => invoker.SendAsync(request, CancellationToken.None);

        (await act.Should().ThrowAsync<UnmatchedRequestException>()).Which.Message.Should().StartWith(
            "FakeStatusHandler cannot answer GET (no URI): it has no absolute URI (give the HttpClient a BaseAddress such as https://fake.test).\n" +
            "Request:\n  GET (no URI)\n  body: (none)\n");
        handler.Requests.Single().Outcome.Should().Be(RequestOutcome.Unmatched);
    }
}
