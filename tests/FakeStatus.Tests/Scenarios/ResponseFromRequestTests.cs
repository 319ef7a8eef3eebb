using System.Globalization;

namespace FakeStatus.Tests.Scenarios;

public sealed class ResponseFromRequestTests
{
    [Test]
    public async Task Respond_EchoesAHeaderAndPutsTheTemplateValueInTheBody()
    {
        using var handler = new FakeStatusHandler();
        handler.When(HttpMethod.Get, "/orders/{id}").Respond(
            _ => 200,
            (response, request) => response
                .WithHeader("X-Correlation-Id", request.GetHeader("X-Correlation-Id") ?? "none")
                .WithJsonBody(new { id = request.RouteValues["id"] }));
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));
        using var message = new HttpRequestMessage(HttpMethod.Get, "/orders/42");
        message.Headers.Add("X-Correlation-Id", "abc-123");

        using HttpResponseMessage answer = await client.SendAsync(message);

        answer.Headers.GetValues("X-Correlation-Id").Should().Equal("abc-123");
        (await answer.Content.ReadAsStringAsync()).Should().Be("{\"id\":\"42\"}");
        handler.Requests.Single().RouteValues.Should().Equal(new Dictionary<string, string> { ["id"] = "42" });
    }

    [TestCase("7", HttpStatusCode.NotFound)]
    [TestCase("8", HttpStatusCode.OK)]
    public async Task Respond_StatusChosenFromTheId_AnswersNotFoundForOneIdOnly(string id, HttpStatusCode expected)
    {
        using var handler = new FakeStatusHandler();
        handler.When("/orders/{id}").Respond(request => request.RouteValues["id"] == "7" ? 404 : 200);
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));

        using HttpResponseMessage answer = await client.GetAsync($"/orders/{id}");

        answer.StatusCode.Should().Be(expected);
    }

    [Test]
    public async Task Respond_ConfigureSeesTheChosenStatus()
    {
        using var handler = new FakeStatusHandler();
        handler.When("/orders/{id}").Respond(
            request => request.RouteValues["id"] == "7" ? 404 : 200,
            (response, request) =>
            {
                if (response.StatusCode == 200)
                {
                    response.WithTextBody("order " + request.RouteValues["id"]);
                }
            });
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));

        using HttpResponseMessage found = await client.GetAsync("/orders/8");
        using HttpResponseMessage missing = await client.GetAsync("/orders/7");

        (await found.Content.ReadAsStringAsync()).Should().Be("order 8");
        (await missing.Content.ReadAsStringAsync()).Should().Contain("Not Found");
    }

    [Test]
    public async Task Respond_ReadsQueryAndJsonBody()
    {
        using var handler = new FakeStatusHandler();
        FakeRequest? seen = null;
        handler.When(HttpMethod.Post, "/orders").Respond(request =>
        {
            seen = request;
            return request.ReadJson<OrderRequest>()!.Quantity > 10 && request.GetQuery("strict") == "true" ? 422 : 201;
        });
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));

        using HttpResponseMessage rejected = await client.PostAsync("/orders?strict=true", new StringContent("{\"quantity\":11}"));
        using HttpResponseMessage accepted = await client.PostAsync("/orders", new StringContent("{\"quantity\":11}"));

        rejected.StatusCode.Should().Be((HttpStatusCode)422);
        accepted.StatusCode.Should().Be(HttpStatusCode.Created);
        seen!.BodyText.Should().Be("{\"quantity\":11}");
        seen.GetQuery("strict").Should().BeNull();
        seen.GetHeader("content-type").Should().StartWith("text/plain");
        seen.Method.Should().Be(HttpMethod.Post);
        seen.RouteValues.Should().BeEmpty();
    }

    [Test]
    public async Task Respond_CallbackThrows_FailsThroughTheTaskNamingTheRoute_AndRecordsOnce()
    {
        using var handler = new FakeStatusHandler();
        handler.When(HttpMethod.Get, "/orders/{id}").Respond(request => int.Parse(request.RouteValues["id"], CultureInfo.InvariantCulture));
        using var invoker = new HttpMessageInvoker(handler, disposeHandler: false);
        using var message = new HttpRequestMessage(HttpMethod.Get, "https://api.test/orders/abc");

        // SendAsync returns (a failed task) rather than throwing synchronously.
        Task<HttpResponseMessage> sending = invoker.SendAsync(message, CancellationToken.None);

        sending.IsFaulted.Should().BeTrue();
        (await FluentActions.Awaiting(() => sending).Should().ThrowAsync<InvalidOperationException>())
            .WithMessage("Route 'GET /orders/{id}' failed to build its response: FormatException: *")
            .WithInnerException<FormatException>();
        RecordedRequest recorded = handler.Requests.Should().ContainSingle().Subject;
        recorded.Outcome.Should().Be(RequestOutcome.Failed);
        recorded.RouteValues["id"].Should().Be("abc");
    }

    [Test]
    public async Task Respond_StatusOutOfRange_FailsNamingTheRouteAndTheCode()
    {
        using var handler = new FakeStatusHandler();
        handler.When("/x").Respond(_ => 1000);
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));

        (await FluentActions.Awaiting(() => client.GetAsync("/x")).Should().ThrowAsync<InvalidOperationException>())
            .WithMessage("Route 'ANY /x' failed to build its response*1000*")
            .WithInnerException<ArgumentOutOfRangeException>();
    }

    [Test]
    public void Respond_NullStatus_ThrowsAtRegistration()
    {
        using var handler = new FakeStatusHandler();

        FluentActions.Invoking(() => handler.When("/x").Respond((Func<FakeRequest, int>)null!))
            .Should().Throw<ArgumentNullException>().WithParameterName("status");
    }

    [Test]
    public async Task RouteValues_OnRecordedRequests_ForFixedResponsesToo()
    {
        using var handler = new FakeStatusHandler();
        handler.When("/users/{user}/orders/{id}").Respond(200);
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));

        (await client.GetAsync("/users/ann%20lee/orders/9")).Dispose();
        (await client.GetAsync("/404")).Dispose();

        handler.Requests[0].RouteValues.Should().Equal(new Dictionary<string, string> { ["user"] = "ann lee", ["id"] = "9" });
        handler.Requests[0].RouteValues["ID"].Should().Be("9", "names are case-insensitive");
        handler.Requests[1].RouteValues.Should().BeEmpty();
    }

    private sealed record OrderRequest(int Quantity);
}
