namespace FakeStatus.Tests.Diagnostics;

public sealed class VerificationNearMissTests
{
    [Test]
    public async Task VerifyCalled_TooFewCalls_ExplainsTheNearestRequests()
    {
        using var handler = new FakeStatusHandler(new FakeStatusOptions { Unmatched = UnmatchedPolicy.Respond(404) });
        FakeRoute route = handler.When(HttpMethod.Post, "/orders").ForPartialJsonBody(new { Amount = 12.5 }).Respond(201);
        using (HttpRequestMessage sent = UnmatchedNearMissTests.Post("/orders", "{\"amount\": 13}", "application/json"))
        {
            await Send(handler, sent);
        }

        string message = FluentActions.Invoking(() => handler.VerifyCalled(route, 1)).Should().Throw<FakeStatusVerificationException>().Which.Message;
        Approvals.Verify(message);
    }

    [Test]
    public async Task VerifyCalled_TooManyCalls_ListsRequestsWithoutNearMisses()
    {
        using var handler = new FakeStatusHandler();
        FakeRoute route = handler.When("/orders").Respond(200);
        using (HttpRequestMessage sent = new HttpRequestMessage(HttpMethod.Get, "https://api.test/orders"))
        {
            await Send(handler, sent);
        }

        string message = FluentActions.Invoking(() => handler.VerifyNotCalled(route)).Should().Throw<FakeStatusVerificationException>().Which.Message;
        Approvals.Verify(message);
    }

    [Test]
    public async Task VerifyNoUnmatchedRequests_ExplainsEachUnmatchedRequest()
    {
        using var handler = new FakeStatusHandler(new FakeStatusOptions { Unmatched = UnmatchedPolicy.Respond(404), UseUrlConventions = false });
        handler.When(HttpMethod.Get, "/orders/{id}").ForHeader("Authorization").Respond(200);
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://api.test/order/7");
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer hunter2");
        await Send(handler, request);

        string message = FluentActions.Invoking(handler.VerifyNoUnmatchedRequests).Should().Throw<FakeStatusVerificationException>().Which.Message;
        Approvals.Verify(message);

        message.Should().Contain(
            "\n  Why GET https://api.test/order/7 matched no route:\n" +
            "    GET https://api.test/order/7\n" +
            "    Authorization: (masked, 14 chars)\n" +
            "    body: (none)\n" +
            "    Nearest routes:\n" +
            "      'GET /orders/{id} [Authorization]' (route #1, 200 OK)\n" +
            "        [ok] method GET\n" +
            "        [x] path /orders/{id}: segment 1: expected 'orders', got 'order'\n" +
            "        [ok] header Authorization present\n" +
            "    Next step: register a route for GET /order/7, or fix the request: the nearest route, 'GET /orders/{id} [Authorization]', " +
            "expects path /orders/{id} (segment 1: expected 'orders', got 'order').")
            .And.NotContain("hunter2");
    }

    [Test]
    public async Task VerifyAll_UnusedRoute_ShowsTheNearestRequest()
    {
        using var handler = new FakeStatusHandler(new FakeStatusOptions { Unmatched = UnmatchedPolicy.Respond(404) });
        handler.When(HttpMethod.Post, "/login").ForFormField("user", "ada").Respond(200);
        using (HttpRequestMessage sent = UnmatchedNearMissTests.Post("/login", "user=bob", "application/x-www-form-urlencoded"))
        {
            await Send(handler, sent);
        }

        using (var elsewhere = new HttpRequestMessage(HttpMethod.Get, "https://api.test/elsewhere"))
        {
            await Send(handler, elsewhere);
        }

        string message = FluentActions.Invoking(handler.VerifyAll).Should().Throw<FakeStatusVerificationException>().Which.Message;
        Approvals.Verify(message);
    }

    private static async Task Send(FakeStatusHandler handler, HttpRequestMessage request)
    {
        using var invoker = new HttpMessageInvoker(handler, disposeHandler: false);
        using HttpResponseMessage response = await invoker.SendAsync(request, CancellationToken.None);
    }
}
