using Microsoft.Extensions.Time.Testing;

namespace FakeStatus.Tests.Time;

public sealed class DrivenTimeProviderTests
{
    private FakeTimeProvider _fake = null!;
    private DrivenTimeProvider _time = null!;

    [SetUp]
    public void SetUp()
    {
        _fake = TestClock.AtSeedTime();
        _time = new DrivenTimeProvider(_fake, _fake.Advance);
    }

    /// <summary>A client that honours Retry-After on the clock it is given, as production code should.</summary>
    private static async Task<int> GetHonouringRetryAfterAsync(HttpClient client, string path, TimeProvider time)
    {
        while (true)
        {
            using HttpResponseMessage response = await client.GetAsync(path);
            if (response.Headers.RetryAfter?.Delta is not { } wait)
            {
                return (int)response.StatusCode;
            }

            await Task.Delay(wait, time);
        }
    }

    [Test]
    public async Task RunUntilCompleteAsync_ClientHonouringRetryAfter120_CompletesAfterExactlyThatMuchFakeTime()
    {
        using var handler = new FakeStatusHandler(_time);
        handler.When("/report").RespondInSequence(s => s
            .Respond(503, r => r.WithRetryAfter(TimeSpan.FromSeconds(120)))
            .Respond(429, r => r.WithRetryAfter(TimeSpan.FromSeconds(120)))
            .Respond(200, r => r.WithoutHeader("Retry-After")));
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));

        int status = await _time.RunUntilCompleteAsync(() => GetHonouringRetryAfterAsync(client, "/report", _time));

        status.Should().Be(200);
        handler.Requests.Select(r => r.ArrivedAt - TestClock.SeedTime).Should().Equal(
            TimeSpan.Zero, TimeSpan.FromSeconds(120), TimeSpan.FromSeconds(240));
        _fake.GetUtcNow().Should().Be(TestClock.SeedTime.AddSeconds(240), "the clock moves to each timer's due time and no further");
    }

    [Test]
    public async Task RunUntilCompleteAsync_CallAlreadyComplete_DoesNotMoveTheClock()
    {
        int result = await _time.RunUntilCompleteAsync(() => Task.FromResult(7));

        result.Should().Be(7);
        _fake.GetUtcNow().Should().Be(TestClock.SeedTime);
    }

    [Test]
    public async Task RunUntilCompleteAsync_ContinuationBusyOnAnotherThread_DoesNotFireTheLongerTimeoutMeanwhile()
    {
        // The trap of advancing on a schedule: between two waits the call works on another thread, and a clock moved then
        // would jump to the only pending timer, the 60 s timeout, and cancel a call that needs 30 s.
        async Task<int> CallAsync()
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60), _time);
            int sum = 0;
            for (int i = 0; i < 3; i++)
            {
                await Task.Delay(TimeSpan.FromSeconds(10), _time, timeout.Token);
                sum += await Task.Run(() => BusyWork(i));
                await Task.Yield();
            }

            return sum;
        }

        int total = await _time.RunUntilCompleteAsync(CallAsync);

        total.Should().Be(BusyWork(0) + BusyWork(1) + BusyWork(2));
        _fake.GetUtcNow().Should().Be(TestClock.SeedTime.AddSeconds(30));
    }

    [Test]
    public async Task RunUntilCompleteAsync_DisposedTimer_IsNotAdvancedTo()
    {
        async Task CallAsync()
        {
            using (new CancellationTokenSource(TimeSpan.FromMinutes(5), _time))
            {
            }

            await Task.Delay(TimeSpan.FromSeconds(3), _time);
        }

        await _time.RunUntilCompleteAsync(CallAsync);

        _fake.GetUtcNow().Should().Be(TestClock.SeedTime.AddSeconds(3));
    }

    [Test]
    public async Task RunUntilCompleteAsync_ConcurrentWaits_FireInDueOrderAtTheirOwnTimes()
    {
        var fired = new List<(int Seconds, DateTimeOffset At)>();

        async Task WaitAsync(int seconds)
        {
            await Task.Delay(TimeSpan.FromSeconds(seconds), _time);
            lock (fired)
            {
                fired.Add((seconds, _time.GetUtcNow()));
            }
        }

        await _time.RunUntilCompleteAsync(() => Task.WhenAll(WaitAsync(3), WaitAsync(1), WaitAsync(2)));

        fired.Should().Equal((1, TestClock.SeedTime.AddSeconds(1)), (2, TestClock.SeedTime.AddSeconds(2)), (3, TestClock.SeedTime.AddSeconds(3)));
    }

    [Test]
    public async Task RunUntilCompleteAsync_PeriodicTimer_TicksOncePerPeriod()
    {
        async Task<List<DateTimeOffset>> TickThreeTimesAsync()
        {
            using var timer = new PeriodicTimer(TimeSpan.FromSeconds(5), _time);
            var ticks = new List<DateTimeOffset>();
            while (ticks.Count < 3 && await timer.WaitForNextTickAsync())
            {
                ticks.Add(_time.GetUtcNow());
            }

            return ticks;
        }

        List<DateTimeOffset> ticks = await _time.RunUntilCompleteAsync(TickThreeTimesAsync);

        ticks.Should().Equal(TestClock.SeedTime.AddSeconds(5), TestClock.SeedTime.AddSeconds(10), TestClock.SeedTime.AddSeconds(15));
    }

    [Test]
    public async Task RunUntilCompleteAsync_HandlerDelay_IsWaitedOnTheFakeClock()
    {
        using var handler = new FakeStatusHandler(_time);
        handler.When("/slow").Respond(200, r => r.WithDelay(TimeSpan.FromMinutes(2)));
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));

        using HttpResponseMessage response = await _time.RunUntilCompleteAsync(() => client.GetAsync("/slow"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Headers.Date.Should().Be(TestClock.SeedTime.AddMinutes(2));
    }

    internal static int BusyWork(int seed)
    {
        // Keeps this thread in the call while the thread pool runs 50 other work items one after another: a driver that only
        // waited for queued work to run (or for a real millisecond) would see a quiet pool here and move the clock too early.
        for (int i = 0; i < 50; i++)
        {
            using var done = new ManualResetEventSlim();
            ThreadPool.UnsafeQueueUserWorkItem(static d => d.Set(), done, preferLocal: false);
            done.Wait();
        }

        return seed * 7;
    }
}
