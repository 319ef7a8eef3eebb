using Microsoft.Extensions.Time.Testing;

namespace FakeStatus.Tests.Handler;

/// <summary>
/// Disposing a handler or a scope ends the delays of its requests still waiting (<c>?sleep=</c>, <c>WithDelay</c>) at once,
/// with <see cref="ObjectDisposedException"/>, and releases their timers; the fake clock never moves.
/// </summary>
public sealed class DisposalEndsWaitsTests
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(10);

    [Test]
    public async Task Dispose_RequestsSleepingOnTheClock_EndWithObjectDisposedAndReleaseTheirTimers()
    {
        var clock = new TimerCountingClock();
        var handler = new FakeStatusHandler(clock);
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));
        Task<HttpResponseMessage>[] pending = Enumerable.Range(0, 100).Select(_ => client.GetAsync("/503?sleep=300000")).ToArray();
        clock.LiveTimers.Should().Be(100, "each sleeping request holds one timer");

        handler.Dispose();

        foreach (Task<HttpResponseMessage> request in pending)
        {
            (await request.Awaiting(r => r.WaitAsync(Guard)).Should().ThrowAsync<ObjectDisposedException>())
                .WithMessage("The FakeStatusHandler was disposed while the request waited out its delay of 00:05:00*")
                .Which.ObjectName.Should().Be("FakeStatusHandler");
        }

        clock.LiveTimers.Should().Be(0, "ending a wait releases its timer");
        clock.GetUtcNow().Should().Be(TestClock.SeedTime, "the waits ended without the clock moving");
        handler.Requests.Should().HaveCount(100).And.OnlyContain(r => r.Outcome == RequestOutcome.Failed && r.StatusCode == null);
    }

#if !FAKESTATUS_NETSTANDARD // Send is overridden from .NET 5 only.
    [Test]
    public async Task Dispose_SynchronousSendSleeping_EndsWithObjectDisposed()
    {
        var clock = new TimerCountingClock();
        var handler = new FakeStatusHandler(clock);
        using var invoker = new HttpMessageInvoker(handler, disposeHandler: false);
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://fake.test/200?sleep=1000");
        using var started = new ManualResetEventSlim();
        clock.TimerCreated = started.Set;

        Task<HttpResponseMessage> send = Task.Run(() => invoker.Send(request, CancellationToken.None));
        started.Wait(Guard).Should().BeTrue("the request starts its sleep");
        handler.Dispose();

        await FluentActions.Awaiting(() => send.WaitAsync(Guard)).Should().ThrowAsync<ObjectDisposedException>();
        clock.LiveTimers.Should().Be(0);
    }
#endif

    [Test]
    public async Task DisposeScope_ItsRequestWaiting_EndsWithObjectDisposedWhileOthersWaitOn()
    {
        var clock = new TimerCountingClock();
        using var handler = new FakeStatusHandler(clock);
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));
        handler.When("/slow").Respond(200, r => r.WithDelay(TimeSpan.FromMinutes(5)));
        Task<HttpResponseMessage> outside = client.GetAsync("/slow");
        (FakeStatusScope scope, Task<HttpResponseMessage> inside) = await Task.Run(() =>
        {
            FakeStatusScope s = handler.BeginScope();   // this test's scope, begun on its own async flow
            s.When("/slow").Respond(202, r => r.WithDelay(TimeSpan.FromMinutes(5)));
            return (s, client.GetAsync("/slow"));
        });

        scope.Dispose();

        (await inside.Awaiting(r => r.WaitAsync(Guard)).Should().ThrowAsync<ObjectDisposedException>())
            .WithMessage("The FakeStatusScope this request came from (scope #1 (disposed)) was disposed while the request waited out its delay of 00:05:00*")
            .Which.ObjectName.Should().Be("FakeStatusScope");
        outside.IsCompleted.Should().BeFalse("a request outside the scope keeps waiting");
        clock.LiveTimers.Should().Be(1);
        clock.Advance(TimeSpan.FromMinutes(5));
        using HttpResponseMessage response = await outside.WaitAsync(Guard);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Test]
    public async Task Dispose_CallerCancelsBeforeTheHandlerIsDisposed_StaysACancellation()
    {
        var clock = new TimerCountingClock();
        var handler = new FakeStatusHandler(clock);
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));
        using var cancel = new CancellationTokenSource();
        Task<HttpResponseMessage> pending = client.GetAsync("/200?sleep=1000", cancel.Token);

        await cancel.CancelAsync();
        handler.Dispose();

        await pending.Awaiting(r => r.WaitAsync(Guard)).Should().ThrowAsync<TaskCanceledException>();
        handler.Requests.Single().Outcome.Should().Be(RequestOutcome.Cancelled);
    }

    /// <summary>A fake clock that counts the timers created through it and not yet disposed.</summary>
    private sealed class TimerCountingClock : TimeProvider
    {
        private readonly FakeTimeProvider _fake = TestClock.AtSeedTime();
        private int _live;

        public int LiveTimers => Volatile.Read(ref _live);

        public Action? TimerCreated { get; set; }

        public void Advance(TimeSpan by) => _fake.Advance(by);

        public override DateTimeOffset GetUtcNow() => _fake.GetUtcNow();

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            Interlocked.Increment(ref _live);
            var timer = new CountedTimer(this, _fake.CreateTimer(callback, state, dueTime, period));
            TimerCreated?.Invoke();
            return timer;
        }

        private sealed class CountedTimer(TimerCountingClock owner, ITimer inner) : ITimer
        {
            private int _disposed;

            public bool Change(TimeSpan dueTime, TimeSpan period) => inner.Change(dueTime, period);

            public void Dispose()
            {
                if (Interlocked.Exchange(ref _disposed, 1) == 0)
                {
                    Interlocked.Decrement(ref owner._live);
                }

                inner.Dispose();
            }

            public ValueTask DisposeAsync()
            {
                Dispose();
                return default;
            }
        }
    }
}
