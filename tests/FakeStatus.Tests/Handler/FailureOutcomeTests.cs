namespace FakeStatus.Tests.Handler;

/// <summary>
/// A request counts as cancelled only when the caller's token was cancelled: an <see cref="OperationCanceledException"/>
/// from somewhere else (a body stream's or an inner client's own timeout) is a failure, logged with its type and message.
/// </summary>
public sealed class FailureOutcomeTests
{
    public enum Thrown
    {
        Broken,
        OwnTimeout,
    }

    [TestCase(Thrown.Broken, "InvalidOperationException: the body stream broke")]
    [TestCase(Thrown.OwnTimeout, "TaskCanceledException: the body stream timed out")]
    public async Task BodyReadThrows_WithoutTheCallerCancelling_IsAFailure(Thrown thrown, string detail)
    {
        using var handler = new FakeStatusHandler(TestClock.AtSeedTime());
        using var invoker = new HttpMessageInvoker(handler, disposeHandler: false);
        Exception error = thrown == Thrown.Broken ? new InvalidOperationException("the body stream broke") : new TaskCanceledException("the body stream timed out");
        using var request = new HttpRequestMessage(HttpMethod.Post, "https://api.test/200") { Content = new ThrowingContent(error) };

        Func<Task> act = () => invoker.SendAsync(request, CancellationToken.None);

        await act.Should().ThrowAsync<Exception>();
        RecordedRequest recorded = handler.Requests.Single();
        recorded.Outcome.Should().Be(RequestOutcome.Failed);
        recorded.Detail.Should().Be(detail);
    }

    [Test]
    public async Task PassThroughTimesOut_WithoutTheCallerCancelling_IsAPassThroughFailure()
    {
        using var inner = new FailingInner(_ => throw new TaskCanceledException("the inner client timed out"));
        using var handler = new FakeStatusHandler(new FakeStatusOptions { Unmatched = UnmatchedPolicy.PassThrough(inner), UseUrlConventions = false });
        using var invoker = new HttpMessageInvoker(handler, disposeHandler: false);
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://api.test/x");

        Func<Task> act = () => invoker.SendAsync(request, CancellationToken.None);

        await act.Should().ThrowAsync<TaskCanceledException>();
        RecordedRequest recorded = handler.Requests.Single();
        recorded.Outcome.Should().Be(RequestOutcome.PassThroughFailed);
        recorded.Detail.Should().Be("pass-through failed: TaskCanceledException");
    }

    [Test]
    public async Task PassThrough_CancelledByTheCaller_IsCancelled()
    {
        using var cancel = new CancellationTokenSource();
        using var inner = new FailingInner(token =>
        {
            cancel.Cancel();
            token.ThrowIfCancellationRequested();
        });
        using var handler = new FakeStatusHandler(new FakeStatusOptions { Unmatched = UnmatchedPolicy.PassThrough(inner), UseUrlConventions = false });
        using var invoker = new HttpMessageInvoker(handler, disposeHandler: false);
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://api.test/x");

        Func<Task> act = () => invoker.SendAsync(request, cancel.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
        RecordedRequest recorded = handler.Requests.Single();
        recorded.Outcome.Should().Be(RequestOutcome.Cancelled);
        recorded.Detail.Should().Be("pass-through failed: OperationCanceledException");
    }

    /// <summary>A body whose serialisation throws the given exception, on both the sync and async paths.</summary>
    private sealed class ThrowingContent(Exception error) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => throw error;

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken) => throw error;

        protected override void SerializeToStream(Stream stream, TransportContext? context, CancellationToken cancellationToken) => throw error;

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }

    /// <summary>A pass-through target that runs <c>fail</c> with the request's token and never answers.</summary>
    private sealed class FailingInner(Action<CancellationToken> fail) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            fail(cancellationToken);
            throw new InvalidOperationException("fail must throw");
        }
    }
}
