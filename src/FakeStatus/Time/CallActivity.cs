using System;
using System.Threading;
using System.Threading.Tasks;

namespace FakeStatus;

/// <summary>
/// What one call has in flight: the threads running its code right now, and the continuations it has queued and not yet run.
/// The call starts with a marker in its execution context, which flows into every continuation, task and timer callback it
/// creates, and the runtime reports each thread entering and leaving that context. The call also runs under this
/// synchronization context, so the continuations of its awaits (and <c>Task.Yield</c>) are queued here, counted, and run on
/// the thread pool. Idle (nothing running, nothing queued) means the call is waiting on something.
/// </summary>
internal sealed class CallActivity : SynchronizationContext
{
    private static readonly AsyncLocal<CallActivity?> Marker = new(OnContextChanged);

    private readonly Action _changed;
    private int _running;
    private int _queued;
    private volatile bool _stopped;

    public CallActivity(Action changed) => _changed = changed;

    /// <summary>Whether none of the call's code is running and none of its posted continuations is waiting to run.</summary>
    public bool IsIdle => Volatile.Read(ref _running) == 0 && Volatile.Read(ref _queued) == 0;

    /// <summary>Starts <paramref name="call"/> with this activity's marker in its execution context and as its synchronization context.</summary>
    /// <exception cref="InvalidOperationException"><paramref name="call"/> returned null.</exception>
    public TTask Start<TTask>(Func<TTask> call)
        where TTask : Task
    {
        SynchronizationContext? outerContext = SynchronizationContext.Current;
        CallActivity? outer = Marker.Value;
        SetSynchronizationContext(this);
        Marker.Value = this;
        try
        {
            return call() ?? throw new InvalidOperationException("The call returned null instead of a task; return the task of the work to run.");
        }
        finally
        {
            Marker.Value = outer;
            SetSynchronizationContext(outerContext);
        }
    }

    /// <summary>Stops reporting: code the call left behind (a background loop) no longer counts once the run is over.</summary>
    public void Stop() => _stopped = true;

    public override void Post(SendOrPostCallback d, object? state)
    {
        Interlocked.Increment(ref _queued);
        Changed();
        ThreadPool.UnsafeQueueUserWorkItem(static work => ((Posted)work!).Run(), new Posted(this, d, state));
    }

    public override SynchronizationContext CreateCopy() => this;

    private static void OnContextChanged(AsyncLocalValueChangedArgs<CallActivity?> change)
    {
        // The runtime reports only real changes (never the same activity before and after).
        change.PreviousValue?.Move(ref change.PreviousValue._running, -1);
        change.CurrentValue?.Move(ref change.CurrentValue._running, +1);
    }

    private void Move(ref int counter, int delta)
    {
        Interlocked.Add(ref counter, delta);
        Changed();
    }

    private void Changed()
    {
        if (!_stopped)
        {
            _changed();
        }
    }

    private sealed class Posted(CallActivity owner, SendOrPostCallback callback, object? state)
    {
        public void Run()
        {
            SynchronizationContext? outer = Current;
            SetSynchronizationContext(owner);
            try
            {
                callback(state);
            }
            finally
            {
                SetSynchronizationContext(outer);
                owner.Move(ref owner._queued, -1);
            }
        }
    }
}
