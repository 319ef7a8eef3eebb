using Quickstart;

namespace FakeStatus.Tests.Samples;

public sealed class ScenarioTourTests
{
    [Test]
    public async Task Retry_SeesLogin530ThenTheSequence() =>
        (await ScenarioTour.RetryAsync()).Should().Equal(530, 503, 503, 200, 200);

    [Test]
    public async Task Faults_EachArrivesAsTheRealException() =>
        (await ScenarioTour.FaultsAsync()).Should().Equal(
            "TaskCanceledException(TimeoutException)",
            "HttpRequestException(ConnectionError)",
            "HttpRequestException(NameResolutionError)",
            "HttpRequestException(Unknown)",
            "HttpRequestException(ResponseEnded)");

    [Test]
    public async Task BackOff_TakesThirtySecondsOfFakeTime()
    {
        var fake = TestClock.AtSeedTime();
        var clock = new DrivenTimeProvider(fake, fake.Advance);

        // Each step waits until the client is idle, then moves the clock to the timer it waits on.
        TimeSpan elapsed = await ScenarioTour.BackOffAsync(clock, () => clock.AdvanceToNextTimerAsync());

        elapsed.Should().Be(TimeSpan.FromSeconds(30));
    }
}
