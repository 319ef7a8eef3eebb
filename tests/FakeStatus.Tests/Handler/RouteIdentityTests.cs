namespace FakeStatus.Tests.Handler;

/// <summary>Routes are verified by the object registration returns; names are optional and unique; nothing is dropped silently.</summary>
public sealed class RouteIdentityTests
{
    [Test]
    public void Named_TwoRoutesWithOneName_SecondIsRejectedNamingBoth()
    {
        using var handler = new FakeStatusHandler();
        handler.When("/a").Named("orders").Respond(200);

        FluentActions.Invoking(() => handler.When(HttpMethod.Post, "/b").Named("orders").Respond(201))
            .Should().Throw<ArgumentException>()
            .WithMessage("Two routes are named 'orders': 'orders' (route #1, 200 OK) and 'orders' (route #2, 201 Created)*unique*");
        handler.Routes.Should().ContainSingle();
    }

    [Test]
    public async Task When_WithoutAResponse_FailsARequestItWouldMatch_AndVerification_NamingTheRoute()
    {
        using var handler = new FakeStatusHandler();
        handler.When(HttpMethod.Post, "/orders").ForHeader("Idempotency-Key");
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));

        Func<Task> send = () => client.PostAsync("/orders", null);

        string sent = (await send.Should().ThrowAsync<InvalidOperationException>()).Which.Message;
        Approvals.Verify(sent, "When_WithoutAResponse_Send");
        handler.Requests.Single().Outcome.Should().Be(RequestOutcome.Failed);
        string verified = FluentActions.Invoking(handler.VerifyAll).Should().Throw<FakeStatusVerificationException>().Which.Message;
        Approvals.Verify(verified, "When_WithoutAResponse_VerifyAll");
        FluentActions.Invoking(handler.VerifyAllRoutesUsed).Should().Throw<FakeStatusVerificationException>().WithMessage("*never given a response*");
    }

    [Test]
    public async Task When_FinishedLater_RequestsAreAnsweredAgain()
    {
        using var handler = new FakeStatusHandler();
        RouteBuilder pending = handler.When("/late");
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));
        Func<Task> early = () => client.GetAsync("/late");
        await early.Should().ThrowAsync<InvalidOperationException>();

        FakeRoute route = pending.Respond(204);
        using HttpResponseMessage response = await client.GetAsync("/late");

        response.StatusCode.Should().Be(HttpStatusCode.NoContent);
        handler.VerifyCalled(route, 1);
    }

    [Test]
    public void VerifyCalled_RouteOfAnotherHandler_ThrowsNamingIt()
    {
        using var first = new FakeStatusHandler();
        using var second = new FakeStatusHandler();
        FakeRoute route = first.When("/x").Respond(200);

        FluentActions.Invoking(() => second.VerifyCalled(route, 0))
            .Should().Throw<ArgumentException>().WithParameterName("route").WithMessage("Route 'ANY /x' was registered on another handler*");
    }

    [Test]
    public async Task VerifyCalled_TwoRoutesWithTheSameTemplate_AreToldApart()
    {
        using var handler = new FakeStatusHandler();
        FakeRoute anyPage = handler.When("/search").Respond(200);
        FakeRoute pageTwo = handler.When("/search").ForQuery("page", "2").Respond(206);
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));

        (await client.GetAsync("/search?page=2")).Dispose();

        handler.VerifyCalled(pageTwo, 1);
        handler.VerifyNotCalled(anyPage);
        pageTwo.Name.Should().Be("ANY /search?page=2");
    }

    [Test]
    public async Task VerifyAll_ListsEveryProblemInOneMessage()
    {
        using var handler = new FakeStatusHandler();
        handler.When("/never").Respond(200);
        handler.When("/retry").RespondInSequence(s => s.Respond(503).Respond(503).Respond(200));
        handler.When("/optional").Optional().Respond(200);
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));
        (await client.GetAsync("/retry")).Dispose();
        Func<Task> unmatched = () => client.GetAsync("/missing");
        await unmatched.Should().ThrowAsync<UnmatchedRequestException>();

        string message = FluentActions.Invoking(handler.VerifyAll).Should().Throw<FakeStatusVerificationException>().Which.Message;
        Approvals.Verify(message);
    }

    [Test]
    public async Task VerifyAll_EverythingUsed_Passes()
    {
        using var handler = new FakeStatusHandler();
        handler.When("/retry").RespondInSequence(s => s.Respond(503).Respond(200));
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));
        (await client.GetAsync("/retry")).Dispose();
        (await client.GetAsync("/retry")).Dispose();

        FluentActions.Invoking(handler.VerifyAll).Should().NotThrow();
    }
}
