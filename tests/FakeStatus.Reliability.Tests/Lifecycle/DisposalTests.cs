using Microsoft.Extensions.Time.Testing;

namespace FakeStatus.Reliability.Tests.Lifecycle;

/// <summary>What disposal leaves behind (the basics live in FakeStatus.Tests' DelayAndLifecycleTests).</summary>
public sealed class DisposalTests
{
    [Test]
    public async Task Dispose_ResponsesAlreadyHandedOut_StayReadable()
    {
        var handler = new FakeStatusHandler();
        handler.When("/stream").Respond(200, r => r.WithStreamBody(() => new MemoryStream("streamed"u8.ToArray()), "text/plain", seekable: false));
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));
        using HttpResponseMessage canonical = await client.GetAsync("/smtp/530", HttpCompletionOption.ResponseHeadersRead);
        using HttpResponseMessage streamed = await client.GetAsync("/stream", HttpCompletionOption.ResponseHeadersRead);

        handler.Dispose();
        handler.Dispose();

        (await canonical.Content.ReadAsStringAsync()).Should().Be("{\"error\": \"server_error\", \"message\": \"Authentication Required\"}");
        (await streamed.Content.ReadAsStringAsync()).Should().Be("streamed");
        handler.Requests.Should().HaveCount(2, "the log outlives the handler");
    }

    [Test]
    public void Dispose_LaterRegistrationsAndClients_ThrowObjectDisposedException()
    {
        var handler = new FakeStatusHandler();
        handler.Dispose();

        FluentActions.Invoking(() => handler.When("/x")).Should().Throw<ObjectDisposedException>().WithMessage("*create a new one per test*");
        FluentActions.Invoking(() => handler.When(HttpMethod.Get, "/x")).Should().Throw<ObjectDisposedException>();
        FluentActions.Invoking(() => handler.ToHttpClient()).Should().Throw<ObjectDisposedException>();
        using var invoker = new HttpMessageInvoker(handler, disposeHandler: false);
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://fake.test/200");
        FluentActions.Invoking(() => invoker.Send(request, CancellationToken.None)).Should().Throw<ObjectDisposedException>();
    }

    [Test]
    public async Task Dispose_WhileARequestWaitsOnTheClock_TheRequestEndsWithObjectDisposedAndIsRecorded()
    {
        var clock = new FakeTimeProvider();
        var handler = new FakeStatusHandler(clock);
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));
        Task<HttpResponseMessage> pending = client.GetAsync("/503?sleep=1000");

        handler.Dispose();

        await pending.Awaiting(p => p.WaitAsync(TimeSpan.FromSeconds(10))).Should().ThrowAsync<ObjectDisposedException>();
        handler.Requests.Should().ContainSingle().Which.Outcome.Should().Be(RequestOutcome.Failed);
    }

    [Test]
    public async Task Send_ContentTheCallerDisposes_IsRecordedWithItsBodyAndSeenByBodyRoutes()
    {
        using var handler = new FakeStatusHandler();
        handler.When(HttpMethod.Put, "/upload").ForBody(b => b == "chunk-1").Respond(201);
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));

        var stream = new MemoryStream("chunk-1"u8.ToArray());
        using (var content = new StreamContent(stream))
        {
            using HttpResponseMessage response = await client.PutAsync("/upload", content);
            response.StatusCode.Should().Be(HttpStatusCode.Created);
        }

        FluentActions.Invoking(() => stream.ReadByte()).Should().Throw<ObjectDisposedException>("the caller's content and stream are gone");
        RecordedRequest recorded = handler.Requests.Should().ContainSingle().Subject;
        recorded.BodyText.Should().Be("chunk-1");
        recorded.HasBody.Should().BeTrue();
    }
}
