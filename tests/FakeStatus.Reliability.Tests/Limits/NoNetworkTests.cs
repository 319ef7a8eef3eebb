using System.Collections.Concurrent;
using System.Net.Sockets;

namespace FakeStatus.Reliability.Tests.Limits;

/// <summary>
/// The handler never opens a socket or looks up a name unless pass-through was configured. The runtime's socket and DNS
/// events prove it, and pass-through is shown to reach the connect step through a callback, so no test touches the network.
/// </summary>
[NonParallelizable]
public sealed class NoNetworkTests
{
    private static readonly Uri Unresolvable = new("https://no-such-host.invalid");

    [Test]
    public async Task SocketActivity_LoopbackConnect_IsSeen()
    {
        // The control for the tests below: the listener does see a socket connect when one happens.
        using var server = new TcpListener(IPAddress.Loopback, 0);
        server.Start();
        using var activity = new SocketActivity();
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);

        await socket.ConnectAsync((IPEndPoint)server.LocalEndpoint);

        activity.Events.Should().Contain("System.Net.Sockets/ConnectStart");
    }

    [Test]
    public async Task DefaultHandler_UnresolvableHostWithNoConvention_ThrowsUnmatchedWithoutSocketOrLookup()
    {
        using var activity = new SocketActivity();
        using var handler = new FakeStatusHandler();
        using HttpClient client = handler.ToHttpClient(Unresolvable);

        Func<Task> act = () => client.GetAsync("/users/1");

        (await act.Should().ThrowExactlyAsync<UnmatchedRequestException>())
            .WithMessage("*GET https://no-such-host.invalid/users/1*");
        activity.Events.Should().BeEmpty();
    }

    [Test]
    public async Task DefaultHandler_UnresolvableHostWithConvention_AnswersWithoutSocketOrLookup()
    {
        using var activity = new SocketActivity();
        using var handler = new FakeStatusHandler();
        using HttpClient client = handler.ToHttpClient(Unresolvable);

        using HttpResponseMessage response = await client.GetAsync("/503");

        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        activity.Events.Should().BeEmpty();
    }

    [Test]
    public async Task PassThrough_IsTheOnlyWayOut_AndReachesTheConnectStep()
    {
        // The connect callback stands where SocketsHttpHandler would resolve and connect: it records the attempt and refuses it.
        var attempts = new ConcurrentQueue<DnsEndPoint>();
        using var real = new SocketsHttpHandler
        {
            ConnectCallback = (context, _) =>
            {
                attempts.Enqueue(context.DnsEndPoint);
                return ValueTask.FromException<Stream>(new SocketException((int)SocketError.ConnectionRefused));
            },
        };
        using var handler = new FakeStatusHandler(new FakeStatusOptions { Unmatched = UnmatchedPolicy.PassThrough(real) });
        using HttpClient client = handler.ToHttpClient(Unresolvable);

        Func<Task> act = () => client.GetAsync("/users/1");

        (await act.Should().ThrowAsync<HttpRequestException>()).Which.HttpRequestError.Should().Be(HttpRequestError.ConnectionError);
        attempts.Should().Equal(new DnsEndPoint("no-such-host.invalid", 443));
        handler.Requests.Should().ContainSingle().Which.Outcome.Should().Be(RequestOutcome.PassThroughFailed);
    }
}
