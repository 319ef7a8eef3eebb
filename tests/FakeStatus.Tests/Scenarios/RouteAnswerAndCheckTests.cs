namespace FakeStatus.Tests.Scenarios;

/// <summary>
/// How a route describes its answer, which arguments registration refuses, and the realism check at registration: it judges
/// the response as the route's own method would get it, with the waits a style asks for as written.
/// </summary>
public sealed class RouteAnswerAndCheckTests
{
    private const string LateStyle =
        "{\"name\": \"late\", \"contentType\": \"text/plain\", \"body\": \"busy {{status}}\", \"fields\": {}, \"headers\": {\"Retry-After\": \"2030-01-01T00:00:00Z\"}}";

    [Test]
    public void Answer_SequenceThatThrowsWhenExhausted_SaysSo()
    {
        using var handler = new FakeStatusHandler();

        FakeRoute route = handler.When("/s").RespondInSequence(s => s.Respond(503).Respond(200).ThrowWhenExhausted());

        route.Answer.Should().Be("sequence [503 Service Unavailable, 200 OK] then throw");
    }

    [Test]
    public void Answer_ResponseBuiltFromTheRequest_SaysSo()
    {
        using var handler = new FakeStatusHandler();

        FakeRoute route = handler.When("/r").Respond(_ => 200);

        route.Answer.Should().Be("response built from the request");
    }

    [Test]
    public async Task Times_One_AnswersTheStepOnceThenTheNext()
    {
        using var handler = new FakeStatusHandler();
        handler.When("/s").RespondInSequence(s => s.Respond(503).Times(1).Respond(200));
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));

        using HttpResponseMessage first = await client.GetAsync("/s");
        using HttpResponseMessage second = await client.GetAsync("/s");

        first.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        second.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Test]
    public void Respond_NullProtocolOrDefinition_ThrowsArgumentNullExceptionNamingIt()
    {
        using var handler = new FakeStatusHandler();

        FluentActions.Invoking(() => handler.When("/p").Respond((string)null!, 200)).Should().Throw<ArgumentNullException>().WithParameterName("protocol");
        FluentActions.Invoking(() => handler.When("/d").Respond((StatusDefinition)null!)).Should().Throw<ArgumentNullException>().WithParameterName("definition");
        handler.Routes.Should().BeEmpty();
    }

    [Test]
    public void Respond_WithRealismThrow_ChecksTheBodyAsTheRoutesMethodGetsIt()
    {
        using var handler = new FakeStatusHandler(new FakeStatusOptions { Realism = RealismCheck.Throw });

        FluentActions.Invoking(() => handler.When(HttpMethod.Head, "/head").Respond(204, r => r.WithTextBody("never sent")))
            .Should().NotThrow("a HEAD response carries no body, so this 204 has none");
        FluentActions.Invoking(() => handler.When(HttpMethod.Get, "/get").Respond(204, r => r.WithTextBody("sent")))
            .Should().Throw<InvalidOperationException>().WithMessage("*204 with a body*");
    }

    [Test]
    public void Respond_WithRealismThrow_ChecksAStylesWaitAsWritten()
    {
        using var handler = new FakeStatusHandler(new FakeStatusOptions { Realism = RealismCheck.Throw });
        ErrorStyle late = ErrorStyle.Parse(LateStyle, "late.json");

        FluentActions.Invoking(() => handler.When("/late").Respond(503, r => r.WithErrorStyle(late)))
            .Should().Throw<InvalidOperationException>()
            .WithMessage("*Retry-After '2030-01-01T00:00:00Z' is neither delay-seconds*");
    }
}
