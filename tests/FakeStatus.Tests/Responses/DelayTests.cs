using Microsoft.Extensions.Time.Testing;

namespace FakeStatus.Tests.Responses;

public sealed class DelayTests
{
    [Test]
    public void Answer_NamesTheDelay_FixedOrDrawnWithItsSeed()
    {
        using var handler = new FakeStatusHandler(TestClock.AtSeedTime());

        handler.When("/none").Respond(200);
        handler.When("/zero").Respond(200, r => r.WithDelay(TimeSpan.Zero));
        handler.When("/fixed").Respond(200, r => r.WithDelay(TimeSpan.FromMilliseconds(1500)));
        handler.When("/range").Respond(503, r => r.WithDelay(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4), seed: 5));
        handler.When("/same").Respond(200, r => r.WithDelay(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(2), seed: 5));

        handler.Routes.Select(r => r.Answer).Should().Equal(
            "200 OK",
            "200 OK",
            "200 OK after 1500 ms",
            "503 Service Unavailable after 2000-4000 ms (seed 5)",
            "200 OK after 2000 ms");
    }

    [Test]
    [SetCulture("de-DE")]
    public void Answer_WritesFractionalMillisecondsTheSameInEveryCulture()
    {
        using var handler = new FakeStatusHandler(TestClock.AtSeedTime());

        FakeRoute route = handler.When("/fixed").Respond(200, r => r.WithDelay(TimeSpan.FromTicks(15_000)));
        FakeRoute fault = handler.When("/fault").Throw(FakeFault.ConnectionReset().After(TimeSpan.FromTicks(2_500)));

        route.Answer.Should().Be("200 OK after 1.5 ms");
        fault.Answer.Should().Be("connection reset after 0.25 ms");
    }

    [Test]
    public void WithDelay_OutOfRange_NamesTheParameterTheValueAndTheRange()
    {
        using var handler = new FakeStatusHandler(TestClock.AtSeedTime());

        FluentActions.Invoking(() => handler.When("/late").Respond(200, r => r.WithDelay(TimeSpan.FromMinutes(61))))
            .Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("A delay must be from 00:00:00 to 01:00:00 (one hour); 01:01:00 is outside that range.*")
            .Which.ParamName.Should().Be("delay");
        FluentActions.Invoking(() => handler.When("/early").Respond(200, r => r.WithDelay(TimeSpan.FromTicks(-1))))
            .Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("delay");
        FluentActions.Invoking(() => handler.When("/min").Respond(200, r => r.WithDelay(TimeSpan.FromTicks(-1), TimeSpan.FromSeconds(1), 1)))
            .Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("min");
        FluentActions.Invoking(() => handler.When("/max").Respond(200, r => r.WithDelay(TimeSpan.Zero, TimeSpan.FromHours(2), 1)))
            .Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("max");
        FluentActions.Invoking(() => handler.When("/order").Respond(200, r => r.WithDelay(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(1), 1)))
            .Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("The maximum delay 00:00:01 is below the minimum 00:00:02.*");
        handler.Routes.Should().BeEmpty();
    }

    [Test]
    public async Task DrawnDelays_AreMinPlusTheSeededDrawOfTheRange_ExactlyOnTheFakeClock()
    {
        // 2 s + (4 s - 2 s) * SplitMix64 draw of (seed 5, call n) for calls 1 to 5, as the fake clock's timers count it
        // (whole milliseconds).
        int[] expected = [2_883, 2_203, 3_907, 2_080, 2_079];

        TimeSpan[] delays = await DrawDelaysAsync(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4), seed: 5, count: 5);

        delays.Should().Equal(expected.Select(ms => TimeSpan.FromMilliseconds(ms)));
    }

    [Test]
    public async Task EqualBounds_WaitExactlyThatLong_WhateverTheSeed()
    {
        TimeSpan[] delays = await DrawDelaysAsync(TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(3), seed: 99, count: 3);

        delays.Should().Equal(TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(3));
    }

    private static async Task<TimeSpan[]> DrawDelaysAsync(TimeSpan min, TimeSpan max, int seed, int count)
    {
        FakeTimeProvider fake = TestClock.AtSeedTime();
        var clock = new DrivenTimeProvider(fake, fake.Advance);
        using var handler = new FakeStatusHandler(clock);
        handler.When("/x").Respond(200, r => r.WithDelay(min, max, seed));
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));

        var delays = new TimeSpan[count];
        for (int i = 0; i < count; i++)
        {
            DateTimeOffset before = clock.GetUtcNow();
            using HttpResponseMessage response = await clock.RunUntilCompleteAsync(() => client.GetAsync("/x"));
            delays[i] = clock.GetUtcNow() - before;
        }

        return delays;
    }
}
