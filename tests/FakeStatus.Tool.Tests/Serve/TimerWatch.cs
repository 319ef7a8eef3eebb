using Microsoft.Extensions.Time.Testing;

namespace FakeStatus.Tool.Tests.Serve;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that also reports the first timer started on it, so a test learns the server is waiting on
/// the fake clock (and for how long) without polling or sleeping.
/// </summary>
internal sealed class TimerWatch(FakeTimeProvider clock) : TimeProvider
{
    private readonly TaskCompletionSource<TimeSpan> _firstTimer = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes with the due time of the first finite timer created.</summary>
    public Task<TimeSpan> FirstTimer => _firstTimer.Task;

    public override TimeZoneInfo LocalTimeZone => clock.LocalTimeZone;

    public override long TimestampFrequency => clock.TimestampFrequency;

    public override DateTimeOffset GetUtcNow() => clock.GetUtcNow();

    public override long GetTimestamp() => clock.GetTimestamp();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ITimer timer = clock.CreateTimer(callback, state, dueTime, period);
        if (dueTime != Timeout.InfiniteTimeSpan)
        {
            _firstTimer.TrySetResult(dueTime);
        }

        return timer;
    }
}
