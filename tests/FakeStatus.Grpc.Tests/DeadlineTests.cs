using Grpc.Core;
using Microsoft.Extensions.Time.Testing;

namespace FakeStatus.Grpc.Tests;

/// <summary>
/// DEADLINE_EXCEEDED on the handler's clock. Grpc.Net.Client keeps its own deadline timer on the real clock (it takes no
/// TimeProvider), so these tests give the call a long real deadline and let the handler, on a driven fake clock, wait out
/// the grpc-timeout the client sent: no real waiting.
/// </summary>
public sealed class DeadlineTests
{
    private static readonly DateTimeOffset Start = new(2026, 2, 25, 12, 0, 0, TimeSpan.Zero);

    [Test]
    public async Task RespondGrpcDeadlineExceeded_WaitsTheCallsDeadlineOnTheHandlersClock()
    {
        var fake = new FakeTimeProvider(Start);
        var time = new DrivenTimeProvider(fake, fake.Advance);
        using var handler = new FakeStatusHandler(new FakeStatusOptions { TimeProvider = time });
        FakeRoute route = handler.WhenGrpc("greet.Greeter/SayHello").RespondGrpcDeadlineExceeded();
        using var greeter = new Greeter(handler);

        Func<Task> call = () => time.RunUntilCompleteAsync(() => greeter.SayHelloAsync(deadline: DateTime.UtcNow.AddMinutes(10)));

        RpcException e = (await call.Should().ThrowAsync<RpcException>()).Which;
        e.StatusCode.Should().Be(StatusCode.DeadlineExceeded);
        e.Status.Detail.Should().Be("Deadline Exceeded");
        (fake.GetUtcNow() - Start).Should().BeCloseTo(TimeSpan.FromMinutes(10), TimeSpan.FromSeconds(30), "the handler waited the grpc-timeout the client sent, on the fake clock");
        handler.VerifyCalled(route, times: 1);
        handler.Requests[0].GetHeaderValues("grpc-timeout").Should().ContainSingle();
    }

    [Test]
    public async Task WithDelay_OnTheHandlersClock_TakesNoRealTime()
    {
        var fake = new FakeTimeProvider(Start);
        var time = new DrivenTimeProvider(fake, fake.Advance);
        using var handler = new FakeStatusHandler(new FakeStatusOptions { TimeProvider = time });
        handler.WhenGrpc("greet.Greeter/SayHello").RespondGrpc(new Greet.HelloReply { Message = "slow" }, g => g.WithDelay(TimeSpan.FromMinutes(5)));
        using var greeter = new Greeter(handler);

        Greet.HelloReply reply = await time.RunUntilCompleteAsync(() => greeter.SayHelloAsync());

        reply.Message.Should().Be("slow");
        fake.GetUtcNow().Should().Be(Start.AddMinutes(5));
    }

    [Test]
    public async Task RespondGrpcDeadlineExceeded_CallWithoutDeadline_FailsSayingSo()
    {
        using var handler = new FakeStatusHandler();
        handler.WhenGrpc("greet.Greeter/SayHello").RespondGrpcDeadlineExceeded();
        using var greeter = new Greeter(handler);

        RpcException e = (await FluentActions.Awaiting(() => greeter.SayHelloAsync()).Should().ThrowAsync<RpcException>()).Which;

        e.Status.DebugException.Should().BeOfType<InvalidOperationException>()
            .Which.Message.Should().Contain("The call has no deadline: the request carries no grpc-timeout header");
    }
}
