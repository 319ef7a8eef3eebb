namespace FakeStatus.Tests.Handler;

/// <summary>
/// The exact layout of a failed verification: each problem numbered on its own line, each request on its own line, the
/// requests the log no longer keeps counted, and the random seed whenever any listed answer was drawn.
/// </summary>
public sealed class VerificationMessageTests
{
    private const string RemedyText =
        "Add what is missing or remove what a real server would not send; for a deliberately broken server set FakeStatusOptions.Realism to RealismCheck.Off.";

    [Test]
    public void VerifyCalled_NullRoute_ThrowsArgumentNull()
    {
        using var handler = new FakeStatusHandler(TestClock.AtSeedTime());
        using FakeStatusScope scope = handler.BeginScope();

        FluentActions.Invoking(() => handler.VerifyCalled(null!, 1)).Should().Throw<ArgumentNullException>().WithParameterName("route");
        FluentActions.Invoking(() => scope.VerifyCalled(null!, 1)).Should().Throw<ArgumentNullException>().WithParameterName("route");
    }

    [Test]
    public async Task VerifyAll_TwoProblems_NumbersEachOnItsOwnLine()
    {
        using var handler = new FakeStatusHandler(new FakeStatusOptions { Unmatched = UnmatchedPolicy.Respond(404), UseUrlConventions = false, TimeProvider = TestClock.AtSeedTime() });
        handler.When(HttpMethod.Post, "/alpha").Respond(200);
        handler.When(HttpMethod.Delete, "/beta").Respond(204);
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));
        using (await client.GetAsync(new Uri("/gamma", UriKind.Relative)))
        {
        }

        string message = FluentActions.Invoking(handler.VerifyAll).Should().Throw<FakeStatusVerificationException>().Which.Message;
        Approvals.Verify(message);

        message.Should().Be(
            "2 problems:\n" +
            "1. Expected every route to be used, but these were never called:\n" +
            "    POST /alpha -> 200 OK\n" +
            "    DELETE /beta -> 204 No Content\n" +
            "    Nearest requests to 'POST /alpha':\n" +
            "      GET https://api.test/gamma\n" +
            "      body: (none)\n" +
            "        [x] method POST: got GET\n" +
            "        [x] path /alpha: segment 1: expected 'alpha', got 'gamma'\n" +
            "    Next step: fix the request or the route: the nearest request, GET https://api.test/gamma, fails method POST (got GET).\n" +
            "    Nearest requests to 'DELETE /beta':\n" +
            "      GET https://api.test/gamma\n" +
            "      body: (none)\n" +
            "        [x] method DELETE: got GET\n" +
            "        [x] path /beta: segment 1: expected 'beta', got 'gamma'\n" +
            "    Next step: fix the request or the route: the nearest request, GET https://api.test/gamma, fails method DELETE (got GET).\n" +
            "2. Expected no unmatched requests, but 1 went unmatched:\n" +
            "    GET https://api.test/gamma -> 404, Unmatched (unmatched: respond http 404)\n" +
            "  Why GET https://api.test/gamma matched no route:\n" +
            "    GET https://api.test/gamma\n" +
            "    body: (none)\n" +
            "    Nearest routes:\n" +
            "      'POST /alpha' (route #1, 200 OK)\n" +
            "        [x] method POST: got GET\n" +
            "        [x] path /alpha: segment 1: expected 'alpha', got 'gamma'\n" +
            "      'DELETE /beta' (route #2, 204 No Content)\n" +
            "        [x] method DELETE: got GET\n" +
            "        [x] path /beta: segment 1: expected 'beta', got 'gamma'\n" +
            "    Next step: register a route for GET /gamma, or fix the request: the nearest route, 'POST /alpha', expects method POST (got GET).\n" +
            "Requests received (1):\n" +
            "  GET https://api.test/gamma -> 404, Unmatched (unmatched: respond http 404)");
    }

    [Test]
    public void VerifyAll_OptionalSequenceNeverCalled_Passes()
    {
        using var handler = new FakeStatusHandler(TestClock.AtSeedTime());
        handler.When("/retry").Optional().RespondInSequence(s => s.Respond(503).Respond(200));

        FluentActions.Invoking(handler.VerifyAll).Should().NotThrow();
    }

    [Test]
    public void VerifyAll_SequenceNeverCalled_IsReportedOnlyAsUnused()
    {
        using var handler = new FakeStatusHandler(TestClock.AtSeedTime());
        handler.When("/retry").RespondInSequence(s => s.Respond(503).Respond(200));

        string message = FluentActions.Invoking(handler.VerifyAll).Should().Throw<FakeStatusVerificationException>().Which.Message;
        Approvals.Verify(message);
        message.Should().StartWith("Expected every route to be used, but these were never called:\n")
            .And.NotContain("sequence has");
    }

    [Test]
    public async Task VerifyAll_UnrealisticResponse_ListsEachProblemUnderItsRequest_ThenTheRemedy()
    {
        using var handler = new FakeStatusHandler(TestClock.AtSeedTime());
        handler.When("/busy").Respond(503, r => r.WithHeader("Retry-After", "later"));
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));
        using (await client.GetAsync(new Uri("/busy", UriKind.Relative)))
        {
        }

        string message = FluentActions.Invoking(handler.VerifyAll).Should().Throw<FakeStatusVerificationException>().Which.Message;
        Approvals.Verify(message);

        message.Should().StartWith(
            "Expected responses a real server sends, but 1 were not:\n" +
            "    GET https://api.test/busy -> 503, Answered (ANY /busy)\n" +
            "        - Retry-After");
        message.Should().Contain("\n    " + RemedyText + "\nRequests received (1):");
    }

    [Test]
    public async Task VerifyAll_TwentyUnrealisticResponses_ListsThemAllWithNoMoreLine()
    {
        using var handler = new FakeStatusHandler(TestClock.AtSeedTime());
        handler.When("/busy").Respond(503, r => r.WithHeader("Retry-After", "later"));
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));
        for (int i = 0; i < 20; i++)
        {
            using HttpResponseMessage response = await client.GetAsync(new Uri($"/busy?n={i}", UriKind.Relative));
        }

        string message = FluentActions.Invoking(handler.VerifyAll).Should().Throw<FakeStatusVerificationException>().Which.Message;
        Approvals.Verify(message);

        message.Should().Contain("\n    GET https://api.test/busy?n=19 -> 503, Answered (ANY /busy call #20)\n        - Retry-After 'later'")
            .And.Contain(" (e.g. Wed, 25 Feb 2026 12:00:00 GMT)\n    " + RemedyText + "\n")
            .And.NotContain("more)");
    }

    [TestCase(1, 3, "\n  (2 older request(s) are no longer in the log; see FakeStatusOptions.MaxRecordedRequests)")]
    [TestCase(3, 3, "")]
    public async Task Failure_ListsTheKeptRequestsOnePerLine_AndCountsTheOlderOnes(int kept, int sent, string older)
    {
        using var handler = new FakeStatusHandler(new FakeStatusOptions { MaxRecordedRequests = kept, TimeProvider = TestClock.AtSeedTime() });
        FakeRoute route = handler.When("/x").Respond(200);
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));
        for (int i = 0; i < sent; i++)
        {
            using HttpResponseMessage response = await client.GetAsync(new Uri($"/x?n={i}", UriKind.Relative));
        }

        string message = FluentActions.Invoking(() => handler.VerifyCalled(route, 0)).Should().Throw<FakeStatusVerificationException>().Which.Message;
        Approvals.Verify(message, $"Failure_Keeping{kept}Of{sent}Requests");

        message.Should().EndWith($"\n  GET https://api.test/x?n=2 -> 200, Answered (ANY /x call #3){older}");
        message.Contains("older request(s)", StringComparison.Ordinal).Should().Be(older.Length > 0);
    }

    [Test]
    public async Task Failure_OneRandomAnswerAmongFixedOnes_GivesTheSeed()
    {
        using var handler = new FakeStatusHandler(new FakeStatusOptions { RandomSeed = 99, TimeProvider = TestClock.AtSeedTime() });
        FakeRoute fixedRoute = handler.When("/fixed").Respond(200);
        handler.When("/random").RespondRandomly(5, r => r.Respond(1, 200).Respond(1, 201));
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));
        using (await client.GetAsync(new Uri("/fixed", UriKind.Relative)))
        using (await client.GetAsync(new Uri("/random", UriKind.Relative)))
        {
        }

        string message = FluentActions.Invoking(() => handler.VerifyCalled(fixedRoute, 2)).Should().Throw<FakeStatusVerificationException>().Which.Message;
        Approvals.Verify(message);
        message.Should().EndWith("\nRandom seed: 99 (set FakeStatusOptions.RandomSeed to replay).");
    }
}
