namespace FakeStatus.Tests.Handler;

/// <summary>A failed verification lists up to twenty requests and counts the rest.</summary>
public sealed class VerificationListTests
{
    [TestCase(20, false)]
    [TestCase(21, true)]
    public async Task Failure_ListsTwentyRequests_ThenCountsTheRest(int sent, bool counted)
    {
        using var handler = new FakeStatusHandler(TestClock.AtSeedTime());
        FakeRoute route = handler.When("/x").Respond(200);
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));
        for (int i = 0; i < sent; i++)
        {
            using HttpResponseMessage response = await client.GetAsync($"/x?n={i}");
        }

        string message = FluentActions.Invoking(() => handler.VerifyCalled(route, 0))
            .Should().Throw<FakeStatusVerificationException>().Which.Message;

        message.Should().StartWith($"Expected route 'ANY /x' to be called 0 time(s), but it was called {sent} time(s).\nRequests received ({sent}):");
        message.Should().Contain("GET https://api.test/x?n=19 -> 200");
        message.Should().NotContain("?n=20 ->");
        if (counted)
        {
            message.Should().EndWith("\n  (1 more)");
        }
        else
        {
            message.Should().NotContain("more)");
        }
    }

    [Test]
    public void VerifyCalled_NegativeCount_IsRejected()
    {
        using var handler = new FakeStatusHandler(TestClock.AtSeedTime());
        FakeRoute route = handler.When("/x").Respond(200);

        FluentActions.Invoking(() => handler.VerifyCalled(route, -1))
            .Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("The expected number of calls must not be negative.*")
            .Which.ParamName.Should().Be("times");
    }

    [TestCase(20, false)]
    [TestCase(21, true)]
    public async Task RealismFailure_ListsTwentyResponses_ThenCountsTheRest(int sent, bool counted)
    {
        using var handler = new FakeStatusHandler(TestClock.AtSeedTime());
        handler.When("/busy").Respond(503, r => r.WithHeader("Retry-After", "later"));
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));
        for (int i = 0; i < sent; i++)
        {
            using HttpResponseMessage response = await client.GetAsync($"/busy?n={i}");
        }

        string message = FluentActions.Invoking(handler.VerifyAll).Should().Throw<FakeStatusVerificationException>().Which.Message;

        message.Should().StartWith($"Expected responses a real server sends, but {sent} were not:\n    GET https://api.test/busy?n=0 -> 503");
        message.Contains("\n    (1 more)\n", StringComparison.Ordinal).Should().Be(counted);
    }

    [Test]
    public async Task Failure_AfterARandomAnswer_GivesTheSeedToReplay()
    {
        using var handler = new FakeStatusHandler(new FakeStatusOptions { RandomSeed = 4321, TimeProvider = TestClock.AtSeedTime() });
        FakeRoute route = handler.When("/r").RespondRandomly(7, r => r.Respond(1, 200).Respond(1, 201));
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));
        using HttpResponseMessage response = await client.GetAsync("/r");

        FluentActions.Invoking(() => handler.VerifyCalled(route, 2)).Should().Throw<FakeStatusVerificationException>()
            .Which.Message.Should().EndWith("\nRandom seed: 4321 (set FakeStatusOptions.RandomSeed to replay).");
    }

    [Test]
    public async Task Failure_WithoutARandomAnswer_GivesNoSeed()
    {
        using var handler = new FakeStatusHandler(new FakeStatusOptions { RandomSeed = 4321, TimeProvider = TestClock.AtSeedTime() });
        FakeRoute route = handler.When("/r").Respond(200);
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));
        using HttpResponseMessage response = await client.GetAsync("/r");

        FluentActions.Invoking(() => handler.VerifyCalled(route, 2)).Should().Throw<FakeStatusVerificationException>()
            .Which.Message.Should().NotContain("Random seed");
    }
}
