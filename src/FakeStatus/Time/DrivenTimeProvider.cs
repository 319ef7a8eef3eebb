using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace FakeStatus;

/// <summary>
/// A <see cref="TimeProvider"/> over a fake clock that moves the clock on by itself while a call waits: whenever the call is
/// idle and a timer of this provider is pending, the clock jumps to that timer's due time. Retries that honour
/// <c>Retry-After: 120</c> (<see cref="FakeStatusOptions.RealisticRetryAfter"/>), timeouts, back-offs and delays then take their full fake time and no real time, without a test
/// guessing how far or how often to advance.
/// </summary>
/// <remarks>
/// <para>
/// Give this provider (not the fake clock it wraps) to everything the call waits on: the code under test, its resilience
/// pipeline (<c>services.AddSingleton&lt;TimeProvider&gt;(time)</c>) and <see cref="FakeStatusHandler"/>. Only timers created
/// through it are seen; a wait on the real clock or on another provider is not driven, and a run that waits on nothing
/// this provider can move fails after <see cref="IdleTimeout"/> of real time instead of hanging.
/// </para>
/// <para>
/// "Idle" means no code of the call is running (the runtime reports every thread entering and leaving the call's execution
/// context), none of its continuations is queued (the call runs under a synchronization context that counts them and runs
/// them on the thread pool), and the thread pool has taken the work queued before; so a retry's continuation sets its next
/// timer before the clock moves, however loaded the machine. A call that blocks a thread (<c>.Result</c>, <c>.Wait()</c>)
/// is never idle: await it instead.
/// </para>
/// <para>
/// Runs may overlap on one provider, as parallel tests sharing one app do: the clock moves only when the calls of all the
/// runs in progress are idle, and then to the earliest pending timer, so no timer fires early for any of them; each run
/// returns when its own call completes. Code that waits on this provider outside any run is not waited for: start every
/// call that waits on the clock in a run.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var fake = new FakeTimeProvider();
/// var time = new DrivenTimeProvider(fake, fake.Advance);
/// services.AddSingleton&lt;TimeProvider&gt;(time);   // the resilience pipeline and FakeStatus both read it
/// // ... build the client
/// int status = await time.RunUntilCompleteAsync(() => orders.GetStatusAsync("/orders/7"));   // 503, 503, 200: 240 s of fake time
/// </code>
/// </example>
public sealed partial class DrivenTimeProvider : TimeProvider
{
    private readonly TimeProvider _clock;
    private readonly Action<TimeSpan> _advance;
    private readonly object _gate = new();
    private readonly List<TrackedTimer> _pending = [];
    private readonly TimeSpan _idleTimeout = TimeSpan.FromSeconds(10);
    private readonly TimeSpan _maxAdvance = TimeSpan.FromDays(1);
    private long _version;
    private readonly List<DrivenRun> _runs = [];
    private TaskCompletionSource<bool>? _waiter;
    private int _driving;

    /// <summary>Wraps <paramref name="clock"/>, moving it with <paramref name="advance"/>.</summary>
    /// <param name="clock">The fake clock that reads the time and runs the timers, e.g. a <c>FakeTimeProvider</c>.</param>
    /// <param name="advance">
    /// Moves <paramref name="clock"/> forward by the given amount and fires the timers that fall due, e.g. <c>fake.Advance</c>.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> or <paramref name="advance"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="clock"/> is <see cref="TimeProvider.System"/>, which cannot be moved.</exception>
    public DrivenTimeProvider(TimeProvider clock, Action<TimeSpan> advance)
    {
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
        _advance = advance ?? throw new ArgumentNullException(nameof(advance));
        if (ReferenceEquals(clock, System))
        {
            throw new ArgumentException("The real clock cannot be moved; pass a fake clock such as FakeTimeProvider and its Advance method.", nameof(clock));
        }
    }

    /// <summary>
    /// How long, in real time, a run may see no progress (no timer pending, set or fired, no code of the call running or
    /// finishing) before it fails instead of hanging. A guard only: time is never driven by it. Defaults to 10 seconds.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public TimeSpan IdleTimeout
    {
        get => _idleTimeout;
        init => _idleTimeout = value > TimeSpan.Zero ? value : throw new ArgumentOutOfRangeException(nameof(IdleTimeout), value, "IdleTimeout must be positive; it is the real time a run may make no progress before it fails.");
    }

    /// <summary>
    /// How far one run may move the clock before it fails: a guard against a call that never completes, such as unbounded
    /// retries. Defaults to one day of fake time.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public TimeSpan MaxAdvance
    {
        get => _maxAdvance;
        init => _maxAdvance = value > TimeSpan.Zero ? value : throw new ArgumentOutOfRangeException(nameof(MaxAdvance), value, "MaxAdvance must be positive; it is how far one run may move the clock.");
    }

    /// <summary>The wrapped clock's time.</summary>
    /// <returns>The current UTC time of the wrapped clock.</returns>
    public override DateTimeOffset GetUtcNow() => _clock.GetUtcNow();

    /// <summary>The wrapped clock's timestamp.</summary>
    /// <returns>The current timestamp of the wrapped clock.</returns>
    public override long GetTimestamp() => _clock.GetTimestamp();

    /// <summary>The wrapped clock's timestamp frequency.</summary>
    public override long TimestampFrequency => _clock.TimestampFrequency;

    /// <summary>The wrapped clock's local time zone.</summary>
    public override TimeZoneInfo LocalTimeZone => _clock.LocalTimeZone;

    /// <summary>Creates a timer on the wrapped clock that this provider tracks, so runs can move the clock to it.</summary>
    /// <returns>The timer; disposing it stops tracking it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="callback"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dueTime"/> or <paramref name="period"/> is negative and not infinite.</exception>
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);

        ValidateTimerSpan(dueTime, nameof(dueTime));
        ValidateTimerSpan(period, nameof(period));
        var timer = new TrackedTimer(this, callback, state);
        timer.Start(_clock, dueTime, period);
        return timer;
    }

    internal void Schedule(TrackedTimer timer, TimeSpan dueTime, TimeSpan period)
    {
        lock (_gate)
        {
            timer.Period = period;
            timer.Due = dueTime == Timeout.InfiniteTimeSpan ? null : _clock.GetUtcNow() + dueTime;
            _pending.Remove(timer);
            if (timer.Due is not null)
            {
                _pending.Add(timer);
            }
        }

        Touch();
    }

    internal void Fired(TrackedTimer timer)
    {
        lock (_gate)
        {
            bool periodic = timer.Period != Timeout.InfiniteTimeSpan && timer.Period > TimeSpan.Zero;
            timer.Due = periodic && timer.Due is { } due ? due + timer.Period : null;
            if (timer.Due is null)
            {
                _pending.Remove(timer);
            }
        }

        Touch();
    }

    internal void Forget(TrackedTimer timer)
    {
        lock (_gate)
        {
            timer.Due = null;
            _pending.Remove(timer);
        }

        Touch();
    }

    /// <summary>Records that something happened (a timer changed, the call's code started or stopped) and wakes a waiting run.</summary>
    internal void Touch()
    {
        Interlocked.Increment(ref _version);
        Interlocked.Exchange(ref _waiter, null)?.TrySetResult(true);
    }

    private DateTimeOffset? NextDue()
    {
        lock (_gate)
        {
            DateTimeOffset? next = null;
            foreach (TrackedTimer timer in _pending)
            {
                if (next is null || timer.Due < next)
                {
                    next = timer.Due;
                }
            }

            return next;
        }
    }

    private static void ValidateTimerSpan(TimeSpan value, string name)
    {
        if (value < TimeSpan.Zero && value != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be zero or more, or Timeout.InfiniteTimeSpan.");
        }
    }
}
