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
        message.Should().Contain(": it has no absolute URI (give the HttpClient a BaseAddress such as https://fake.test).");
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

        message.Should().StartWith("Expected no unmatched requests, but 4 went unmatched:\n    GET https://api.test/orderz -> 404, Unmatched (unmatched: respond http 404)");
        message.Should().Contain("\n  Why GET https://api.test/orderz matched no route:")
            .And.Contain("\n  Why GET https://api.test/ordes matched no route:")
            .And.Contain("\n  Why GET https://api.test/order matched no route:")
            .And.NotContain("Why GET https://api.test/other");
        message.Should().Contain(
            "\n  Why GET https://api.test/orderz matched no route:\n    GET https://api.test/orderz\n    body: (none)\n    Nearest routes:\n" +
            "      'ANY /orders' (route #1, 200 OK)\n        [x] path /orders: segment 1: expected 'orders', got 'orderz'\n" +
            "    Next step: register a route for GET /orderz, or fix the request: the nearest route, 'ANY /orders', expects path /orders " +
            "(segment 1: expected 'orders', got 'orderz').\n");
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

        message.Should().StartWith("Expected no unmatched requests, but 1 went unmatched:\n    GET https://api.test/x -> 404").And.NotContain("Why ");
    }

    [TestCase(1, 3, 2)]
    [TestCase(3, 3, 0)]
    public async Task VerifyNoUnmatchedRequests_CountsTheUnmatchedTheLogNoLongerKeeps(int kept, int sent, int older)
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

        message.Should().StartWith($"Expected no unmatched requests, but {sent} went unmatched:");
        message.Contains($"\n    ({older} older unmatched request(s) are no longer in the log; see FakeStatusOptions.MaxRecordedRequests)", StringComparison.Ordinal)
            .Should().Be(older > 0);
        message.Contains("older unmatched request(s)", StringComparison.Ordinal).Should().Be(older > 0);
    }
}
