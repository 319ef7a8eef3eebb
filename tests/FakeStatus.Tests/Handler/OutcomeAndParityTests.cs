using System.Net.Sockets;
using Microsoft.Extensions.Time.Testing;

namespace FakeStatus.Tests.Handler;

/// <summary>
/// Every outcome is recorded as its enum value, once, and the synchronous <c>Send</c> records exactly what
/// <c>SendAsync</c> records for the same input, cancellation at each stage included.
/// </summary>
public sealed class OutcomeAndParityTests
{
    public enum Scenario
    {
        Convention,
        Route,
        Fault,
        Unmatched,
        SequenceExhausted,
        PassedThrough,
        PassThroughFailed,
        CancelledBeforeArrival,
        CancelledDuringBodyRead,
        CancelledDuringDelay,
        BodyReadFails,
        UnmatchedResponse,
    }

    private static readonly Dictionary<Scenario, RequestOutcome> Expected = new()
    {
        [Scenario.Convention] = RequestOutcome.Answered,
        [Scenario.Route] = RequestOutcome.Answered,
        [Scenario.Fault] = RequestOutcome.Faulted,
        [Scenario.Unmatched] = RequestOutcome.Unmatched,
        [Scenario.SequenceExhausted] = RequestOutcome.SequenceExhausted,
        [Scenario.PassedThrough] = RequestOutcome.PassedThrough,
        [Scenario.PassThroughFailed] = RequestOutcome.PassThroughFailed,
        [Scenario.CancelledBeforeArrival] = RequestOutcome.Cancelled,
        [Scenario.CancelledDuringBodyRead] = RequestOutcome.Cancelled,
        [Scenario.CancelledDuringDelay] = RequestOutcome.Cancelled,
        [Scenario.BodyReadFails] = RequestOutcome.Failed,
        [Scenario.UnmatchedResponse] = RequestOutcome.Unmatched,
    };

    [Test]
    public void EveryOutcome_HasAScenario() =>
        Expected.Values.Distinct().Should().BeEquivalentTo(Enum.GetValues<RequestOutcome>());

    [TestCaseSource(nameof(AllScenarios))]
    public void Send_And_SendAsync_RecordTheSameOutcome(Scenario scenario)
    {
        (RecordedRequest asyncRecord, Exception? asyncError) = Run(scenario, sync: false);
        asyncRecord.Outcome.Should().Be(Expected[scenario]);
#if !FAKESTATUS_NETSTANDARD
        // The netstandard2.0 build has no synchronous Send to compare (HttpMessageHandler.Send came with .NET 5).
        (RecordedRequest syncRecord, Exception? syncError) = Run(scenario, sync: true);
        Shape(syncRecord).Should().Be(Shape(asyncRecord));
        syncError?.GetType().Should().Be(asyncError?.GetType());
#else
        _ = asyncError;
#endif
    }

    private static Scenario[] AllScenarios() => Enum.GetValues<Scenario>();

    private static string Shape(RecordedRequest r) =>
        $"{r.Method} {r.Uri} {r.Outcome} {r.StatusCode} {r.Route?.Name} #{r.CallNumber} seed={r.RandomSeed} body={r.BodyText} detail={r.Detail}";

    private static (RecordedRequest Record, Exception? Error) Run(Scenario scenario, bool sync)
    {
        using var cancel = new CancellationTokenSource();
        var clock = new CancellingClock(cancel);
        using var inner = new StubInner(fail: scenario == Scenario.PassThroughFailed);
        UnmatchedPolicy policy = scenario switch
        {
            Scenario.PassedThrough or Scenario.PassThroughFailed => UnmatchedPolicy.PassThrough(inner),
            Scenario.UnmatchedResponse => UnmatchedPolicy.Respond(404),
            _ => UnmatchedPolicy.Throw,
        };
        using var handler = new FakeStatusHandler(new FakeStatusOptions { TimeProvider = clock, Unmatched = policy, RandomSeed = 1 });
        handler.When("/route").Respond(201);
        handler.When("/fault").Throw(FakeFault.ConnectionRefused());
        handler.When("/once").RespondInSequence(s => s.Respond(200).ThrowWhenExhausted());
        handler.When("/slow").Respond(200, r => r.WithDelay(TimeSpan.FromSeconds(5)));
        using var invoker = new HttpMessageInvoker(handler, disposeHandler: false);
        if (scenario == Scenario.SequenceExhausted)
        {
            using HttpResponseMessage first = invoker.SendAsync(new HttpRequestMessage(HttpMethod.Get, "https://fake.test/once"), CancellationToken.None).GetAwaiter().GetResult();
            handler.ClearRequests();
        }

        string path = scenario switch
        {
            Scenario.Convention => "/smtp/530",
            Scenario.Route or Scenario.CancelledBeforeArrival or Scenario.CancelledDuringBodyRead or Scenario.BodyReadFails => "/route",
            Scenario.Fault => "/fault",
            Scenario.SequenceExhausted => "/once",
            Scenario.CancelledDuringDelay => "/slow",
            _ => "/nowhere",
        };
        using var request = new HttpRequestMessage(scenario is Scenario.CancelledDuringBodyRead or Scenario.BodyReadFails ? HttpMethod.Post : HttpMethod.Get, "https://fake.test" + path);
        if (scenario == Scenario.CancelledDuringBodyRead)
        {
            request.Content = new TrippingContent(() => cancel.Cancel());
        }
        else if (scenario == Scenario.BodyReadFails)
        {
            request.Content = new TrippingContent(() => throw new IOException("the body stream broke"));
        }

        if (scenario == Scenario.CancelledBeforeArrival)
        {
            cancel.Cancel();
        }

        clock.CancelOnTimer = scenario == Scenario.CancelledDuringDelay;
        Exception? error = null;
        try
        {
            using HttpResponseMessage response = sync
                ? invoker.Send(request, cancel.Token)
                : invoker.SendAsync(request, cancel.Token).GetAwaiter().GetResult();
        }
        catch (Exception e)
        {
            error = e;
        }

        return (handler.Requests.Single(), error);
    }

    /// <summary>A fake clock that cancels the request's token the moment a delay starts waiting on it.</summary>
    private sealed class CancellingClock(CancellationTokenSource cancel) : FakeTimeProvider(TestClock.SeedTime)
    {
        public bool CancelOnTimer { get; set; }

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            if (CancelOnTimer)
            {
                cancel.Cancel();
            }

            return base.CreateTimer(callback, state, dueTime, period);
        }
    }

    /// <summary>Content whose serialisation runs <c>trip</c> (cancel the token, or throw) on both the sync and async paths.</summary>
    private sealed class TrippingContent(Action trip) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => SerializeToStreamAsync(stream, context, CancellationToken.None);

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
        {
            trip();
            cancellationToken.ThrowIfCancellationRequested();
            return Task.CompletedTask;
        }

        protected override void SerializeToStream(Stream stream, TransportContext? context, CancellationToken cancellationToken)
        {
            trip();
            cancellationToken.ThrowIfCancellationRequested();
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }

    private sealed class StubInner(bool fail) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(Answer());

        protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken) => Answer();

        private HttpResponseMessage Answer() => fail
            ? throw new HttpRequestException("Connection refused", new SocketException((int)SocketError.ConnectionRefused))
            : new HttpResponseMessage(HttpStatusCode.Accepted);
    }
}
