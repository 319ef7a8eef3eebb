using System.Text;

namespace FakeStatus.Tests.Scenarios;

public sealed class RouteMatchingTests
{
    private static async Task<int> StatusOf(FakeStatusHandler handler, HttpMethod method, string url, Action<HttpRequestMessage>? setup = null)
    {
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));
        using var request = new HttpRequestMessage(method, url);
        setup?.Invoke(request);
        using HttpResponseMessage response = await client.SendAsync(request);
        return (int)response.StatusCode;
    }

    [Test]
    public async Task LiteralRoute_AnswersItsStatus_OtherPathsFallToConventions()
    {
        using var handler = new FakeStatusHandler();
        handler.When("/login").Respond("smtp", 530);

        (await StatusOf(handler, HttpMethod.Post, "/login")).Should().Be(530);
        (await StatusOf(handler, HttpMethod.Get, "/login/")).Should().Be(530, "a trailing slash is the same path");
        (await StatusOf(handler, HttpMethod.Get, "/503")).Should().Be(503);
    }

    [Test]
    public async Task MethodRoute_MatchesOnlyThatMethod()
    {
        using var handler = new FakeStatusHandler(new FakeStatusOptions { Unmatched = UnmatchedPolicy.Respond(404) });
        handler.When(HttpMethod.Post, "/orders").Respond(201);
        handler.When(HttpMethod.Get, "/orders").Respond(200);

        (await StatusOf(handler, HttpMethod.Post, "/orders")).Should().Be(201);
        (await StatusOf(handler, HttpMethod.Get, "/orders")).Should().Be(200);
        (await StatusOf(handler, HttpMethod.Delete, "/orders")).Should().Be(404);
    }

    [TestCase("/users/{id}", "/users/42", true)]
    [TestCase("/users/{id}", "/users/42/orders", false)]
    [TestCase("/users/{id}/orders", "/users/7/orders", true)]
    [TestCase("/files/*", "/files/a", true)]
    [TestCase("/files/*", "/files/a/b/c", true)]
    [TestCase("/files/*", "/other/a", false)]
    [TestCase("/a/*/c", "/a/b/c", true)]
    [TestCase("/a/*/c", "/a/b/x/c", false)]
    [TestCase("*", "/anything/at/all", true)]
    [TestCase("/caf%C3%A9", "/café", true)]
    public async Task TemplateRoute_MatchesBySegments(string template, string path, bool matches)
    {
        using var handler = new FakeStatusHandler(new FakeStatusOptions { UseUrlConventions = false, Unmatched = UnmatchedPolicy.Respond(404) });
        handler.When(template).Respond(299);

        (await StatusOf(handler, HttpMethod.Get, path)).Should().Be(matches ? 299 : 404);
    }

    [Test]
    public async Task AbsoluteTemplate_MatchesHostSchemeAndPort()
    {
        using var handler = new FakeStatusHandler(new FakeStatusOptions { Unmatched = UnmatchedPolicy.Respond(404) });
        handler.When("https://api.test/login").Respond(401);
        handler.When("http://other.test:8080/login").Respond(403);

        (await StatusOf(handler, HttpMethod.Get, "https://API.test/login")).Should().Be(401);
        (await StatusOf(handler, HttpMethod.Get, "https://elsewhere.test/login")).Should().Be(404);
        (await StatusOf(handler, HttpMethod.Get, "http://other.test:8080/login")).Should().Be(403);
        (await StatusOf(handler, HttpMethod.Get, "http://other.test:9090/login")).Should().Be(404);
    }

    [Test]
    public async Task QueryAndHeaderConstraints_SelectTheRoute()
    {
        using var handler = new FakeStatusHandler(new FakeStatusOptions { Unmatched = UnmatchedPolicy.Respond(404) });
        handler.When("/search?q=cats").Respond(200);
        handler.When("/search").ForQuery("page", "2").Respond(206);
        handler.When("/secure").Respond(401);
        handler.When("/secure").ForHeader("Authorization").Respond(403);
        handler.When("/secure").ForHeader("Authorization", "Bearer good").Respond(200);

        (await StatusOf(handler, HttpMethod.Get, "/search?q=cats&x=1")).Should().Be(200);
        (await StatusOf(handler, HttpMethod.Get, "/search?page=2")).Should().Be(206);
        (await StatusOf(handler, HttpMethod.Get, "/search?q=dogs")).Should().Be(404);
        (await StatusOf(handler, HttpMethod.Get, "/secure", r => r.Headers.TryAddWithoutValidation("Authorization", "Bearer good"))).Should().Be(200);
        (await StatusOf(handler, HttpMethod.Get, "/secure", r => r.Headers.TryAddWithoutValidation("Authorization", "Bearer bad"))).Should().Be(403);
        (await StatusOf(handler, HttpMethod.Get, "/secure")).Should().Be(401);
    }

    [Test]
    public async Task BodyPredicate_SeesTheBody_AndTheBodyIsStillRecordedAndReadable()
    {
        using var handler = new FakeStatusHandler();
        handler.When(HttpMethod.Post, "/mail").ForRequest(r => r.Content!.ReadAsStringAsync().Result.Length > 0).Respond("smtp", 250);
        handler.When(HttpMethod.Post, "/mail").ForBody(b => b.Contains("\"to\":\"blocked@x\"", StringComparison.Ordinal)).Respond("smtp", 550);

        int blocked = await StatusOf(handler, HttpMethod.Post, "/mail", r => r.Content = new StringContent("{\"to\":\"blocked@x\"}", Encoding.UTF8, "application/json"));
        int sent = await StatusOf(handler, HttpMethod.Post, "/mail", r => r.Content = new StringContent("{\"to\":\"ok@x\"}", Encoding.UTF8, "application/json"));

        blocked.Should().Be(550);
        sent.Should().Be(250);
        handler.Requests.Select(r => r.BodyText).Should().Equal("{\"to\":\"blocked@x\"}", "{\"to\":\"ok@x\"}");
    }

    [Test]
    public async Task MostSpecificMatchingRoute_Wins_AndRoutesBeatConventions()
    {
        using var handler = new FakeStatusHandler();
        handler.When("/503").Respond(200);
        handler.When("/items/special").Respond(201);
        handler.When("/items/*").Respond(500);

        (await StatusOf(handler, HttpMethod.Get, "/503")).Should().Be(200);
        (await StatusOf(handler, HttpMethod.Get, "/items/special")).Should().Be(201, "a literal segment beats '*', whatever the order of registration");
        (await StatusOf(handler, HttpMethod.Get, "/items/other")).Should().Be(500);
    }

    [Test]
    public async Task LaterRegistration_OverridesASetupDefault_AndTheDefaultAnswersAgainElsewhere()
    {
        using var handler = new FakeStatusHandler();
        FakeRoute setupDefault = handler.When("/orders/{id}").Respond(200);
        FakeRoute testOverride = handler.When("/orders/7").Respond(503);

        (await StatusOf(handler, HttpMethod.Get, "/orders/7")).Should().Be(503);
        (await StatusOf(handler, HttpMethod.Get, "/orders/8")).Should().Be(200);
        handler.VerifyCalled(testOverride, 1);
        handler.VerifyCalled(setupDefault, 1);
    }

    [TestCase("", "must not be empty")]
    [TestCase("login", "must start with '/'")]
    [TestCase("/a/{b", "'{b'")]
    [TestCase("/a/b*", "'b*'")]
    [TestCase("/a\r\n", "CR, LF")]
    [TestCase("https:///x", "no host")]
    [TestCase("https://h:99999/x", "invalid port")]
    public void When_MalformedTemplate_ThrowsAtRegistration(string template, string expected)
    {
        using var handler = new FakeStatusHandler();

        FluentActions.Invoking(() => handler.When(template)).Should().Throw<ArgumentException>()
            .WithParameterName("template").Which.Message.Should().Contain(expected);
    }

    [Test]
    public void Respond_UnknownProtocolOrBadCode_ThrowsAtRegistration()
    {
        using var handler = new FakeStatusHandler();

        FluentActions.Invoking(() => handler.When("/x").Respond("gopher", 200)).Should().Throw<ArgumentException>().WithMessage("*gopher*ftp, grpc, http, smtp*");
        FluentActions.Invoking(() => handler.When("/x").Respond(1000)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("code");
        handler.Routes.Should().BeEmpty();
    }

    [Test]
    public async Task TenThousandLiteralRoutes_EachAnswersItsOwn()
    {
        using var handler = new FakeStatusHandler();
        for (int i = 0; i < 10_000; i++)
        {
            handler.When($"/r/{i}").Respond(200 + (i % 300));
        }

        (await StatusOf(handler, HttpMethod.Get, "/r/0")).Should().Be(200);
        (await StatusOf(handler, HttpMethod.Get, "/r/9999")).Should().Be(200 + (9999 % 300));
        handler.Routes.Should().HaveCount(10_000);
    }

    [Test]
    public async Task RouteRegisteredAfterRequests_IsUsedByLaterRequests()
    {
        using var handler = new FakeStatusHandler(new FakeStatusOptions { Unmatched = UnmatchedPolicy.Respond(404) });
        (await StatusOf(handler, HttpMethod.Get, "/late")).Should().Be(404);

        handler.When("/late").Respond(204);

        (await StatusOf(handler, HttpMethod.Get, "/late")).Should().Be(204);
    }
}
