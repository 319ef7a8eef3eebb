using Microsoft.Extensions.Time.Testing;

namespace FakeStatus.Tests.Time;

/// <summary>Runs that overlap on one provider, as parallel tests sharing one app do: one clock, each run to its own end.</summary>
public sealed class DrivenTimeProviderConcurrentRunTests
{
    private FakeTimeProvider _fake = null!;
    private DrivenTimeProvider _time = null!;

    [SetUp]
    public void SetUp()
    {
        _fake = TestClock.AtSeedTime();
        _time = new DrivenTimeProvider(_fake, _fake.Advance);
    }

    [Test]
    public async Task RunUntilCompleteAsync_TwelveOverlappingRuns_EachWaitsExactlyItsOwnFakeTime()
    {
        // Run i waits five times (i + 1) seconds: timers of different runs interleave, and none may fire early or late.
        async Task<TimeSpan> WaitFiveTimesAsync(int seconds)
        {
            await Task.Yield();
            DateTimeOffset start = _time.GetUtcNow();
            for (int round = 0; round < 5; round++)
            {
                await Task.Delay(TimeSpan.FromSeconds(seconds), _time);
            }

            return _time.GetUtcNow() - start;
        }

        Task<TimeSpan>[] runs = Enumerable.Range(1, 12)
            .Select(seconds => Task.Run(() => _time.RunUntilCompleteAsync(() => WaitFiveTimesAsync(seconds))))
            .ToArray();
        TimeSpan[] waited = await Task.WhenAll(runs);

        waited.Should().Equal(Enumerable.Range(1, 12).Select(seconds => TimeSpan.FromSeconds(5 * seconds)), "each run's waits end at their own due times");
        _fake.GetUtcNow().Should().BeOnOrAfter(TestClock.SeedTime.AddSeconds(60)).And.BeOnOrBefore(TestClock.SeedTime.AddSeconds(120));
    }

    [Test]
    public async Task RunUntilCompleteAsync_ClockMovesOnlyWhenEveryRunIsIdle_AnotherRunsTimerDoesNotFireWhileOneWorks()
    {
        // The busy run waits 10 s, works on another thread, then waits 10 s more: 20 s of fake time. Had the idle run's 15 s
        // timer been fired while the busy run worked, the busy run's second wait would start at 15 s and end at 25 s.
        async Task<TimeSpan> BusyAsync()
        {
            DateTimeOffset start = _time.GetUtcNow();
            await Task.Delay(TimeSpan.FromSeconds(10), _time);
            await Task.Run(() => DrivenTimeProviderTests.BusyWork(3));
            await Task.Delay(TimeSpan.FromSeconds(10), _time);
            return _time.GetUtcNow() - start;
        }

        // The idle run's timer is set before either run starts, and the busy run starts first: a run that has not started yet
        // cannot hold the clock, so starting the idle call inside its run would race with the busy run's first move.
        Task idleDelay = Task.Delay(TimeSpan.FromSeconds(15), _time);
        Task<TimeSpan> busy = _time.RunUntilCompleteAsync(BusyAsync);
        Task idle = _time.RunUntilCompleteAsync(() => idleDelay);
        await Task.WhenAll(idle, busy);

        (await busy).Should().Be(TimeSpan.FromSeconds(20));
        _fake.GetUtcNow().Should().Be(TestClock.SeedTime.AddSeconds(20));
    }

    [Test]
    public async Task RunUntilCompleteAsync_SecondRunWhileTheFirstWaitsOnATask_BothComplete()
    {
        var release = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        Task<int> first = _time.RunUntilCompleteAsync(() => release.Task);

        async Task<int> SecondAsync()
        {
            await Task.Delay(TimeSpan.FromMinutes(2), _time);
            release.SetResult(1);
            return 2;
        }

        int second = await _time.RunUntilCompleteAsync(SecondAsync);

        second.Should().Be(2);
        (await first).Should().Be(1, "the first run ends when its own call completes, released by the second");
        _fake.GetUtcNow().Should().Be(TestClock.SeedTime.AddMinutes(2));
    }

    [Test]
    public async Task RunUntilCompleteAsync_OneOfTwoRunsRetriesForever_OnlyThatRunFails()
    {
        var time = new DrivenTimeProvider(_fake, _fake.Advance) { MaxAdvance = TimeSpan.FromHours(1) };

        async Task RetryForeverAsync()
        {
            while (true)
            {
                await Task.Delay(TimeSpan.FromMinutes(7), time);
            }
        }

        Task forever = time.RunUntilCompleteAsync(RetryForeverAsync);
        Task<int> bounded = time.RunUntilCompleteAsync(async () =>
        {
            await Task.Delay(TimeSpan.FromMinutes(30), time);
            return 30;
        });

        (await bounded).Should().Be(30);
        await forever.Awaiting(t => t).Should().ThrowAsync<TimeoutException>().WithMessage("*beyond MaxAdvance (01:00:00)*");
    }

    [Test]
    public async Task AdvanceToNextTimerAsync_WhileARunIsInProgress_IsRefused()
    {
        var release = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        Task run = _time.RunUntilCompleteAsync(() => release.Task);

        Func<Task> step = () => _time.AdvanceToNextTimerAsync();

        await step.Should().ThrowExactlyAsync<InvalidOperationException>().WithMessage(
            "A run or another step is moving this DrivenTimeProvider's clock; AdvanceToNextTimerAsync moves it only when nothing else does. " +
            "Await the runs and steps first.");
        release.SetResult(true);
        await run;
        (await _time.AdvanceToNextTimerAsync()).Should().BeFalse("once the run is over the provider takes steps again");
    }
}
