namespace FakeStatus.Tests.Handler;

/// <summary>
/// <c>Send</c> stays synchronous all the way (the body is read and the pass-through called with the synchronous APIs), and
/// <c>SendAsync</c> stays asynchronous, so neither blocks on the other's kind of work.
/// </summary>
public sealed class SyncAsyncPathTests
{
    [Test]
    public async Task SendAsync_ReadsTheBodyAndPassesThroughAsynchronously()
    {
        using var inner = new RecordingInner();
        using var handler = new FakeStatusHandler(new FakeStatusOptions { Unmatched = UnmatchedPolicy.PassThrough(inner), UseUrlConventions = false });
        using var invoker = new HttpMessageInvoker(handler, disposeHandler: false);
        var content = new RecordingContent();
        using var request = new HttpRequestMessage(HttpMethod.Post, "https://api.test/x") { Content = content };

        using HttpResponseMessage response = await invoker.SendAsync(request, CancellationToken.None);

        content.ReadBy.Should().Equal("async");
        inner.CalledBy.Should().Equal("async");
        handler.Requests.Single().BodyText.Should().Be("async");
    }

#if !FAKESTATUS_NETSTANDARD
    [Test]
    public void Send_ReadsTheBodyAndPassesThroughSynchronously()
    {
        using var inner = new RecordingInner();
        using var handler = new FakeStatusHandler(new FakeStatusOptions { Unmatched = UnmatchedPolicy.PassThrough(inner), UseUrlConventions = false });
        using var invoker = new HttpMessageInvoker(handler, disposeHandler: false);
        var content = new RecordingContent();
        using var request = new HttpRequestMessage(HttpMethod.Post, "https://api.test/x") { Content = content };

        using HttpResponseMessage response = invoker.Send(request, CancellationToken.None);

        content.ReadBy.Should().Equal("sync");
        inner.CalledBy.Should().Equal("sync");
        handler.Requests.Single().BodyText.Should().Be("sync");
    }

    [Test]
    public void Send_OnADisposedHandler_ThrowsObjectDisposed()
    {
        var handler = new FakeStatusHandler();
        using var invoker = new HttpMessageInvoker(handler, disposeHandler: false);
        handler.Dispose();
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://api.test/200");

        FluentActions.Invoking(() => invoker.Send(request, CancellationToken.None)).Should().Throw<ObjectDisposedException>()
            .WithMessage("This FakeStatusHandler has been disposed; create a new one per test.*");
        handler.Requests.Should().BeEmpty();
    }
#endif

    /// <summary>A body that writes which serialisation read it ("sync" or "async") and remembers it.</summary>
    private sealed class RecordingContent : HttpContent
    {
        public List<string> ReadBy { get; } = [];

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => SerializeToStreamAsync(stream, context, CancellationToken.None);

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
        {
            ReadBy.Add("async");
            await stream.WriteAsync("async"u8.ToArray(), cancellationToken);
        }

        protected override void SerializeToStream(Stream stream, TransportContext? context, CancellationToken cancellationToken)
        {
            ReadBy.Add("sync");
            stream.Write("sync"u8);
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }

    /// <summary>A pass-through target that remembers whether it was called with Send ("sync") or SendAsync ("async").</summary>
    private sealed class RecordingInner : HttpMessageHandler
    {
        public List<string> CalledBy { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            CalledBy.Add("async");
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.Accepted));
        }

        protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            CalledBy.Add("sync");
            return new HttpResponseMessage(HttpStatusCode.Accepted);
        }
    }
}
