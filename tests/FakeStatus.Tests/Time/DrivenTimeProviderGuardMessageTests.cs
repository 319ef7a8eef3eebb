using System.Globalization;
using Microsoft.Extensions.Time.Testing;

namespace FakeStatus.Tests.Time;

/// <summary>What a run or a step refuses, and the exact words of each failure: the limits, a blocked call, a bad advance delegate.</summary>
public sealed class DrivenTimeProviderGuardMessageTests
{
    private FakeTimeProvider _fake = null!;
    private DrivenTimeProvider _time = null!;

    [SetUp]
    public void SetUp()
    {
        _fake = TestClock.AtSeedTime();
        _time = new DrivenTimeProvider(_fake, _fake.Advance);
    }

    [TestCase(7, "00:56:00", "01:03:00")]
    [TestCase(10, "01:00:00", "01:10:00")]   // a timer due exactly at MaxAdvance is still reached
    public async Task RunUntilCompleteAsync_RetriesBeyondMaxAdvance_FailNamingHowFarTheClockMovedAndTheNextTimer(int everyMinutes, string moved, string nextDue)
    {
        var time = new DrivenTimeProvider(_fake, _fake.Advance) { MaxAdvance = TimeSpan.FromHours(1) };
        async Task RetryForeverAsync()
        {
            while (true)
            {
                await Task.Delay(TimeSpan.FromMinutes(everyMinutes), time);
            }
        }

        Func<Task> run = () => time.RunUntilCompleteAsync(RetryForeverAsync);

        await run.Should().ThrowExactlyAsync<TimeoutException>().WithMessage(
            $"The call has not completed after the clock moved {moved}, and its next timer is due {nextDue} after the start, " +
            "beyond MaxAdvance (01:00:00). It may retry forever; raise MaxAdvance if it really needs that long.");
        _fake.GetUtcNow().Should().Be(TestClock.SeedTime + TimeSpan.Parse(moved, CultureInfo.InvariantCulture));
    }

    [TestCase(0, "2026-02-25T12:00:05.0000000+00:00")]
    [TestCase(1, "2026-02-25T12:00:07.0000000+00:00")]   // the first move overshoots the timer: the next step is zero, not negative
    public async Task RunUntilCompleteAsync_AdvanceThatMovesTheReadingButFiresNoTimer_FailsOnceTheTimerIsOverdue(int overshootSeconds, string clockReads)
    {
        var clock = new ReadingOnlyClock(_fake, TimeSpan.FromSeconds(overshootSeconds));
        var time = new DrivenTimeProvider(clock, clock.Move);

        Func<Task> run = () => time.RunUntilCompleteAsync(() => Task.Delay(TimeSpan.FromSeconds(5), time));

        await run.Should().ThrowExactlyAsync<InvalidOperationException>().WithMessage(
            "The advance delegate was asked to move the clock by 00:00:00 to 2026-02-25T12:00:05.0000000+00:00, " +
            $"but the clock reads {clockReads} and the timer due then did not fire. " +
            "Pass the wrapped clock's own advance method, e.g. new DrivenTimeProvider(fake, fake.Advance).");
    }

    [Test]
    public async Task RunUntilCompleteAsync_CallBlockingAThread_FailsSayingItKeptRunning()
    {
        // An idle timeout of one tick expires at once, so the first wait for a change fails without real time passing.
        var time = new DrivenTimeProvider(_fake, _fake.Advance) { IdleTimeout = TimeSpan.FromTicks(1) };
        using var started = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        Task Call() => StillRunning(started, release);

        try
        {
            Func<Task> run = () => time.RunUntilCompleteAsync(Call);

            await run.Should().ThrowExactlyAsync<TimeoutException>().WithMessage(
                "The call has kept running for 00:00:00.0000001 of real time without settling on a timer of this DrivenTimeProvider. " +
                "A thread blocked in the call (.Result, .Wait(), Thread.Sleep) or a busy loop never lets the clock move: await instead.");
        }
        finally
        {
            release.Set();
        }
    }

    [Test]
    public async Task RunUntilCompleteAsync_CallWithoutAResultFaultingAfterItsWait_RethrowsItsException()
    {
        async Task CallAsync()
        {
            await Task.Delay(TimeSpan.FromSeconds(10), _time);
            throw new InvalidOperationException("the order service refused");
        }

        Func<Task> run = () => _time.RunUntilCompleteAsync(CallAsync);

        await run.Should().ThrowExactlyAsync<InvalidOperationException>().WithMessage("the order service refused");
        _fake.GetUtcNow().Should().Be(TestClock.SeedTime.AddSeconds(10));
    }

    [Test]
    public async Task RunUntilCompleteAsync_DriverCancelledWhileTheCallIsBusy_StopsWithOperationCanceled()
    {
        // The call is still running on another thread when it returns its task, so the run is waiting for it to change.
        using var started = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        using var stop = new CancellationTokenSource();
        Task Call() => StillRunning(started, release);

        try
        {
            Task run = _time.RunUntilCompleteAsync(Call, stop.Token);
            run.IsCompleted.Should().BeFalse();

            await stop.CancelAsync();

            await FluentActions.Awaiting(() => run).Should().ThrowAsync<OperationCanceledException>("the driver was cancelled, which is not a timeout");
        }
        finally
        {
            release.Set();
        }
    }

    [Test]
    public async Task AdvanceToNextTimerAsync_CancelledToken_ThrowsAndLeavesTheClock()
    {
        Task due = Task.Delay(TimeSpan.FromSeconds(4), _time);

        Func<Task> step = () => _time.AdvanceToNextTimerAsync(new CancellationToken(canceled: true));

        await step.Should().ThrowAsync<OperationCanceledException>();
        _fake.GetUtcNow().Should().Be(TestClock.SeedTime);
        due.IsCompleted.Should().BeFalse();
        (await _time.AdvanceToNextTimerAsync()).Should().BeTrue("a cancelled step leaves the provider free for the next one");
        await due;
    }

    /// <summary>A clock whose advance moves only its reading (plus an overshoot): the timers of the fake below never fire.</summary>
    private sealed class ReadingOnlyClock(FakeTimeProvider timers, TimeSpan overshoot) : TimeProvider
    {
        private long _offsetTicks;

        public void Move(TimeSpan step) => Interlocked.Add(ref _offsetTicks, (step + overshoot).Ticks);

        public override DateTimeOffset GetUtcNow() => timers.GetUtcNow().AddTicks(Interlocked.Read(ref _offsetTicks));

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
            timers.CreateTimer(callback, state, dueTime, period);
    }

    /// <summary>A call whose work is still running on another thread when it returns its task, until <paramref name="release"/> is set.</summary>
    private static Task StillRunning(ManualResetEventSlim started, ManualResetEventSlim release)
    {
        Task work = Task.Run(() =>
        {
            started.Set();
            release.Wait();
        });
        started.Wait();
        return work;
    }
}
