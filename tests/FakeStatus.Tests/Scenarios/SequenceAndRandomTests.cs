namespace FakeStatus.Tests.Scenarios;

public sealed class SequenceAndRandomTests
{
    [Test]
    public async Task Sequence_503_503_200_ThroughHttpClient_ThenLastRepeats()
    {
        using var handler = new FakeStatusHandler();
        handler.When("/orders").RespondInSequence(s => s.Respond(503).Respond(503).Respond(200));
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));

        var codes = new List<int>();
        for (int i = 0; i < 5; i++)
        {
            using HttpResponseMessage response = await client.GetAsync("/orders");
            codes.Add((int)response.StatusCode);
        }

        codes.Should().Equal(503, 503, 200, 200, 200);
        handler.Requests.Select(r => r.CallNumber).Should().Equal(1, 2, 3, 4, 5);
    }

    [Test]
    public async Task Sequence_ThrowWhenExhausted_ThrowsWhenExhaustedNamingTheRoute()
    {
        using var handler = new FakeStatusHandler();
        handler.When(HttpMethod.Post, "/login").RespondInSequence(s => s.Respond("smtp", 530).Respond("smtp", 235).ThrowWhenExhausted());
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));

        (await client.PostAsync("/login", null)).StatusCode.Should().Be((HttpStatusCode)530);
        (await client.PostAsync("/login", null)).StatusCode.Should().Be((HttpStatusCode)235);
        Func<Task> third = () => client.PostAsync("/login", null);

        string message = (await third.Should().ThrowAsync<SequenceExhaustedException>()).Which.Message;
        Approvals.Verify(message);
        handler.Requests.Should().HaveCount(3);
    }

    [Test]
    public async Task Sequence_CanMixFaultsAndResponses()
    {
        using var handler = new FakeStatusHandler();
        handler.When("/flaky").RespondInSequence(s => s.Throw(FakeFault.ConnectionReset()).Respond(200));
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));

        Func<Task> first = () => client.GetAsync("/flaky");
        await first.Should().ThrowAsync<HttpRequestException>();
        (await client.GetAsync("/flaky")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Test]
    public void Sequence_WithoutSteps_ThrowsAtRegistration()
    {
        using var handler = new FakeStatusHandler();

        FluentActions.Invoking(() => handler.When("/x").RespondInSequence(_ => { })).Should().Throw<ArgumentException>().WithMessage("*at least one step*");
    }

    [Test]
    public async Task Random_SameSeed_ReplaysTheSameChoices()
    {
        static async Task<List<int>> Run(int seed)
        {
            using var handler = new FakeStatusHandler();
            handler.When("/r").RespondRandomly(seed, r => r.Respond(0.7, 200).Respond(0.3, 503));
            using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));
            var codes = new List<int>();
            for (int i = 0; i < 200; i++)
            {
                using HttpResponseMessage response = await client.GetAsync("/r");
                codes.Add((int)response.StatusCode);
            }

            return codes;
        }

        List<int> first = await Run(42);
        List<int> again = await Run(42);
        List<int> other = await Run(43);

        again.Should().Equal(first);
        other.Should().NotEqual(first);
        first.Count(c => c == 503).Should().BeInRange(35, 85, "about 30% of 200 draws");
    }

    [Test]
    public async Task Random_SeedIsPrintedInTheLogAndRouteDescription()
    {
        using var handler = new FakeStatusHandler();
        handler.When("/r").RespondRandomly(1234, r => r.Respond(1, 200).Throw(1, FakeFault.Timeout()));
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));

        try
        {
            using HttpResponseMessage response = await client.GetAsync("/r");
        }
        catch (TaskCanceledException)
        {
            // Either outcome is fine: only the log matters here.
        }

        handler.Routes.Single().Answer.Should().Contain("seed 1234");
        handler.Requests.Single().CallNumber.Should().Be(1);
        handler.Requests.Single().RandomSeed.Should().Be(1234);
    }

    [TestCase(-1.0)]
    [TestCase(double.NaN)]
    [TestCase(double.PositiveInfinity)]
    public void Random_BadWeight_Throws(double weight)
    {
        using var handler = new FakeStatusHandler();

        FluentActions.Invoking(() => handler.When("/x").RespondRandomly(1, r => r.Respond(weight, 200)))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("weight");
    }

    [Test]
    public void Random_AllWeightsZero_ThrowsAtRegistration()
    {
        using var handler = new FakeStatusHandler();

        FluentActions.Invoking(() => handler.When("/x").RespondRandomly(1, r => r.Respond(0, 200).Respond(0, 503)))
            .Should().Throw<ArgumentException>().WithMessage("*add up to 0*at least one choice above 0*");
    }

    [Test]
    public async Task Random_ZeroWeight_IsNeverDrawn()
    {
        using var handler = new FakeStatusHandler();
        handler.When("/x").RespondRandomly(5, r => r.Respond(0, 200).Respond(1, 503));
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));

        for (int i = 0; i < 100; i++)
        {
            using HttpResponseMessage response = await client.GetAsync("/x");
            ((int)response.StatusCode).Should().Be(503);
        }
    }

    [Test]
    public async Task Sequence_UnderConcurrency_EachStepIsUsedExactlyOnce()
    {
        using var handler = new FakeStatusHandler();
        handler.When("/seq").RespondInSequence(s =>
        {
            for (int i = 0; i < 100; i++)
            {
                s.Respond(200 + i);
            }

            s.ThrowWhenExhausted();
        });
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));

        int[] codes = await Task.WhenAll(Enumerable.Range(0, 100).Select(async _ =>
        {
            await Task.Yield();
            using HttpResponseMessage response = await client.GetAsync("/seq");
            return (int)response.StatusCode;
        }));

        codes.Should().BeEquivalentTo(Enumerable.Range(200, 100));
    }
}
