using FakeStatus.Tests.Diagnostics;
using FakeStatus.Tests.Matching;

namespace FakeStatus.Tests.Matching;

/// <summary>Route templates at their edges: the root, empty and extra segments, route values, and which route wins.</summary>
public sealed class RouteTemplateEdgeTests
{
    [TestCase("https://api.test", TestName = "Send_NoPathToTheRootRoute_Matches")]
    [TestCase("https://api.test/", TestName = "Send_SlashToTheRootRoute_Matches")]
    public async Task Send_RootRequest_MatchesTheRootRoute(string address)
    {
        using var handler = UnmatchedNearMissTests.Handler();
        handler.When(HttpMethod.Get, "/").Respond(200);

        using var response = await Send(handler, address);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Test]
    public async Task When_TemplateOfSlashesOnly_IsTheRoot()
    {
        using var handler = UnmatchedNearMissTests.Handler();
        FakeRoute route = handler.When(HttpMethod.Get, "//").Respond(200);

        using var response = await Send(handler, "https://api.test/");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        route.CallCount.Should().Be(1);
    }

    [Test]
    public async Task Unmatched_RootRequestForAParameter_SaysTooFewSegments()
    {
        using var handler = UnmatchedNearMissTests.Handler();
        handler.When(HttpMethod.Get, "/{id}").Respond(200);

        string message = await UnmatchedNearMissTests.MessageOf(handler, new HttpRequestMessage(HttpMethod.Get, "https://api.test/"));

        message.Should().Contain("\n    [x] path /{id}: too few segments: expected 1, got 0\n");
    }

    [Test]
    public async Task Unmatched_EmptySegmentForAParameter_NamesTheParameter()
    {
        using var handler = UnmatchedNearMissTests.Handler();
        handler.When(HttpMethod.Get, "/users/{id}/orders").Respond(200);

        string message = await UnmatchedNearMissTests.MessageOf(handler, new HttpRequestMessage(HttpMethod.Get, "https://api.test/users//orders"));

        message.Should().Contain("\n    [x] path /users/{id}/orders: segment 2: expected a value for {id}, got an empty segment\n");
    }

    [TestCase("https://api.test/files", TestName = "Send_LastWildcardWithNoSegment_Matches")]
    [TestCase("https://api.test/files/a/b/c", TestName = "Send_LastWildcardWithManySegments_Matches")]
    public async Task Send_LastWildcard_TakesTheRestEvenNone(string address)
    {
        using var handler = UnmatchedNearMissTests.Handler();
        handler.When(HttpMethod.Get, "/files/*").Respond(200);

        using var response = await Send(handler, address);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [TestCase("/users/{id}/*", "https://api.test/users/7/a/b", "id=7", TestName = "RouteValues_ParameterBeforeALastWildcard_IgnoresTheRest")]
    [TestCase("/{tenant}/{id}", "https://api.test/acme/7", "id=7;tenant=acme", TestName = "RouteValues_TemplateOfParametersOnly_HasEveryValue")]
    [TestCase("/files/*", "https://api.test/files/a", "", TestName = "RouteValues_NoParameter_IsEmpty")]
    public async Task RouteValues_MatchedRequest_HoldsEachParameter(string template, string address, string expected)
    {
        using var handler = UnmatchedNearMissTests.Handler();
        handler.When(HttpMethod.Get, template).Respond(200);

        using var response = await Send(handler, address);

        string.Join(";", handler.Requests.Single().RouteValues.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value))
            .Should().Be(expected);
    }

    [TestCase(true, 200, TestName = "Send_TemplateRegisteredAfterTheLiteral_TheLiteralWins")]
    [TestCase(false, 200, TestName = "Send_LiteralRegisteredAfterTheTemplate_TheLiteralWins")]
    public async Task Send_LiteralAndTemplateBothMatch_TheLiteralWins(bool literalFirst, int expected)
    {
        using var handler = UnmatchedNearMissTests.Handler();
        if (literalFirst)
        {
            handler.When("/orders/7").Respond(200);
            handler.When("/orders/{id}").Respond(202);
        }
        else
        {
            handler.When("/orders/{id}").Respond(202);
            handler.When("/orders/7").Respond(200);
        }

        using var response = await Send(handler, "https://api.test/orders/7");

        ((int)response.StatusCode).Should().Be(expected);
    }

    [Test]
    public async Task Send_TwoJsonBodyRoutes_ReadsTheBodyForEither()
    {
        using var handler = UnmatchedNearMissTests.Handler();
        handler.When(HttpMethod.Post, "/pay").ForJsonBody("{\"a\":1}").Respond(201);
        handler.When(HttpMethod.Post, "/pay").ForJsonBody("{\"b\":1}").Respond(202);

        using var first = await Send(handler, UnmatchedNearMissTests.Post("/pay", "{\"a\":1}", "application/json"));
        using var second = await Send(handler, UnmatchedNearMissTests.Post("/pay", "{\"b\":1}", "application/json"));

        ((int)first.StatusCode).Should().Be(201);
        ((int)second.StatusCode).Should().Be(202);
    }

    [TestCase("https://api.test:8080/x", 200, TestName = "Send_TemplatePortMatches_Answers")]
    [TestCase("https://api.test/x", 404, TestName = "Send_DefaultPortForATemplatePort_IsUnmatched")]
    public async Task Send_TemplateWithAPort_MatchesOnlyThatPort(string address, int expected)
    {
        using var handler = JsonBodyMatchingTests.Handler();
        handler.When("https://api.test:8080/x").Respond(200);

        using var response = await Send(handler, address);

        ((int)response.StatusCode).Should().Be(expected);
    }

    [Test]
    public async Task Unmatched_OtherSchemeAndPort_SaysWhatWasReceived()
    {
        using var handler = UnmatchedNearMissTests.Handler();
        handler.When("http://api.test:8080/x").Respond(200);

        string message = await UnmatchedNearMissTests.MessageOf(handler, new HttpRequestMessage(HttpMethod.Get, "https://api.test/x"));

        message.Should().Contain("    [x] scheme http: got https\n    [ok] host api.test\n    [x] port 8080: got 443\n");
    }

    private static Task<HttpResponseMessage> Send(FakeStatusHandler handler, string address) =>
        Send(handler, new HttpRequestMessage(HttpMethod.Get, new Uri(address)));

    private static async Task<HttpResponseMessage> Send(FakeStatusHandler handler, HttpRequestMessage request)
    {
        using (request)
        {
            using var invoker = new HttpMessageInvoker(handler, disposeHandler: false);
            return await invoker.SendAsync(request, CancellationToken.None);
        }
    }
}
