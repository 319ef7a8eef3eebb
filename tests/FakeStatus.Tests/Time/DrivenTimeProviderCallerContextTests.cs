using Microsoft.Extensions.Time.Testing;

namespace FakeStatus.Tests.Time;

/// <summary>
/// A test on a single-threaded synchronization context (a UI thread) that drives a call must not get the driver's or the
/// call's continuations posted back to it: the driver never resumes on the caller's context, and the call runs on the
/// driver's own context from its first line to its last.
/// </summary>
public sealed class DrivenTimeProviderCallerContextTests
{
    private FakeTimeProvider _fake = null!;
    private DrivenTimeProvider _time = null!;

    [SetUp]
    public void SetUp()
    {
        _fake = TestClock.AtSeedTime();
        _time = new DrivenTimeProvider(_fake, _fake.Advance);
    }

    [TestCase(true)]
    [TestCase(false)]
    public async Task RunUntilCompleteAsync_StartedOnTheCallersContextWhileTheCallIsBusy_NeverResumesOnIt(bool returnsValue)
    {
        // The call is still running on another thread when it returns its task, so the driver's first wait really suspends.
        using var started = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        Task<int> Call()
        {
            Task<int> work = Task.Run(() =>
            {
                started.Set();
                release.Wait();
                return 42;
            });
            started.Wait();
            return work;
        }

        var caller = new CallerContext();

        Task<int>? withValue = returnsValue ? caller.Run(() => _time.RunUntilCompleteAsync(Call)) : null;
        Task running = withValue ?? caller.Run(() => _time.RunUntilCompleteAsync((Func<Task>)Call));
        running.IsCompleted.Should().BeFalse("the call is still working");
        release.Set();
        await running;

        caller.Posts.Should().Be(0);
        if (withValue is not null)
        {
            (await withValue).Should().Be(42);
        }

        _fake.GetUtcNow().Should().Be(TestClock.SeedTime);
    }

    [Test]
    public async Task AdvanceToNextTimerAsync_StartedOnTheCallersContext_GivesTheThreadBackAndNeverResumesOnIt()
    {
        Task due = Task.Delay(TimeSpan.FromSeconds(4), _time);
        var caller = new CallerContext();

        // Settling waits for thread-pool round trips, so the call usually returns before it is done; how soon those
        // finish depends on the machine, so only where it resumes is asserted, not that it had not finished yet.
        Task<bool> advancing = caller.Run(() => _time.AdvanceToNextTimerAsync());
        bool moved = await advancing;

        caller.Posts.Should().Be(0);
        moved.Should().BeTrue();
        await due;
        _fake.GetUtcNow().Should().Be(TestClock.SeedTime.AddSeconds(4));
    }

    [Test]
    public async Task RunUntilCompleteAsync_CallAwaitingOnTheDrivenClock_RunsOnTheDriversContextNotTheCallers()
    {
        var contexts = new List<SynchronizationContext?>();
        async Task<int> CallAsync()
        {
            contexts.Add(SynchronizationContext.Current);
            await Task.Delay(TimeSpan.FromSeconds(1), _time);
            contexts.Add(SynchronizationContext.Current);
            await Task.Delay(TimeSpan.FromSeconds(2), _time);
            contexts.Add(SynchronizationContext.Current);
            return 7;
        }

        var caller = new CallerContext();

        int result = await caller.Run(() => _time.RunUntilCompleteAsync(CallAsync));

        result.Should().Be(7);
        caller.Posts.Should().Be(0, "the call's continuations go to the driver's context, never to the caller's");
        contexts.Should().HaveCount(3);
        contexts[0].Should().NotBeNull();
        contexts.Should().AllSatisfy(c => c.Should().BeSameAs(contexts[0]), "every continuation of the call resumes on the same context it started on");
        _fake.GetUtcNow().Should().Be(TestClock.SeedTime.AddSeconds(3));
    }
}
