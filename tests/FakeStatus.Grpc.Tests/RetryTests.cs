using FakeStatus.Grpc.Tests.Greet;
using Grpc.Core;

namespace FakeStatus.Grpc.Tests;

/// <summary>A client's service-config retry policy against a sequence: exactly the attempts the policy says.</summary>
public sealed class RetryTests
{
    [Test]
    public async Task RetryPolicy_AgainstUnavailableUnavailableOk_MakesThreeAttempts()
    {
        using var handler = new FakeStatusHandler();
        FakeRoute route = handler.WhenGrpc("greet.Greeter/SayHello").RespondInSequence(s => s
            .RespondGrpc(StatusCode.Unavailable, "warming up")
            .RespondGrpc(StatusCode.Unavailable, "warming up")
            .RespondGrpc(new HelloReply { Message = "hello Ada" }));
        using var greeter = new Greeter(handler, Greeter.RetryOnUnavailable());

        HelloReply reply = await greeter.SayHelloAsync();

        reply.Message.Should().Be("hello Ada");
        handler.VerifyCalled(route, times: 3);
        handler.Requests.Should().OnlyContain(r => r.ReadGrpcMessages(HelloRequest.Parser).Single().Name == "Ada");
    }

    [Test]
    public async Task RetryPolicy_AgainstOnlyUnavailable_StopsAfterMaxAttempts()
    {
        using var handler = new FakeStatusHandler();
        FakeRoute route = handler.WhenGrpc("greet.Greeter/SayHello").RespondGrpc(StatusCode.Unavailable, "down");
        using var greeter = new Greeter(handler, Greeter.RetryOnUnavailable());

        RpcException e = (await FluentActions.Awaiting(() => greeter.SayHelloAsync()).Should().ThrowAsync<RpcException>()).Which;

        e.StatusCode.Should().Be(StatusCode.Unavailable);
        handler.VerifyCalled(route, times: 4);
    }

    [Test]
    public async Task RetryPolicy_AgainstAStatusItDoesNotRetry_MakesOneAttempt()
    {
        using var handler = new FakeStatusHandler();
        FakeRoute route = handler.WhenGrpc("greet.Greeter/SayHello").RespondInSequence(s => s
            .RespondGrpc(StatusCode.ResourceExhausted)
            .RespondGrpc(new HelloReply()));
        using var greeter = new Greeter(handler, Greeter.RetryOnUnavailable());

        (await FluentActions.Awaiting(() => greeter.SayHelloAsync()).Should().ThrowAsync<RpcException>()).Which.StatusCode.Should().Be(StatusCode.ResourceExhausted);
        handler.VerifyCalled(route, times: 1);
    }

    [Test]
    public async Task RetryPushbackStop_EndsTheRetriesAtOneAttempt()
    {
        using var handler = new FakeStatusHandler();
        FakeRoute route = handler.WhenGrpc("greet.Greeter/SayHello").RespondInSequence(s => s
            .RespondGrpc(StatusCode.Unavailable, "overloaded", g => g.WithRetryPushbackStop())
            .RespondGrpc(new HelloReply()));
        using var greeter = new Greeter(handler, Greeter.RetryOnUnavailable());

        (await FluentActions.Awaiting(() => greeter.SayHelloAsync()).Should().ThrowAsync<RpcException>()).Which.Status.Detail.Should().Be("overloaded");
        handler.VerifyCalled(route, times: 1);
    }

    [Test]
    public async Task RetryPushbackZero_ReplacesAnHourOfBackoff()
    {
        // The policy backs off up to an hour; the pushback of 0 ms says retry now. Were the pushback ignored, the call would
        // wait and fail at its 60-second deadline instead of passing at once.
        using var handler = new FakeStatusHandler();
        FakeRoute route = handler.WhenGrpc("greet.Greeter/SayHello").RespondInSequence(s => s
            .RespondGrpc(StatusCode.Unavailable, "retry now", g => g.WithRetryPushback(TimeSpan.Zero))
            .RespondGrpc(new HelloReply { Message = "second try" }));
        using var greeter = new Greeter(handler, Greeter.RetryOnUnavailable(backoff: TimeSpan.FromHours(1)));

        HelloReply reply = await greeter.SayHelloAsync(deadline: DateTime.UtcNow.AddSeconds(60));

        reply.Message.Should().Be("second try");
        handler.VerifyCalled(route, times: 2);
    }

    [Test]
    public async Task Fault_ThenReply_IsRetriedAsUnavailable()
    {
        using var handler = new FakeStatusHandler();
        FakeRoute route = handler.WhenGrpc("greet.Greeter/SayHello").RespondInSequence(s => s
            .Throw(FakeFault.ConnectionRefused())
            .RespondGrpc(new HelloReply { Message = "reconnected" }));
        using var greeter = new Greeter(handler, Greeter.RetryOnUnavailable());

        HelloReply reply = await greeter.SayHelloAsync();

        reply.Message.Should().Be("reconnected");
        handler.VerifyCalled(route, times: 2);
        handler.Requests[0].Outcome.Should().Be(RequestOutcome.Faulted);
    }

    [Test]
    public async Task Fault_WithoutRetryPolicy_IsUnavailableWithTheFaultAsCause()
    {
        using var handler = new FakeStatusHandler();
        handler.WhenGrpc("greet.Greeter/SayHello").Throw(FakeFault.ConnectionRefused());
        using var greeter = new Greeter(handler);

        RpcException e = (await FluentActions.Awaiting(() => greeter.SayHelloAsync()).Should().ThrowAsync<RpcException>()).Which;

        e.StatusCode.Should().Be(StatusCode.Unavailable);
        e.Status.DebugException.Should().BeOfType<HttpRequestException>();
    }
}
