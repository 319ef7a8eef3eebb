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
        var clock = TestClock.AtSeedTime();

        TimeSpan elapsed = await ScenarioTour.BackOffAsync(clock, async () =>
        {
            await Task.Delay(1);
            clock.Advance(TimeSpan.FromSeconds(1));
        });

        elapsed.Should().BeGreaterThanOrEqualTo(TimeSpan.FromSeconds(30)).And.BeLessThan(TimeSpan.FromSeconds(32));
    }
}
