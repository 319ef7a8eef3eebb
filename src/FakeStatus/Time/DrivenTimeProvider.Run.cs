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
    /// <remarks>
    /// Runs may overlap, as parallel tests sharing one app and one provider do. The clock is shared: it moves only when the
    /// calls of all the runs in progress are idle, and then to the earliest timer pending on the provider, whoever set it; so no
    /// timer fires early for any run, and each run returns as soon as its own call completes. One run at a time does the
    /// moving; the others wait for it and take over when it returns. <see cref="MaxAdvance"/> counts from each run's start.
    /// A run whose call never goes idle (a blocked thread) holds the clock back for every run on the provider.
    /// </remarks>
    /// <param name="call">Starts the work, e.g. <c>() =&gt; client.GetAsync("/orders/7")</c>.</param>
    /// <param name="cancellationToken">Stops driving the clock (the call itself is not cancelled).</param>
    /// <returns>The call's task, completed: its result, or its exception or cancellation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="call"/> is null.</exception>
    /// <exception cref="InvalidOperationException">
    /// <paramref name="call"/> returned null, or the advance delegate did not move the clock.
    /// </exception>
    /// <exception cref="TimeoutException">
    /// The runs wait on nothing this provider can move, or keep running without settling, for <see cref="IdleTimeout"/> of
    /// real time, or the clock moved <see cref="MaxAdvance"/> since this run started and the call is still pending.
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
    /// <exception cref="InvalidOperationException">
    /// A run is in progress or another step is moving the clock, or the advance delegate did not move the clock.
    /// </exception>
    /// <exception cref="TimeoutException">Timers kept changing for <see cref="IdleTimeout"/> of real time without a quiet moment.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<bool> AdvanceToNextTimerAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (_runs.Count > 0 || Interlocked.CompareExchange(ref _driving, 1, 0) != 0)
            {
                throw new InvalidOperationException(
                    "A run or another step is moving this DrivenTimeProvider's clock; AdvanceToNextTimerAsync moves it only when nothing else does. " +
                    "Await the runs and steps first.");
            }
        }

        try
        {
            await SettleAsync(null, cancellationToken).ConfigureAwait(false);
            return TryAdvance(null);
        }
        finally
        {
            Volatile.Write(ref _driving, 0);
            Touch();
        }
    }

    private async Task<TTask> RunAsync<TTask>(Func<TTask> call, CancellationToken cancellationToken)
        where TTask : Task
    {
        ArgumentNullException.ThrowIfNull(call);

        var run = new DrivenRun(new CallActivity(Touch), GetUtcNow());
        lock (_gate)
        {
            _runs.Add(run);
        }

        try
        {
            TTask task = run.Activity.Start(call);
            run.Task = task;
            while (!task.IsCompleted)
            {
                run.ThrowIfFailed();
                long seen = Volatile.Read(ref _version);
                if (Interlocked.CompareExchange(ref _driving, 1, 0) != 0)
                {
                    // Another run (or a step) is moving the clock for all of us: wait until something changes, then look again.
                    await WaitForChangeAsync(seen, task, null, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                try
                {
                    await DriveAsync(run, cancellationToken).ConfigureAwait(false);
                }
                finally
                {
                    Volatile.Write(ref _driving, 0);
                    Touch();
                }
            }

            return task;
        }
        finally
        {
            run.Activity.Stop();
            lock (_gate)
            {
                _runs.Remove(run);
            }

            Touch();
        }
    }

    /// <summary>One move of the clock for every run in progress, made by <paramref name="run"/> while it holds the driving.</summary>
    private async Task DriveAsync(DrivenRun run, CancellationToken cancellationToken)
    {
        Task task = run.Task!;
        await SettleAsync(task, cancellationToken).ConfigureAwait(false);
        if (!task.IsCompleted && !TryAdvance(run))
        {
            await WaitForChangeAsync(Volatile.Read(ref _version), task, NoTimerMessage, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Returns once <paramref name="task"/> completed or every run is idle: none of their code running and nothing changing for
    /// a few round trips.
    /// </summary>
    private async Task SettleAsync(Task? task, CancellationToken cancellationToken)
    {
        long guardStart = Stopwatch.GetTimestamp();
        int quiet = 0;
        while (quiet < QuietRounds && task?.IsCompleted != true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            long seen = Volatile.Read(ref _version);
            if (!RunsAreIdle())
            {
                // Code is running or queued: sleep until that changes rather than spin beside it.
                quiet = 0;
                await WaitForChangeAsync(seen, task, BusyMessage, cancellationToken).ConfigureAwait(false);
                continue;
            }

            await default(ThreadPoolYield);
            if (!RunsAreIdle() || Volatile.Read(ref _version) != seen)
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

    /// <summary>Whether the call of every run in progress is idle.</summary>
    private bool RunsAreIdle()
    {
        lock (_gate)
        {
            foreach (DrivenRun run in _runs)
            {
                if (run.IsPending && !run.IsIdle)
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>
    /// Moves the clock to the earliest pending timer; false when none is pending. A run that the move would take beyond
    /// <see cref="MaxAdvance"/> fails instead: <paramref name="own"/> by throwing here, before the clock moves, any other run
    /// by being failed and left out, so the others go on.
    /// </summary>
    private bool TryAdvance(DrivenRun? own)
    {
        if (NextDue() is not { } due)
        {
            return false;
        }

        DateTimeOffset now = GetUtcNow();
        TimeSpan step = due > now ? due - now : TimeSpan.Zero;
        if (own is not null && due - own.Start > MaxAdvance)
        {
            throw TooFar(own.Start, now, due);
        }

        lock (_gate)
        {
            foreach (DrivenRun other in _runs)
            {
                if (other != own && other.IsPending && due - other.Start > MaxAdvance)
                {
                    other.Fail(TooFar(other.Start, now, due));
                }
            }
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

    /// <summary>
    /// Waits, on the real clock and at most <see cref="IdleTimeout"/>, until anything changes or <paramref name="task"/>
    /// completes; <paramref name="failure"/> is the message of the timeout, null to say what the runs are stuck on.
    /// </summary>
    private async Task WaitForChangeAsync(long seen, Task? task, string? failure, CancellationToken cancellationToken)
    {
        // One waiter for all who wait: Touch completes it and the next one to wait installs a fresh one.
        var fresh = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        TaskCompletionSource<bool> waiter = Interlocked.CompareExchange(ref _waiter, fresh, null) ?? fresh;
        if (Volatile.Read(ref _version) != seen || task?.IsCompleted == true)
        {
            return;
        }

        using var guard = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Task expired = Task.Delay(IdleTimeout, guard.Token);
        Task first = await (task is null ? Task.WhenAny(waiter.Task, expired) : Task.WhenAny(waiter.Task, task, expired)).ConfigureAwait(false);
#pragma warning disable CA1849 // Cancel only stops our own Task.Delay timer; netstandard2.0 has no CancelAsync.
        guard.Cancel();
#pragma warning restore CA1849
        cancellationToken.ThrowIfCancellationRequested();
        if (first == expired)
        {
            failure ??= NextDue() is null ? NoTimerMessage : BusyMessage;
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

    private TimeoutException TooFar(DateTimeOffset start, DateTimeOffset now, DateTimeOffset due) => new(
        $"The call has not completed after the clock moved {Describe(now - start)}, and its next timer is due {Describe(due - start)} after the start, " +
        $"beyond MaxAdvance ({Describe(MaxAdvance)}). It may retry forever; raise MaxAdvance if it really needs that long.");

    private static string Describe(TimeSpan span) => span.ToString("c", CultureInfo.InvariantCulture);

    private const string NoTimerMessage =
        "The call has not completed and has waited {0} of real time on nothing this DrivenTimeProvider can move: no timer of it is pending. " +
        "It waits on something else: a delay or timeout on the real clock or on another TimeProvider (give this provider to the code under test, " +
        "its resilience pipeline and FakeStatusHandler), real I/O, or a task nobody completes.";

    private const string BusyMessage =
        "The call has kept running for {0} of real time without settling on a timer of this DrivenTimeProvider. " +
        "A thread blocked in the call (.Result, .Wait(), Thread.Sleep) or a busy loop never lets the clock move: await instead.";
}
