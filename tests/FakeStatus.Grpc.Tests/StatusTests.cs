using FakeStatus.Grpc.Tests.Greet;
using Grpc.Core;

namespace FakeStatus.Grpc.Tests;

/// <summary>Every gRPC status reaches a real Grpc.Net.Client as the RpcException a real server's would raise.</summary>
public sealed class StatusTests
{
    private static IEnumerable<StatusCode> ErrorCodes() => Enum.GetValues<StatusCode>().Where(c => c != StatusCode.OK);

    [TestCaseSource(nameof(ErrorCodes))]
    public async Task RespondGrpc_EachErrorCode_RaisesRpcExceptionWithThatCodeAndMessage(StatusCode code)
    {
        using var handler = new FakeStatusHandler();
        string message = $"{code} for Zoë: 100% ✓";
        handler.WhenGrpc("greet.Greeter/SayHello").RespondGrpc(code, message);
        using var greeter = new Greeter(handler);

        RpcException e = (await FluentActions.Awaiting(() => greeter.SayHelloAsync()).Should().ThrowAsync<RpcException>()).Which;

        e.StatusCode.Should().Be(code);
        e.Status.Detail.Should().Be(message);
        e.Status.DebugException.Should().BeNull("the status came from the answer, not from a transport failure");
    }

    [TestCaseSource(nameof(ErrorCodes))]
    public async Task RespondGrpc_InTrailers_RaisesTheSameRpcException(StatusCode code)
    {
        using var handler = new FakeStatusHandler();
        handler.WhenGrpc("greet.Greeter/SayHello").RespondGrpc(code, "after an empty body", g => g.InTrailers());
        using var greeter = new Greeter(handler);

        RpcException e = (await FluentActions.Awaiting(() => greeter.SayHelloAsync()).Should().ThrowAsync<RpcException>()).Which;

        e.StatusCode.Should().Be(code);
        e.Status.Detail.Should().Be("after an empty body");
    }

    [Test]
    public async Task RespondGrpc_WithoutMessage_SendsTheCanonicalName()
    {
        using var handler = new FakeStatusHandler();
        handler.WhenGrpc("greet.Greeter/SayHello").RespondGrpc(StatusCode.DeadlineExceeded);
        using var greeter = new Greeter(handler);

        RpcException e = (await FluentActions.Awaiting(() => greeter.SayHelloAsync()).Should().ThrowAsync<RpcException>()).Which;

        e.Status.Detail.Should().Be("DEADLINE_EXCEEDED");
        handler.Requests[0].GetHeaderValues("content-type").Should().Equal("application/grpc");
    }

    [Test]
    public async Task RespondGrpc_WithMetadata_ReachesTheCallsHeadersAndTrailers()
    {
        using var handler = new FakeStatusHandler();
        handler.WhenGrpc("greet.Greeter/SayHello").RespondGrpc(new HelloReply { Message = "hi" }, g => g
            .WithHeader("x-region", "eu-west")
            .WithTrailer("x-cost", "3")
            .WithTrailer("trace-bin", [1, 2, 3]));
        using var greeter = new Greeter(handler);

        using AsyncUnaryCall<HelloReply> call = greeter.Client.SayHelloAsync(new HelloRequest { Name = "Ada" });
        HelloReply reply = await call.ResponseAsync;
        Metadata headers = await call.ResponseHeadersAsync;
        Metadata trailers = call.GetTrailers();

        reply.Message.Should().Be("hi");
        headers.GetValue("x-region").Should().Be("eu-west");
        trailers.GetValue("x-cost").Should().Be("3");
        trailers.GetValueBytes("trace-bin").Should().Equal(1, 2, 3);
    }

    [Test]
    public async Task HttpStatuses_OfEachGrpcCode_AreWhatTheRealClientMapsThemTo()
    {
        foreach (StatusDefinition grpc in StatusCatalog.Default.ForProtocol("grpc"))
        {
            foreach (int http in grpc.HttpStatusCodes)
            {
                using var handler = new FakeStatusHandler();
                handler.When(HttpMethod.Post, "/greet.Greeter/SayHello").Respond(http);
                using var greeter = new Greeter(handler);

                RpcException e = (await FluentActions.Awaiting(() => greeter.SayHelloAsync()).Should().ThrowAsync<RpcException>()).Which;

                ((int)e.StatusCode).Should().Be(grpc.Code, "the catalog maps HTTP {0} to {1}", http, grpc.ReasonPhrase);
            }
        }
    }

    [Test]
    public async Task HttpStatusOutsideTheMapping_IsUnknownToTheRealClient()
    {
        using var handler = new FakeStatusHandler();
        handler.When(HttpMethod.Post, "/greet.Greeter/SayHello").Respond(500);
        using var greeter = new Greeter(handler);

        RpcException e = (await FluentActions.Awaiting(() => greeter.SayHelloAsync()).Should().ThrowAsync<RpcException>()).Which;

        e.StatusCode.Should().Be(StatusCode.Unknown);
        StatusCatalog.Default.ForProtocol("grpc").SelectMany(d => d.HttpStatusCodes).Should().NotContain(500);
    }
}
