using System.Text;
using Microsoft.Extensions.Time.Testing;

namespace FakeStatus.Tests.Handler;

/// <summary>
/// A caller on a single-threaded synchronization context (a UI thread) that blocks on <c>.Result</c> must not deadlock, so
/// FakeStatus never resumes on the caller's context. The call starts on the caller's context, and one await at a time is
/// made to really suspend (an await that finds its task complete captures nothing): a continuation that captured the
/// caller's context would be posted to it, and counted, before the call completes.
/// </summary>
public sealed class CallerContextTests
{
    private static readonly Uri Api = new("https://api.test");

    [TestCase("request body")]
    [TestCase("route delay")]
    [TestCase("pass-through")]
    public async Task SendAsync_StartedOnTheCallersContext_NeverResumesOnIt(string pending)
    {
        FakeTimeProvider fake = TestClock.AtSeedTime();
        var inner = new PendingHandler();
        using var handler = new FakeStatusHandler(new FakeStatusOptions { TimeProvider = fake, Unmatched = UnmatchedPolicy.PassThrough(inner) });
        handler.When(HttpMethod.Post, "/orders").Respond(201);
        handler.When(HttpMethod.Get, "/slow").Respond(200, r => r.WithDelay(TimeSpan.FromSeconds(5)));
        using var invoker = new HttpMessageInvoker(handler);
        var body = new PendingContent("{\"id\":7}");
        using HttpRequestMessage request = pending switch
        {
            "request body" => new HttpRequestMessage(HttpMethod.Post, new Uri(Api, "/orders")) { Content = body },
            "route delay" => new HttpRequestMessage(HttpMethod.Get, new Uri(Api, "/slow")),
            _ => new HttpRequestMessage(HttpMethod.Get, new Uri(Api, "/elsewhere")),
        };
        var caller = new CallerContext();

        Task<HttpResponseMessage> sending = caller.Run(() => invoker.SendAsync(request, CancellationToken.None));
        sending.IsCompleted.Should().BeFalse($"the {pending} is pending");
        body.Release();
        fake.Advance(TimeSpan.FromSeconds(5));
        inner.Respond(new HttpResponseMessage(HttpStatusCode.Accepted));
        using HttpResponseMessage response = await sending;

        caller.Posts.Should().Be(0);
        response.StatusCode.Should().Be(pending switch
        {
            "request body" => HttpStatusCode.Created,
            "route delay" => HttpStatusCode.OK,
            _ => HttpStatusCode.Accepted,
        });
        handler.Requests.Should().ContainSingle().Which.Outcome.Should().Be(pending == "pass-through" ? RequestOutcome.PassedThrough : RequestOutcome.Answered);
    }

    [TestCase("request body")]
    [TestCase("inner handler")]
    [TestCase("response body")]
    public async Task RecorderSendAsync_StartedOnTheCallersContext_NeverResumesOnIt(string pending)
    {
        var inner = new PendingHandler();
        using var recorder = new CassetteRecorder(inner);
        using var invoker = new HttpMessageInvoker(recorder);
        var requestBody = new PendingContent("order 7");
        var responseBody = new PendingContent("{\"status\":\"shipped\"}");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(Api, "/orders")) { Content = pending == "request body" ? requestBody : null };
        if (pending != "inner handler")
        {
            inner.Respond(new HttpResponseMessage(HttpStatusCode.OK) { Content = responseBody });
        }

        if (pending != "response body")
        {
            responseBody.Release();
        }

        var caller = new CallerContext();

        Task<HttpResponseMessage> sending = caller.Run(() => invoker.SendAsync(request, CancellationToken.None));
        sending.IsCompleted.Should().BeFalse($"the {pending} is pending");
        requestBody.Release();
        if (pending == "inner handler")
        {
            inner.Respond(new HttpResponseMessage(HttpStatusCode.OK) { Content = responseBody });
        }

        responseBody.Release();
        using HttpResponseMessage response = await sending;

        caller.Posts.Should().Be(0);
        CassetteInteraction recorded = recorder.Cassette.Interactions.Should().ContainSingle().Subject;
        Encoding.UTF8.GetString(recorded.RequestBody).Should().Be(pending == "request body" ? "order 7" : string.Empty);
        Encoding.UTF8.GetString(recorded.ResponseBody).Should().Be("{\"status\":\"shipped\"}");
    }

    [Test]
    public async Task FormatAsync_StartedOnTheCallersContext_NeverResumesOnIt()
    {
        var body = new PendingContent("done");
        using var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = body };
        var caller = new CallerContext();

        Task<string> formatting = caller.Run(() => RawResponse.FormatAsync(response));
        formatting.IsCompleted.Should().BeFalse("the body is pending");
        body.Release();
        string text = await formatting;

        caller.Posts.Should().Be(0);
        text.Should().Be("HTTP/1.1 200 OK\r\n\r\ndone");
    }

    [Test]
    public async Task CopyToAsync_BodyEndingEarlyStartedOnTheCallersContext_FailsWithoutResumingOnIt()
    {
        using var handler = new FakeStatusHandler(TestClock.AtSeedTime());
        handler.When("/cut").Respond(200, r => r.WithBody("0123456789", "text/plain").WithBodyEndingEarly(4));
        using var invoker = new HttpMessageInvoker(handler);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(Api, "/cut"));
        using HttpResponseMessage response = await invoker.SendAsync(request, CancellationToken.None);
        using var received = new PendingWriteStream();
        var caller = new CallerContext();

        Task copying = caller.Run(() => response.Content.CopyToAsync(received));
        copying.IsCompleted.Should().BeFalse("the first bytes are still being written");
        received.Release();
        await FluentActions.Awaiting(() => copying).Should().ThrowAsync<Exception>();

        caller.Posts.Should().Be(0);
        Encoding.UTF8.GetString(received.ToArray()).Should().Be("0123");
    }

    /// <summary>Content whose bytes are written only once the test releases it.</summary>
    private sealed class PendingContent(string text) : HttpContent
    {
        private readonly TaskCompletionSource<bool> _written = new();

        public void Release() => _written.TrySetResult(true);

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            await _written.Task.ConfigureAwait(false);
            await stream.WriteAsync(Encoding.UTF8.GetBytes(text)).ConfigureAwait(false);
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }

    /// <summary>An inner handler that answers when the test gives it the response.</summary>
    private sealed class PendingHandler : HttpMessageHandler
    {
        private readonly TaskCompletionSource<HttpResponseMessage> _response = new();

        public void Respond(HttpResponseMessage response) => _response.SetResult(response);

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) => _response.Task;
    }

    /// <summary>A stream whose first write completes only once the test releases it.</summary>
    private sealed class PendingWriteStream : MemoryStream
    {
        private readonly TaskCompletionSource<bool> _accepted = new();

        public void Release() => _accepted.SetResult(true);

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await _accepted.Task.ConfigureAwait(false);
            Write(buffer.Span);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();
    }
}
