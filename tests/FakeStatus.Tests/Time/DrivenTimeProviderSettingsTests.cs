using Microsoft.Extensions.Time.Testing;

namespace FakeStatus.Tests.Time;

/// <summary>The provider's settings and timer arguments: what is accepted at the edges, and what the rejections say.</summary>
public sealed class DrivenTimeProviderSettingsTests
{
    [TestCase(0)]
    [TestCase(-1)]
    public void MaxAdvanceAndIdleTimeout_NotPositive_AreRejectedSayingWhatTheyAre(int ticks)
    {
        FakeTimeProvider fake = TestClock.AtSeedTime();

        FluentActions.Invoking(() => new DrivenTimeProvider(fake, fake.Advance) { MaxAdvance = TimeSpan.FromTicks(ticks) })
            .Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("MaxAdvance must be positive; it is how far one run may move the clock.*")
            .Which.ParamName.Should().Be("MaxAdvance");
        FluentActions.Invoking(() => new DrivenTimeProvider(fake, fake.Advance) { IdleTimeout = TimeSpan.FromTicks(ticks) })
            .Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("IdleTimeout must be positive; it is the real time a run may make no progress before it fails.*")
            .Which.ParamName.Should().Be("IdleTimeout");
    }

    [Test]
    public void MaxAdvanceAndIdleTimeout_OneTick_AreAccepted()
    {
        FakeTimeProvider fake = TestClock.AtSeedTime();

        var time = new DrivenTimeProvider(fake, fake.Advance) { MaxAdvance = TimeSpan.FromTicks(1), IdleTimeout = TimeSpan.FromTicks(1) };

        time.MaxAdvance.Should().Be(TimeSpan.FromTicks(1));
        time.IdleTimeout.Should().Be(TimeSpan.FromTicks(1));
    }

    [Test]
    public void CreateTimer_NegativeDueTimeOrPeriod_IsRejectedNamingIt()
    {
        FakeTimeProvider fake = TestClock.AtSeedTime();
        var time = new DrivenTimeProvider(fake, fake.Advance);

        FluentActions.Invoking(() => time.CreateTimer(_ => { }, null, TimeSpan.FromTicks(-1), Timeout.InfiniteTimeSpan))
            .Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("dueTime must be zero or more, or Timeout.InfiniteTimeSpan.*")
            .Which.ParamName.Should().Be("dueTime");
        FluentActions.Invoking(() => time.CreateTimer(_ => { }, null, TimeSpan.Zero, TimeSpan.FromTicks(-2)))
            .Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("period must be zero or more, or Timeout.InfiniteTimeSpan.*")
            .Which.ParamName.Should().Be("period");
    }

    [Test]
    public void CreateTimer_InfiniteOrZero_IsAccepted()
    {
        FakeTimeProvider fake = TestClock.AtSeedTime();
        var time = new DrivenTimeProvider(fake, fake.Advance);

        using ITimer never = time.CreateTimer(_ => { }, null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        using ITimer now = time.CreateTimer(_ => { }, null, TimeSpan.Zero, TimeSpan.Zero);

        never.Change(TimeSpan.FromSeconds(1), Timeout.InfiniteTimeSpan).Should().BeTrue();
    }
}
