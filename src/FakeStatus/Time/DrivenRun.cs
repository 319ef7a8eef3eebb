using System;
using System.Threading;
using System.Threading.Tasks;

namespace FakeStatus;

/// <summary>
/// One <c>RunUntilCompleteAsync</c> in progress on a <see cref="DrivenTimeProvider"/>: the call's activity, its task once started,
/// the clock reading it started at (for <see cref="DrivenTimeProvider.MaxAdvance"/>), and the failure another run's driving
/// found for it.
/// </summary>
internal sealed class DrivenRun
{
    private Exception? _failure;

    public DrivenRun(CallActivity activity, DateTimeOffset start)
    {
        Activity = activity;
        Start = start;
    }

    public CallActivity Activity { get; }

    public DateTimeOffset Start { get; }

    /// <summary>The call's task; null while the call is still being started (its code is then running, so it is not idle).</summary>
    public Task? Task { get; set; }

    /// <summary>Whether the run still holds the clock back: its call has not completed and it has not been failed.</summary>
    public bool IsPending => Task?.IsCompleted != true && Volatile.Read(ref _failure) is null;

    /// <summary>Whether the run's call is waiting on something: none of its code running or queued.</summary>
    public bool IsIdle => Task is not null && Activity.IsIdle;

    /// <summary>Ends the run with <paramref name="failure"/>, thrown by the run itself the next time it looks.</summary>
    public void Fail(Exception failure) => Interlocked.CompareExchange(ref _failure, failure, null);

    /// <summary>Throws the failure another run's driving found for this run, if any.</summary>
    public void ThrowIfFailed()
    {
        if (Volatile.Read(ref _failure) is { } failure)
        {
            throw failure;
        }
    }
}
