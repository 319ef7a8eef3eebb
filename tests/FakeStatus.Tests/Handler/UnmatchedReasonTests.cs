namespace FakeStatus.Tests.Handler;

/// <summary>Why a request went unmatched, in the exception, the log and the verification that reports it.</summary>
public sealed class UnmatchedReasonTests
{
    [TestCase(false, true, "its path fits no URL convention and no route is registered")]
    [TestCase(false, false, "no route is registered and the URL conventions are switched off")]
    [TestCase(true, true, "no route matches it and its path fits no URL convention")]
    [TestCase(true, false, "no route matches it and the URL conventions are switched off")]
    public async Task Unmatched_SaysWhetherRoutesExistAndWhetherConventionsAreOn(bool withRoute, bool conventions, string why)
    {
        using var handler = new FakeStatusHandler(new FakeStatusOptions { UseUrlConventions = conventions, TimeProvider = TestClock.AtSeedTime() });
        if (withRoute)
        {
            handler.When("/orders").Respond(200);
        }

        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));

        Func<Task> act = () => client.GetAsync("/customers");

        (await act.Should().ThrowAsync<UnmatchedRequestException>()).Which.Message.Should()
            .StartWith($"FakeStatusHandler cannot answer GET https://api.test/customers: {why}.\nRequest:");
        handler.Requests.Single().Detail.Should().Be("unmatched: " + why);
    }

    [Test]
    public async Task RelativeUri_SaysToGiveTheClientABaseAddress()
    {
        using var handler = new FakeStatusHandler(TestClock.AtSeedTime());
        using var invoker = new HttpMessageInvoker(handler, disposeHandler: false);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/orders", UriKind.Relative));

        Func<Task> act = () => invoker.SendAsync(request, CancellationToken.None);

        string message = (await act.Should().ThrowAsync<UnmatchedRequestException>()).Which.Message;
        Approvals.Verify(message);
    }

    [Test]
    public async Task UnmatchedPolicyResponse_IsLoggedAsUnmatchedWithThePolicy()
    {
        using var handler = new FakeStatusHandler(new FakeStatusOptions { Unmatched = UnmatchedPolicy.Respond(404), UseUrlConventions = false, TimeProvider = TestClock.AtSeedTime() });
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));

        using HttpResponseMessage response = await client.GetAsync("/customers");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        RecordedRequest recorded = handler.Requests.Single();
        recorded.Outcome.Should().Be(RequestOutcome.Unmatched);
        recorded.StatusCode.Should().Be(404);
        recorded.Detail.Should().Be("unmatched: respond http 404");
    }

    [Test]
    public async Task VerifyNoUnmatchedRequests_ExplainsTheFirstThreeAgainstTheRoutes()
    {
        using var handler = new FakeStatusHandler(new FakeStatusOptions { Unmatched = UnmatchedPolicy.Respond(404), UseUrlConventions = false, TimeProvider = TestClock.AtSeedTime() });
        handler.When("/orders").Respond(200);
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));
        foreach (string path in new[] { "/orderz", "/ordes", "/order", "/other" })
        {
            using HttpResponseMessage response = await client.GetAsync(path);
        }

        string message = FluentActions.Invoking(handler.VerifyNoUnmatchedRequests)
            .Should().Throw<FakeStatusVerificationException>().Which.Message;
        Approvals.Verify(message);
    }

    [Test]
    public async Task VerifyNoUnmatchedRequests_WithoutRoutes_ListsButDoesNotExplain()
    {
        using var handler = new FakeStatusHandler(new FakeStatusOptions { Unmatched = UnmatchedPolicy.Respond(404), UseUrlConventions = false, TimeProvider = TestClock.AtSeedTime() });
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));
        using HttpResponseMessage response = await client.GetAsync("/x");

        string message = FluentActions.Invoking(handler.VerifyNoUnmatchedRequests)
            .Should().Throw<FakeStatusVerificationException>().Which.Message;
        Approvals.Verify(message);
    }

    [TestCase(1, 3)]
    [TestCase(3, 3)]
    public async Task VerifyNoUnmatchedRequests_CountsTheUnmatchedTheLogNoLongerKeeps(int kept, int sent)
    {
        using var handler = new FakeStatusHandler(new FakeStatusOptions
        {
            Unmatched = UnmatchedPolicy.Respond(404), UseUrlConventions = false, MaxRecordedRequests = kept, TimeProvider = TestClock.AtSeedTime(),
        });
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));
        for (int i = 0; i < sent; i++)
        {
            using HttpResponseMessage response = await client.GetAsync($"/x{i}");
        }

        string message = FluentActions.Invoking(handler.VerifyNoUnmatchedRequests)
            .Should().Throw<FakeStatusVerificationException>().Which.Message;
        Approvals.Verify(message, $"VerifyNoUnmatchedRequests_Keeping{kept}Of{sent}");
    }
}
