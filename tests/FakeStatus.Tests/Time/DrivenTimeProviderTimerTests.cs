using Microsoft.Extensions.Time.Testing;

namespace FakeStatus.Tests.Time;

/// <summary>The timers the provider hands out: what disposing one and a zero period mean to the clock and to the callback.</summary>
public sealed class DrivenTimeProviderTimerTests
{
    private FakeTimeProvider _fake = null!;
    private DrivenTimeProvider _time = null!;

    [SetUp]
    public void SetUp()
    {
        _fake = TestClock.AtSeedTime();
        _time = new DrivenTimeProvider(_fake, _fake.Advance);
    }

    [TestCase(false)]
    [TestCase(true)]
    public async Task Dispose_PendingTimer_IsNeitherAdvancedToNorFired(bool disposeAsync)
    {
        int fired = 0;
        ITimer timer = _time.CreateTimer(_ => Interlocked.Increment(ref fired), null, TimeSpan.FromSeconds(2), Timeout.InfiniteTimeSpan);
        if (disposeAsync)
        {
            await timer.DisposeAsync();
        }
        else
        {
            timer.Dispose();
        }

        Task later = Task.Delay(TimeSpan.FromSeconds(5), _time);

        (await _time.AdvanceToNextTimerAsync()).Should().BeTrue();

        _fake.GetUtcNow().Should().Be(TestClock.SeedTime.AddSeconds(5), "the disposed 2 s timer is no longer pending");
        fired.Should().Be(0, "the wrapped clock's timer is disposed with it, so passing 2 s fires nothing");
        await later;
    }

    [Test]
    public async Task AdvanceToNextTimerAsync_TimerWithZeroPeriod_FiresOnceLikeAOneShot()
    {
        int fired = 0;
        using ITimer timer = _time.CreateTimer(_ => Interlocked.Increment(ref fired), null, TimeSpan.FromSeconds(2), TimeSpan.Zero);

        (await _time.AdvanceToNextTimerAsync()).Should().BeTrue();
        (await _time.AdvanceToNextTimerAsync()).Should().BeFalse("a zero period does not repeat");

        fired.Should().Be(1);
        _fake.GetUtcNow().Should().Be(TestClock.SeedTime.AddSeconds(2));
    }

    [Test]
    public void CreateTimer_NullCallback_ThrowsArgumentNull() =>
        FluentActions.Invoking(() => _time.CreateTimer(null!, null, TimeSpan.FromSeconds(1), Timeout.InfiniteTimeSpan))
            .Should().Throw<ArgumentNullException>().WithParameterName("callback");
}
