using System;
using System.Threading;
using System.Threading.Tasks;

namespace FakeStatus;

/// <summary>
/// A timer of the wrapped clock, seen by its <see cref="DrivenTimeProvider"/>: every schedule, change, firing and disposal is
/// reported, so the provider knows the earliest moment something is waiting for.
/// </summary>
internal sealed class TrackedTimer : ITimer
{
    private readonly DrivenTimeProvider _owner;
    private readonly TimerCallback _callback;
    private readonly object? _state;
    private ITimer? _inner;

    public TrackedTimer(DrivenTimeProvider owner, TimerCallback callback, object? state)
    {
        _owner = owner;
        _callback = callback;
        _state = state;
    }

    /// <summary>When the timer fires next on the wrapped clock; null while it is stopped or disposed. Guarded by the owner.</summary>
    public DateTimeOffset? Due { get; set; }

    /// <summary>The period after each firing; <see cref="Timeout.InfiniteTimeSpan"/> for a one-shot timer. Guarded by the owner.</summary>
    public TimeSpan Period { get; set; } = Timeout.InfiniteTimeSpan;

    public void Start(TimeProvider clock, TimeSpan dueTime, TimeSpan period)
    {
        // Scheduled before the inner timer exists: a clock may fire a zero due time inside CreateTimer.
        _owner.Schedule(this, dueTime, period);
        _inner = clock.CreateTimer(static self => ((TrackedTimer)self!).Fire(), this, dueTime, period);
    }

    public bool Change(TimeSpan dueTime, TimeSpan period)
    {
        _owner.Schedule(this, dueTime, period);
        return _inner!.Change(dueTime, period);
    }

    public void Dispose()
    {
        _owner.Forget(this);
        _inner?.Dispose();
    }

    public ValueTask DisposeAsync()
    {
        _owner.Forget(this);
        return _inner?.DisposeAsync() ?? default;
    }

    private void Fire()
    {
        _owner.Fired(this);
        _callback(_state);
    }
}
