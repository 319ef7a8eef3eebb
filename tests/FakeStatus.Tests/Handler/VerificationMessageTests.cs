namespace FakeStatus.Tests.Handler;

/// <summary>
/// The exact layout of a failed verification: each problem numbered on its own line, each request on its own line, the
/// requests the log no longer keeps counted, and the random seed whenever any listed answer was drawn.
/// </summary>
public sealed class VerificationMessageTests
{
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
    }

    [TestCase(1, 3)]
    [TestCase(3, 3)]
    public async Task Failure_ListsTheKeptRequestsOnePerLine_AndCountsTheOlderOnes(int kept, int sent)
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
    }
}
