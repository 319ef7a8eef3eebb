namespace FakeStatus.Tests.Scenarios;

public sealed class SequenceTimesTests
{
    [Test]
    public async Task Times_RepeatsTheStepBeforeIt_ThenMovesOn()
    {
        using var handler = new FakeStatusHandler();
        handler.When("/orders").RespondInSequence(s => s.Respond(503).Times(3).Respond(429).Times(2).Respond(200));
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));

        var codes = new List<int>();
        for (int i = 0; i < 7; i++)
        {
            using HttpResponseMessage response = await client.GetAsync("/orders");
            codes.Add((int)response.StatusCode);
        }

        codes.Should().Equal(503, 503, 503, 429, 429, 200, 200);
    }

    [Test]
    public void Times_ShowsInTheRouteDescription()
    {
        using var handler = new FakeStatusHandler();

        FakeRoute route = handler.When("/orders").RespondInSequence(s => s.Respond(503).Times(3).Respond(200));

        route.Answer.Should().Be("sequence [503 Service Unavailable x3, 200 OK] then repeat the last");
    }

    [Test]
    public async Task ThrowWhenExhausted_CountsRepeatedCalls()
    {
        using var handler = new FakeStatusHandler();
        handler.When("/orders").RespondInSequence(s => s.Respond(503).Times(2).Respond(200).ThrowWhenExhausted());
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));

        for (int i = 0; i < 3; i++)
        {
            (await client.GetAsync("/orders")).Dispose();
        }

        Func<Task> fourth = () => client.GetAsync("/orders");

        string message = (await fourth.Should().ThrowAsync<SequenceExhaustedException>()).Which.Message;
        Approvals.Verify(message);
    }

    [Test]
    public async Task VerifyAll_NamesTheUnusedRepeatsByCallNumber()
    {
        using var handler = new FakeStatusHandler();
        handler.When("/orders").RespondInSequence(s => s.Respond(503).Times(3).Respond(200));
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));
        (await client.GetAsync("/orders")).Dispose();

        string message = FluentActions.Invoking(handler.VerifyAll).Should().Throw<FakeStatusVerificationException>().Which.Message;
        Approvals.Verify(message);
    }

    [TestCase(0)]
    [TestCase(-2)]
    public void Times_BelowOne_ThrowsAtRegistrationNamingTheValue(int count)
    {
        using var handler = new FakeStatusHandler();

        FluentActions.Invoking(() => handler.When("/x").RespondInSequence(s => s.Respond(503).Times(count)))
            .Should().Throw<ArgumentOutOfRangeException>()
            .Where(e => e.ParamName == "count" && Equals(e.ActualValue, count))
            .WithMessage($"Times({count}) is invalid*");
    }

    [Test]
    public void Times_WithoutAStepBefore_Throws()
    {
        using var handler = new FakeStatusHandler();

        FluentActions.Invoking(() => handler.When("/x").RespondInSequence(s => s.Times(2).Respond(200)))
            .Should().Throw<InvalidOperationException>().WithMessage("*no step was added yet*");
    }

    [Test]
    public void Times_TwiceOnOneStep_Throws()
    {
        using var handler = new FakeStatusHandler();

        FluentActions.Invoking(() => handler.When("/x").RespondInSequence(s => s.Respond(503).Times(2).Times(3)))
            .Should().Throw<InvalidOperationException>().WithMessage("*'503 Service Unavailable' already has a count*");
    }

    [Test]
    public async Task Times_AppliesToFaultsToo()
    {
        using var handler = new FakeStatusHandler();
        handler.When("/flaky").RespondInSequence(s => s.Throw(FakeFault.ConnectionReset()).Times(2).Respond(200));
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));

        await FluentActions.Awaiting(() => client.GetAsync("/flaky")).Should().ThrowAsync<HttpRequestException>();
        await FluentActions.Awaiting(() => client.GetAsync("/flaky")).Should().ThrowAsync<HttpRequestException>();
        (await client.GetAsync("/flaky")).StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
