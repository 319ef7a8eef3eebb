using Microsoft.Extensions.Time.Testing;

namespace FakeStatus.Tests.Time;

public sealed class DrivenTimeProviderStepTests
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
    public async Task AdvanceToNextTimerAsync_NoTimerPending_ReturnsFalseAndLeavesTheClock()
    {
        bool moved = await _time.AdvanceToNextTimerAsync();

        moved.Should().BeFalse();
        _fake.GetUtcNow().Should().Be(TestClock.SeedTime);
    }

    [Test]
    public async Task AdvanceToNextTimerAsync_TwoTimersPending_MovesToTheEarlierOnly()
    {
        Task early = Task.Delay(TimeSpan.FromSeconds(4), _time);
        Task late = Task.Delay(TimeSpan.FromSeconds(9), _time);

        bool moved = await _time.AdvanceToNextTimerAsync();

        moved.Should().BeTrue();
        _fake.GetUtcNow().Should().Be(TestClock.SeedTime.AddSeconds(4));
        await early;
        late.IsCompleted.Should().BeFalse();
        (await _time.AdvanceToNextTimerAsync()).Should().BeTrue();
        await late;
        _fake.GetUtcNow().Should().Be(TestClock.SeedTime.AddSeconds(9));
    }

    [Test]
    public async Task AdvanceToNextTimerAsync_TimerChangedLater_MovesToItsNewDueTime()
    {
        int fired = 0;
        using ITimer timer = _time.CreateTimer(_ => Interlocked.Increment(ref fired), null, TimeSpan.FromSeconds(2), Timeout.InfiniteTimeSpan);
        timer.Change(TimeSpan.FromSeconds(6), Timeout.InfiniteTimeSpan);

        (await _time.AdvanceToNextTimerAsync()).Should().BeTrue();

        fired.Should().Be(1);
        _fake.GetUtcNow().Should().Be(TestClock.SeedTime.AddSeconds(6));
        (await _time.AdvanceToNextTimerAsync()).Should().BeFalse("a one-shot timer that fired is no longer pending");
    }

    [Test]
    public async Task AdvanceToNextTimerAsync_StoppedTimer_IsNotPending()
    {
        using ITimer timer = _time.CreateTimer(_ => { }, null, TimeSpan.FromSeconds(2), Timeout.InfiniteTimeSpan);
        timer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);

        (await _time.AdvanceToNextTimerAsync()).Should().BeFalse();
        _fake.GetUtcNow().Should().Be(TestClock.SeedTime);
    }

    [Test]
    public void ClockMembers_ReadTheWrappedClock()
    {
        _fake.Advance(TimeSpan.FromMinutes(3));

        _time.GetUtcNow().Should().Be(_fake.GetUtcNow());
        _time.GetTimestamp().Should().Be(_fake.GetTimestamp());
        _time.TimestampFrequency.Should().Be(_fake.TimestampFrequency);
        _time.LocalTimeZone.Should().Be(_fake.LocalTimeZone);
    }
}
