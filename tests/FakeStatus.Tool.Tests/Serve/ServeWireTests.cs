using FakeStatus.Tool.Serve;
using Microsoft.Extensions.Time.Testing;

namespace FakeStatus.Tool.Tests.Serve;

/// <summary>
/// What a real client sees from <c>fakestatus serve</c> at the edges of HTTP: the connection closed for nginx 444, the status
/// codes servers answer to requests they cannot read, and memory that does not grow with the bodies it has been sent.
/// </summary>
[TestFixture]
public sealed class ServeWireTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Test]
    public async Task Serve_Nginx444_ClosesTheConnectionWithoutAResponse()
    {
        await using var server = await InProcessServer.StartAsync();

        string reply = await RawHttp.SendAsync(server.Address, "GET /nginx/444 HTTP/1.1\r\nHost: localhost\r\n\r\n");
        (int exitCode, string output) = await Curl.RunAsync(new Uri(server.Address, "/nginx/444"));

        reply.Should().BeEmpty("nginx answers 444 by closing the connection, and so does FakeStatusHandler");
        exitCode.Should().Be(52, "curl's 'Empty reply from server':\n{0}", output);
    }

    [Test]
    public async Task Serve_TimeoutFault_HoldsTheRequestOnTheHandlersClockThenCloses()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 2, 25, 12, 0, 0, TimeSpan.Zero));
        var watch = new TimerWatch(clock);
        await using FakeStatusServer server = await FakeStatusServer.StartAsync(
            IPAddress.Loopback, 0, new FakeStatusOptions { TimeProvider = watch }, CancellationToken.None);
        server.Handler.When("/slow").Throw(FakeFault.Timeout());

        // A plain connection: HttpClient would retry a GET whose connection closed without a response, and be held again.
        Task<string> reply = RawHttp.SendAsync(server.Address, "GET /slow HTTP/1.1\r\nHost: localhost\r\n\r\n");
        TimeSpan hold = await watch.FirstTimer.WaitAsync(Patience);

        hold.Should().Be(ResponseForwarder.TimeoutHold, "over the wire a timeout is the client's own, so the server answers nothing for longer than any client waits");
        reply.IsCompleted.Should().BeFalse();
        clock.Advance(hold);
        (await reply.WaitAsync(Patience)).Should().BeEmpty("after the hold the connection closes, still without a response");
    }

    [Test]
    public async Task Serve_Http10WithoutHost_AnswersTheStatusAsked()
    {
        await using var server = await InProcessServer.StartAsync();

        string reply = await RawHttp.SendAsync(server.Address, "GET /smtp/530 HTTP/1.0\r\n\r\n");

        reply.Should().StartWith("HTTP/1.1 530 Authentication Required\r\n", "Host is optional in HTTP/1.0");
        reply.Should().EndWith("{\"error\": \"server_error\", \"message\": \"Authentication Required\"}");
    }

    [Test]
    public async Task Serve_BodyOverKestrelsLimit_Answers413()
    {
        await using var server = await InProcessServer.StartAsync();

        // The declared length alone is over the 30 MB limit; the server answers before any of the body is sent.
        string reply = await RawHttp.SendAsync(server.Address, "POST /200 HTTP/1.1\r\nHost: localhost\r\nContent-Length: 31000000\r\n\r\n");

        reply.Should().StartWith("HTTP/1.1 413 Payload Too Large\r\n");
    }

    [Test]
    public async Task Serve_MalformedChunk_Answers400()
    {
        await using var server = await InProcessServer.StartAsync();

        string reply = await RawHttp.SendAsync(
            server.Address, "POST /200 HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\nnot-a-chunk-size\r\n\r\n");

        reply.Should().StartWith("HTTP/1.1 400 Bad Request\r\n");
    }

    [Test]
    public async Task Serve_LargeBodies_AreNotKeptAfterTheirResponses()
    {
        const int Size = 25 * 1024 * 1024;
        const int Posts = 4;
        byte[] body = new byte[Size];
        await using var server = await InProcessServer.StartAsync();
        using var client = new HttpClient { Timeout = Patience };
        long before = GC.GetTotalMemory(forceFullCollection: true);

        for (int i = 0; i < Posts; i++)
        {
            using var content = new ByteArrayContent(body);
            using HttpResponseMessage response = await client.PostAsync(new Uri(server.Address, "/200"), content);
            response.StatusCode.Should().Be(HttpStatusCode.OK);
        }

        long retained = GC.GetTotalMemory(forceFullCollection: true) - before;
        retained.Should().BeLessThan(Size, "a server keeps no request log, so {0} bodies of 25 MiB leave nothing behind", Posts);
    }
}
