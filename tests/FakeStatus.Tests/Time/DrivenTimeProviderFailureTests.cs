using Microsoft.Extensions.Time.Testing;

namespace FakeStatus.Tests.Time;

public sealed class DrivenTimeProviderFailureTests
{
    private FakeTimeProvider _fake = null!;
    private DrivenTimeProvider _time = null!;

    [SetUp]
    public void SetUp()
    {
        _fake = TestClock.AtSeedTime();
        _time = new DrivenTimeProvider(_fake, _fake.Advance) { IdleTimeout = TimeSpan.FromMilliseconds(200) };
    }

    [Test]
    public async Task RunUntilCompleteAsync_CallWaitingOnNoTimer_FailsNamingWhatItWaitsOn()
    {
        var never = new TaskCompletionSource<int>();

        Func<Task> run = () => _time.RunUntilCompleteAsync(() => never.Task);

        (await run.Should().ThrowAsync<TimeoutException>())
            .WithMessage("*waited 00:00:00.2000000 of real time on nothing this DrivenTimeProvider can move*real clock or on another TimeProvider*");
        _fake.GetUtcNow().Should().Be(TestClock.SeedTime);
    }

    [Test]
    public async Task RunUntilCompleteAsync_CallWaitingOnTheWrappedClockDirectly_FailsBecauseItsTimerIsNotSeen()
    {
        Func<Task> run = () => _time.RunUntilCompleteAsync(() => Task.Delay(TimeSpan.FromSeconds(1), _fake));

        await run.Should().ThrowAsync<TimeoutException>().WithMessage("*give this provider to the code under test*");
    }

    [Test]
    public async Task RunUntilCompleteAsync_FaultedCall_RethrowsItsExceptionAfterItsWaits()
    {
        async Task<int> CallAsync()
        {
            await Task.Delay(TimeSpan.FromSeconds(10), _time);
            throw new InvalidOperationException("the order service refused");
        }

        Func<Task> run = () => _time.RunUntilCompleteAsync(CallAsync);

        await run.Should().ThrowExactlyAsync<InvalidOperationException>().WithMessage("the order service refused");
        _fake.GetUtcNow().Should().Be(TestClock.SeedTime.AddSeconds(10));
    }

    [Test]
    public async Task RunUntilCompleteAsync_CallThrowingBeforeItReturnsATask_Rethrows()
    {
        Func<Task> run = () => _time.RunUntilCompleteAsync((Func<Task>)(() => throw new ArgumentException("bad order id")));

        await run.Should().ThrowExactlyAsync<ArgumentException>().WithMessage("bad order id");
    }

    [Test]
    public async Task RunUntilCompleteAsync_CallCancelledByItsTimeoutOnTheDrivenClock_EndsCancelledAtTheTimeout()
    {
        using var handler = new FakeStatusHandler(_time);
        handler.When("/slow").Respond(200, r => r.WithDelay(TimeSpan.FromSeconds(30)));
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5), _time);

        Func<Task> run = () => _time.RunUntilCompleteAsync(() => client.GetAsync("/slow", timeout.Token));

        await run.Should().ThrowAsync<TaskCanceledException>();
        _fake.GetUtcNow().Should().Be(TestClock.SeedTime.AddSeconds(5), "the 5 s timeout fires before the 30 s delay");
        handler.Requests.Should().ContainSingle().Which.StatusCode.Should().BeNull("the request was cancelled while it waited");
    }

    [Test]
    public async Task RunUntilCompleteAsync_DriverCancelled_StopsDrivingWithOperationCanceled()
    {
        using var stop = new CancellationTokenSource();
        var never = new TaskCompletionSource<int>();

        Func<Task> run = () => _time.RunUntilCompleteAsync(
            () =>
            {
#pragma warning disable CA1849 // Cancelled synchronously, inside the call, so the clock sees it before the call returns.
                stop.Cancel();
#pragma warning restore CA1849
                return never.Task;
            },
            stop.Token);

        await run.Should().ThrowAsync<OperationCanceledException>();
    }

    [Test]
    public async Task RunUntilCompleteAsync_CallThatNeverStops_FailsAtMaxAdvance()
    {
        var time = new DrivenTimeProvider(_fake, _fake.Advance) { MaxAdvance = TimeSpan.FromHours(1) };

        async Task RetryForeverAsync()
        {
            while (true)
            {
                await Task.Delay(TimeSpan.FromMinutes(7), time);
            }
        }

        Func<Task> run = () => time.RunUntilCompleteAsync(RetryForeverAsync);

        await run.Should().ThrowAsync<TimeoutException>().WithMessage("*beyond MaxAdvance (01:00:00)*raise MaxAdvance*");
        _fake.GetUtcNow().Should().Be(TestClock.SeedTime.AddMinutes(56), "the clock stops at the last timer within the limit");
    }

    [Test]
    public async Task RunUntilCompleteAsync_AdvanceThatDoesNotMoveTheClock_FailsNamingTheDelegate()
    {
        var time = new DrivenTimeProvider(_fake, _ => { });

        Func<Task> run = () => time.RunUntilCompleteAsync(() => Task.Delay(TimeSpan.FromSeconds(1), time));

        await run.Should().ThrowAsync<InvalidOperationException>().WithMessage("*advance delegate*new DrivenTimeProvider(fake, fake.Advance)*");
    }

    [Test]
    public async Task RunUntilCompleteAsync_CallReturningNull_IsRefused()
    {
        Func<Task> run = () => _time.RunUntilCompleteAsync(() => (Task<int>)null!);

        await run.Should().ThrowAsync<InvalidOperationException>().WithMessage("*returned null instead of a task*");
    }

    [Test]
    public async Task RunUntilCompleteAsync_NullCall_ThrowsArgumentNull()
    {
        Func<Task> run = () => _time.RunUntilCompleteAsync((Func<Task>)null!);

        await run.Should().ThrowAsync<ArgumentNullException>().WithParameterName("call");
    }

    [Test]
    public void Constructor_NullArguments_ThrowArgumentNull()
    {
        FluentActions.Invoking(() => new DrivenTimeProvider(null!, _ => { })).Should().Throw<ArgumentNullException>().WithParameterName("clock");
        FluentActions.Invoking(() => new DrivenTimeProvider(_fake, null!)).Should().Throw<ArgumentNullException>().WithParameterName("advance");
    }

    [Test]
    public void Constructor_SystemClock_IsRefused() =>
        FluentActions.Invoking(() => new DrivenTimeProvider(TimeProvider.System, _ => { }))
            .Should().Throw<ArgumentException>().WithParameterName("clock").WithMessage("*real clock cannot be moved*FakeTimeProvider*");

    [TestCase(0)]
    [TestCase(-1)]
    public void Limits_NotPositive_AreRefused(int seconds)
    {
        FluentActions.Invoking(() => new DrivenTimeProvider(_fake, _fake.Advance) { IdleTimeout = TimeSpan.FromSeconds(seconds) })
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("IdleTimeout");
        FluentActions.Invoking(() => new DrivenTimeProvider(_fake, _fake.Advance) { MaxAdvance = TimeSpan.FromSeconds(seconds) })
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("MaxAdvance");
    }

    [Test]
    public void CreateTimer_NegativeDueTime_ThrowsArgumentOutOfRange() =>
        FluentActions.Invoking(() => _time.CreateTimer(_ => { }, null, TimeSpan.FromSeconds(-2), Timeout.InfiniteTimeSpan))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("dueTime");
}
