using System.Globalization;

namespace FakeStatus.Tests.Realism;

/// <summary>Every realism rule that a route can break, in each mode: Off sends it silently, Warn records it, Throw rejects it.</summary>
public sealed class RealismModeTests
{
    public static IEnumerable<TestCaseData> BrokenResponses()
    {
        yield return Case("body on 1xx", r => r.Respond(103, b => b.WithTextBody("early")), "103 with a body");
        yield return Case("body on 204", r => r.Respond(204, b => b.WithTextBody("none")), "204 with a body");
        yield return Case("body on 304", r => r.Respond(304, b => b.WithJsonBody(new { cached = true })), "304 with a body");
        yield return Case("401", r => r.Respond(401, b => b.WithoutHeader("WWW-Authenticate")), "401 without WWW-Authenticate");
        yield return Case("407", r => r.Respond(407, b => b.WithoutHeader("Proxy-Authenticate")), "407 without Proxy-Authenticate");
        yield return Case("405", r => r.Respond(405, b => b.WithoutHeader("Allow")), "405 without Allow");
        foreach (int code in new[] { 301, 302, 303, 307, 308 })
        {
            yield return Case(code.ToString(CultureInfo.InvariantCulture), r => r.Respond(code, b => b.WithoutHeader("Location")), $"{code} without Location");
        }

        yield return Case("416", r => r.Respond(416, b => b.WithoutHeader("Content-Range")), "416 without Content-Range");
        yield return Case("Retry-After", r => r.Respond(503, b => b.WithHeader("Retry-After", "soon")), "Retry-After 'soon' is neither delay-seconds*nor an HTTP-date");
        yield return Case("Retry-After date", r => r.Respond(429, b => b.WithHeader("Retry-After", "2026-02-25T12:00:00Z")), "Retry-After '2026-02-25T12:00:00Z' is neither*");
        yield return Case("Content-Length", r => r.Respond(200, b => b.WithTextBody("hello").WithHeader("Content-Length", "99")), "Content-Length 99 but the body has 5 byte(s)");
        yield return new TestCaseData(
            (Func<RouteBuilder, FakeRoute>)(r => r.Respond(200, b => b.WithReasonPhrase("Fine Thanks"))),
            "reason phrase 'Fine Thanks' on HTTP/2*",
            HttpVersion.Version20,
            false).SetArgDisplayNames("reason phrase on HTTP/2");
    }

    [TestCaseSource(nameof(BrokenResponses))]
    public async Task Warn_SendsTheResponse_RecordsTheProblem_AndFailsVerifyAll(Func<RouteBuilder, FakeRoute> register, string problem, Version version, bool atRegistration)
    {
        _ = atRegistration;
        using var handler = new FakeStatusHandler();
        register(handler.When("/x"));

        using HttpResponseMessage response = await Send(handler, version);

        response.Should().NotBeNull();
        handler.Requests.Single().RealismProblems.Should().ContainSingle().Which.Should().Match(problem + "*");
        FluentActions.Invoking(handler.VerifyAll).Should().Throw<FakeStatusVerificationException>()
            .WithMessage("Expected responses a real server sends, but 1 were not:*" + problem + "*RealismCheck.Off*");
    }

    [TestCaseSource(nameof(BrokenResponses))]
    public async Task Off_SendsTheResponse_WithoutProblems(Func<RouteBuilder, FakeRoute> register, string problem, Version version, bool atRegistration)
    {
        _ = (problem, atRegistration);
        using var handler = new FakeStatusHandler(new FakeStatusOptions { Realism = RealismCheck.Off });
        register(handler.When("/x"));

        using HttpResponseMessage response = await Send(handler, version);

        handler.Requests.Single().RealismProblems.Should().BeEmpty();
        handler.VerifyAll();
    }

    [TestCaseSource(nameof(BrokenResponses))]
    public async Task Throw_RejectsAtRegistrationWhenKnown_ElseFailsTheRequestOnce(Func<RouteBuilder, FakeRoute> register, string problem, Version version, bool atRegistration)
    {
        using var handler = new FakeStatusHandler(new FakeStatusOptions { Realism = RealismCheck.Throw });

        if (atRegistration)
        {
            FluentActions.Invoking(() => register(handler.When("/x"))).Should().Throw<InvalidOperationException>()
                .WithMessage("Route 'ANY /x' answers a response no real server sends:*" + problem + "*");
            return;
        }

        register(handler.When("/x"));
        (await FluentActions.Awaiting(() => Send(handler, version)).Should().ThrowAsync<InvalidOperationException>())
            .WithMessage("Route 'ANY /x' answered a response no real server sends:*" + problem + "*");
        RecordedRequest recorded = handler.Requests.Should().ContainSingle().Subject;
        recorded.Outcome.Should().Be(RequestOutcome.Failed);
        recorded.RealismProblems.Should().ContainSingle().Which.Should().Match(problem + "*");
    }

    [Test]
    public async Task Throw_ResponseBuiltFromTheRequest_IsCheckedWhenSent()
    {
        using var handler = new FakeStatusHandler(new FakeStatusOptions { Realism = RealismCheck.Throw });
        handler.When("/login/{user}").Respond(request => request.RouteValues["user"] == "eve" ? 401 : 200, (r, _) => r.WithoutHeader("WWW-Authenticate"));
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));

        (await client.GetAsync("/login/ann")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await FluentActions.Awaiting(() => client.GetAsync("/login/eve")).Should().ThrowAsync<InvalidOperationException>())
            .WithMessage("Route 'ANY /login/{user}' answered a response no real server sends:*401 without WWW-Authenticate*");
    }

    [Test]
    public async Task VerifyAll_ListsThreeDifferentProblemsInOneMessage()
    {
        using var handler = new FakeStatusHandler(TestClock.AtSeedTime());
        handler.When("/login").Respond(401, r => r.WithoutHeader("WWW-Authenticate"));
        handler.When("/empty").Respond(204, r => r.WithTextBody("surprise"));
        handler.When("/busy").Respond(503, r => r.WithHeader("Retry-After", "later"));
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));
        foreach (string path in new[] { "/login", "/empty", "/busy" })
        {
            (await client.GetAsync(path)).Dispose();
        }

        string message = FluentActions.Invoking(handler.VerifyAll).Should().Throw<FakeStatusVerificationException>().Which.Message;
        Approvals.Verify(message);
    }

    [Test]
    public void Options_UndefinedRealism_ThrowsNamingTheValidValues() =>
        FluentActions.Invoking(() => new FakeStatusOptions { Realism = (RealismCheck)7 })
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("Realism").WithMessage("*Off, Warn or Throw*");

    [Test]
    public void Options_Realism_DefaultsToWarn() => new FakeStatusOptions().Realism.Should().Be(RealismCheck.Warn);

    private static TestCaseData Case(string name, Func<RouteBuilder, FakeRoute> register, string problem) =>
        new TestCaseData(register, problem, HttpVersion.Version11, true).SetArgDisplayNames(name);

    private static async Task<HttpResponseMessage> Send(FakeStatusHandler handler, Version version)
    {
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/x") { Version = version };
        return await client.SendAsync(request);
    }
}
