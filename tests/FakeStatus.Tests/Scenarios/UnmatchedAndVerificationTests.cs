namespace FakeStatus.Tests.Scenarios;

public sealed class UnmatchedAndVerificationTests
{
    [Test]
    public async Task Unmatched_MessageListsRequestHeadersAndNearestRoutes()
    {
        using var handler = new FakeStatusHandler();
        handler.When(HttpMethod.Post, "/login").Respond("smtp", 530);
        handler.When(HttpMethod.Get, "/orders/{id}").Respond(200);
        handler.When("/health").Respond(204);
        handler.When("/metrics").Respond(200);
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/logni");
        request.Headers.TryAddWithoutValidation("Accept", "application/json");
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer secret");

        Func<Task> act = async () =>
        {
            using HttpResponseMessage response = await client.SendAsync(request);
        };

        string message = (await act.Should().ThrowAsync<UnmatchedRequestException>()).Which.Message;
        Approvals.Verify(message);
        message.Should().NotContain("secret");
        handler.Requests.Single().IsUnmatched.Should().BeTrue();
    }

    [Test]
    public async Task UnmatchedPolicyRespond_AnswersTheFixedStatus()
    {
        using var handler = new FakeStatusHandler(new FakeStatusOptions { Unmatched = UnmatchedPolicy.Respond("ftp", 530), UseUrlConventions = false });
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));

        using HttpResponseMessage response = await client.GetAsync("/503");

        response.ReasonPhrase.Should().Be("Not logged in");
    }

    [Test]
    public async Task UnmatchedPolicyPassThrough_SendsToTheInnerHandler()
    {
        using var inner = new RecordingInnerHandler();
        using var handler = new FakeStatusHandler(new FakeStatusOptions { Unmatched = UnmatchedPolicy.PassThrough(inner) });
        handler.When("/faked").Respond(503);
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));

        using HttpResponseMessage faked = await client.GetAsync("/faked");
        using HttpResponseMessage real = await client.GetAsync("/users/1");

        faked.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        real.StatusCode.Should().Be(HttpStatusCode.Accepted);
        inner.Paths.Should().Equal("/users/1");
        handler.Requests[^1].Outcome.Should().Be(RequestOutcome.PassedThrough);
    }

    [Test]
    public void UnmatchedPolicy_UnknownProtocol_FailsWhenTheHandlerIsBuilt()
    {
        FluentActions.Invoking(() => new FakeStatusHandler(new FakeStatusOptions { Unmatched = UnmatchedPolicy.Respond("gopher", 200) }))
            .Should().Throw<ArgumentException>().WithMessage("*gopher*");
    }

    [Test]
    public async Task VerifyCalled_PassesOnTheRightCount_AndFailsReadablyOtherwise()
    {
        using var handler = new FakeStatusHandler();
        FakeRoute login = handler.When(HttpMethod.Post, "/login").Respond("smtp", 530);
        FakeRoute logout = handler.When("/logout").Named("logout").Respond(204);
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));
        await client.PostAsync("/login", null);
        await client.PostAsync("/login", null);

        handler.VerifyCalled(login, 2);
        handler.VerifyNotCalled(logout);
        string message = FluentActions.Invoking(() => handler.VerifyCalled(login, 3))
            .Should().Throw<FakeStatusVerificationException>().Which.Message;
        Approvals.Verify(message);
    }

    [Test]
    public async Task VerifyNoUnmatchedRequests_IgnoresARouteNamedUnmatched()
    {
        using var handler = new FakeStatusHandler();
        handler.When("/x").Named("unmatched").Respond(200);
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));
        await client.GetAsync("/x");

        handler.Requests.Single().IsUnmatched.Should().BeFalse();
        handler.VerifyNoUnmatchedRequests();
    }

    [Test]
    public async Task VerifyAllRoutesUsed_NamesUnusedRoutes_SkipsOptionalOnes()
    {
        using var handler = new FakeStatusHandler();
        handler.When("/used").Respond(200);
        handler.When("/unused").Respond(500);
        handler.When("/maybe").Optional().Respond(503);
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));
        await client.GetAsync("/used");

        string message = FluentActions.Invoking(handler.VerifyAllRoutesUsed).Should().Throw<FakeStatusVerificationException>().Which.Message;
        Approvals.Verify(message);
        await client.GetAsync("/unused");
        handler.VerifyAllRoutesUsed();
    }

    [Test]
    public async Task VerifyNoUnmatchedRequests_ListsThem()
    {
        using var handler = new FakeStatusHandler();
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));
        handler.VerifyNoUnmatchedRequests();

        try
        {
            await client.GetAsync("/nowhere");
        }
        catch (UnmatchedRequestException)
        {
            // The code under test might swallow it: that is exactly what the verification catches.
        }

        string message = FluentActions.Invoking(handler.VerifyNoUnmatchedRequests).Should().Throw<FakeStatusVerificationException>().Which.Message;
        Approvals.Verify(message);
    }

    private sealed class RecordingInnerHandler : HttpMessageHandler
    {
        public List<string> Paths { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            lock (Paths)
            {
                Paths.Add(request.RequestUri!.AbsolutePath);
            }

            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.Accepted) { RequestMessage = request });
        }
    }
}
