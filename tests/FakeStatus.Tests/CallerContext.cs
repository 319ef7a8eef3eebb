namespace FakeStatus.Tests;

/// <summary>
/// A caller's single-threaded synchronization context (a UI thread, classic ASP.NET) that counts every continuation posted
/// back to it. Each <see cref="Run{T}(Func{T})"/> installs a new instance on the test thread, so a continuation that captured
/// the instance of an earlier step and is completed in a later one must be posted, and is counted.
/// </summary>
internal sealed class CallerContext
{
    private int _posts;

    /// <summary>How many continuations were posted (or sent) to any instance of this caller's context.</summary>
    public int Posts => Volatile.Read(ref _posts);

    /// <summary>Runs <paramref name="step"/> on this thread under a new instance of the caller's context, then restores the previous one.</summary>
    public T Run<T>(Func<T> step)
    {
        SynchronizationContext? outer = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(new Instance(this));
        try
        {
            return step();
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(outer);
        }
    }

    /// <inheritdoc cref="Run{T}(Func{T})"/>
    public void Run(Action step) => Run(() =>
    {
        step();
        return true;
    });

    private sealed class Instance(CallerContext owner) : SynchronizationContext
    {
        public override void Post(SendOrPostCallback d, object? state)
        {
            Interlocked.Increment(ref owner._posts);
            base.Post(d, state);
        }

        public override void Send(SendOrPostCallback d, object? state)
        {
            Interlocked.Increment(ref owner._posts);
            base.Send(d, state);
        }

        public override SynchronizationContext CreateCopy() => this;
    }
}
