using System.Diagnostics.CodeAnalysis;
using System;
using System.Diagnostics;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;

namespace FakeStatus;

/// <content>Driving: wait until the call is idle, then move the clock to the earliest pending timer.</content>
public sealed partial class DrivenTimeProvider
{
    // Thread-pool round trips with nothing happening before the call counts as idle. Work queued ahead of a round trip has
    // started by the time it returns, and started work shows in CallActivity; several rounds cover a continuation that
    // another thread dequeued but has not yet begun.
    private const int QuietRounds = 4;

    /// <summary>
    /// Starts <paramref name="call"/> and, until it completes, moves the clock to each pending timer whenever the call is idle.
    /// </summary>
    /// <param name="call">Starts the work, e.g. <c>() =&gt; client.GetAsync("/orders/7")</c>.</param>
    /// <param name="cancellationToken">Stops driving the clock (the call itself is not cancelled).</param>
    /// <returns>The call's task, completed: its result, or its exception or cancellation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="call"/> is null.</exception>
    /// <exception cref="InvalidOperationException">
    /// Another run or step is driving this provider, <paramref name="call"/> returned null, or the advance delegate did not move the clock.
    /// </exception>
    /// <exception cref="TimeoutException">
    /// The call waits on nothing this provider can move for <see cref="IdleTimeout"/> of real time, or the clock moved
    /// <see cref="MaxAdvance"/> and the call is still pending.
    /// </exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<T> RunUntilCompleteAsync<T>(Func<Task<T>> call, CancellationToken cancellationToken = default)
    {
        Task<T> task = await RunAsync(call, cancellationToken).ConfigureAwait(false);
        return await task.ConfigureAwait(false);
    }

    /// <inheritdoc cref="RunUntilCompleteAsync{T}(Func{Task{T}}, CancellationToken)"/>
    /// <returns>The call's task, completed.</returns>
    public async Task RunUntilCompleteAsync(Func<Task> call, CancellationToken cancellationToken = default)
    {
        Task task = await RunAsync(call, cancellationToken).ConfigureAwait(false);
        await task.ConfigureAwait(false);
    }

    /// <summary>
    /// Waits until nothing is happening on this provider (no timer set, changed or fired during several thread-pool round
    /// trips), then moves the clock to the earliest pending timer. For work the test does not start itself, such as a
    /// background service; prefer <see cref="RunUntilCompleteAsync{T}(Func{Task{T}}, CancellationToken)"/>, which also sees
    /// the call's running code.
    /// </summary>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns><see langword="true"/> when the clock moved; <see langword="false"/> when no timer was pending.</returns>
    /// <exception cref="InvalidOperationException">A run is driving this provider, or the advance delegate did not move the clock.</exception>
    /// <exception cref="TimeoutException">Timers kept changing for <see cref="IdleTimeout"/> of real time without a quiet moment.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<bool> AdvanceToNextTimerAsync(CancellationToken cancellationToken = default)
    {
        Enter();
        try
        {
            await SettleAsync(null, null, cancellationToken).ConfigureAwait(false);
            return TryAdvance(GetUtcNow(), null);
        }
        finally
        {
            Volatile.Write(ref _running, 0);
        }
    }

    private async Task<TTask> RunAsync<TTask>(Func<TTask> call, CancellationToken cancellationToken)
        where TTask : Task
    {
        ArgumentNullException.ThrowIfNull(call);

        Enter();
        var activity = new CallActivity(Touch);
        try
        {
            TTask task = activity.Start(call);
            DateTimeOffset start = GetUtcNow();
            while (!task.IsCompleted)
            {
                await SettleAsync(task, activity, cancellationToken).ConfigureAwait(false);
                if (!task.IsCompleted && !TryAdvance(start, task))
                {
                    await WaitForChangeAsync(Volatile.Read(ref _version), task, NoTimerMessage, cancellationToken).ConfigureAwait(false);
                }
            }

            return task;
        }
        finally
        {
            activity.Stop();
            Volatile.Write(ref _running, 0);
        }
    }

    /// <summary>Returns once the call completed or is idle: none of its code running and nothing changing for a few round trips.</summary>
    private async Task SettleAsync(Task? task, CallActivity? activity, CancellationToken cancellationToken)
    {
        long guardStart = Stopwatch.GetTimestamp();
        int quiet = 0;
        while (quiet < QuietRounds && task?.IsCompleted != true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            long seen = Volatile.Read(ref _version);
            if (activity?.IsIdle == false)
            {
                // Code is running or queued: sleep until that changes rather than spin beside it. Only a run passes an
                // activity, and always with its call's task.
                quiet = 0;
                await WaitForChangeAsync(seen, task!, BusyMessage, cancellationToken).ConfigureAwait(false);
                continue;
            }

            await default(ThreadPoolYield);
            if (activity?.IsIdle == false || Volatile.Read(ref _version) != seen)
            {
                quiet = 0;
                ThrowIfOverdue(guardStart, BusyMessage);
            }
            else if (WorkIsQueued())
            {
                // Not quiet yet: a Task.Run the call queued is invisible to CallActivity until a thread starts it, and on a
                // loaded machine the thread that queued it can be descheduled for longer than a few round trips.
                ThrowIfOverdue(guardStart, BusyMessage);
            }
            else
            {
                quiet++;
            }
        }
    }

    /// <summary>Moves the clock to the earliest pending timer; false when none is pending.</summary>
    private bool TryAdvance(DateTimeOffset start, Task? task)
    {
        if (NextDue() is not { } due)
        {
            return false;
        }

        DateTimeOffset now = GetUtcNow();
        TimeSpan step = due > now ? due - now : TimeSpan.Zero;
        if (task is not null && now + step - start > MaxAdvance)
        {
            throw new TimeoutException(
                $"The call has not completed after the clock moved {Describe(now - start)}, and its next timer is due {Describe(due - start)} after the start, " +
                $"beyond MaxAdvance ({Describe(MaxAdvance)}). It may retry forever; raise MaxAdvance if it really needs that long.");
        }

        long before = Volatile.Read(ref _version);
        _advance(step);
        DateTimeOffset after = GetUtcNow();
        if (after < due || (step == TimeSpan.Zero && Volatile.Read(ref _version) == before))
        {
            throw new InvalidOperationException(
                $"The advance delegate was asked to move the clock by {Describe(step)} to {due:O}, but the clock reads {after:O} " +
                "and the timer due then did not fire. Pass the wrapped clock's own advance method, e.g. new DrivenTimeProvider(fake, fake.Advance).");
        }

        return true;
    }

    /// <summary>Waits, on the real clock and at most <see cref="IdleTimeout"/>, until anything changes or the call completes.</summary>
    private async Task WaitForChangeAsync(long seen, Task task, string failure, CancellationToken cancellationToken)
    {
        var waiter = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        Volatile.Write(ref _waiter, waiter);
        if (Volatile.Read(ref _version) != seen || task.IsCompleted)
        {
            return;
        }

        using var guard = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Task expired = Task.Delay(IdleTimeout, guard.Token);
        Task first = await Task.WhenAny(waiter.Task, task, expired).ConfigureAwait(false);
#pragma warning disable CA1849 // Cancel only stops our own Task.Delay timer; netstandard2.0 has no CancelAsync.
        guard.Cancel();
#pragma warning restore CA1849
        cancellationToken.ThrowIfCancellationRequested();
        if (first == expired)
        {
            throw new TimeoutException(string.Format(CultureInfo.InvariantCulture, failure, Describe(IdleTimeout)));
        }
    }

    /// <summary>Whether any thread-pool work item (the call's or anyone's) is queued and not yet taken by a thread.</summary>
    private static bool WorkIsQueued()
    {
#if NETCOREAPP3_0_OR_GREATER
        return ThreadPool.PendingWorkItemCount > 0;
#else
        return false;
#endif
    }

    private void ThrowIfOverdue(long guardStart, string failure)
    {
        if (Stopwatch.GetTimestamp() - guardStart > IdleTimeout.TotalSeconds * Stopwatch.Frequency)
        {
            throw new TimeoutException(string.Format(CultureInfo.InvariantCulture, failure, Describe(IdleTimeout)));
        }
    }

    private void Enter()
    {
        if (Interlocked.Exchange(ref _running, 1) == 1)
        {
            throw new InvalidOperationException(
                "Another run is already driving this DrivenTimeProvider; one run at a time can move its clock. Await the first run, or give each test its own provider.");
        }
    }

    private static string Describe(TimeSpan span) => span.ToString("c", CultureInfo.InvariantCulture);

    private const string NoTimerMessage =
        "The call has not completed and has waited {0} of real time on nothing this DrivenTimeProvider can move: no timer of it is pending. " +
        "It waits on something else: a delay or timeout on the real clock or on another TimeProvider (give this provider to the code under test, " +
        "its resilience pipeline and FakeStatusHandler), real I/O, or a task nobody completes.";

    private const string BusyMessage =
        "The call has kept running for {0} of real time without settling on a timer of this DrivenTimeProvider. " +
        "A thread blocked in the call (.Result, .Wait(), Thread.Sleep) or a busy loop never lets the clock move: await instead.";
}
