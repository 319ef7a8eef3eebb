using System;
using System.Runtime.CompilerServices;
using System.Threading;

namespace FakeStatus;

/// <summary>
/// Awaiting this always gives the thread back and resumes from the back of the thread pool's global queue. The thread first
/// runs the work it queued itself (its local queue), and the global queue is first in, first out; so when the await returns,
/// every work item queued before it has usually been taken by a thread. Not always: a thread descheduled on a loaded machine
/// leaves its local queue untaken, which is why settling also checks that no work item is pending.
/// </summary>
internal readonly struct ThreadPoolYield : ICriticalNotifyCompletion
{
    private static readonly WaitCallback Run = static continuation => ((Action)continuation!)();

    public bool IsCompleted => false;

    public ThreadPoolYield GetAwaiter() => this;

    public void GetResult()
    {
    }

    // The WaitCallback overloads always use the global queue, never the calling thread's local one.
    public void OnCompleted(Action continuation) => ThreadPool.QueueUserWorkItem(Run, continuation);

    public void UnsafeOnCompleted(Action continuation) => ThreadPool.UnsafeQueueUserWorkItem(Run, continuation);
}
