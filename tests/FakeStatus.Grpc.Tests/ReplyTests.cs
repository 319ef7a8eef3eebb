using FakeStatus.Grpc.Tests.Greet;
using Grpc.Core;

namespace FakeStatus.Grpc.Tests;

/// <summary>Successful protobuf replies, unary and server streaming, read by the real client from length-prefixed frames.</summary>
public sealed class ReplyTests
{
    [Test]
    public async Task RespondGrpc_Reply_IsTheUnaryResponse()
    {
        using var handler = new FakeStatusHandler();
        FakeRoute route = handler.WhenGrpc("/greet.Greeter/SayHello").RespondGrpc(new HelloReply { Message = "hello Ada" });
        using var greeter = new Greeter(handler);

        HelloReply reply = await greeter.SayHelloAsync("Ada");

        reply.Message.Should().Be("hello Ada");
        handler.VerifyCalled(route, times: 1);
        handler.Requests[0].ReadGrpcMessages(HelloRequest.Parser).Single().Name.Should().Be("Ada");
        handler.VerifyAll();
    }

    [Test]
    public async Task RespondGrpcStream_Replies_AreReadInOrderThenTheCallEndsOk()
    {
        using var handler = new FakeStatusHandler();
        handler.WhenGrpc("greet.Greeter/StreamHellos").RespondGrpcStream([new HelloReply { Message = "one" }, new HelloReply { Message = "two" }, new HelloReply { Message = "three" }]);
        using var greeter = new Greeter(handler);

        using AsyncServerStreamingCall<HelloReply> call = greeter.Client.StreamHellos(new HelloRequest { Name = "Ada" });
        var messages = new List<string>();
        await foreach (HelloReply reply in call.ResponseStream.ReadAllAsync())
        {
            messages.Add(reply.Message);
        }

        messages.Should().Equal("one", "two", "three");
        call.GetStatus().StatusCode.Should().Be(StatusCode.OK);
    }

    [Test]
    public async Task RespondGrpcStream_EndingInAnError_DeliversTheMessagesThenRaises()
    {
        using var handler = new FakeStatusHandler();
        handler.WhenGrpc("greet.Greeter/StreamHellos").RespondGrpcStream([new HelloReply { Message = "one" }], StatusCode.Aborted, "stream cut");
        using var greeter = new Greeter(handler);

        using AsyncServerStreamingCall<HelloReply> call = greeter.Client.StreamHellos(new HelloRequest());
        var messages = new List<string>();
        Func<Task> read = async () =>
        {
            await foreach (HelloReply reply in call.ResponseStream.ReadAllAsync())
            {
                messages.Add(reply.Message);
            }
        };

        RpcException e = (await read.Should().ThrowAsync<RpcException>()).Which;
        messages.Should().Equal("one");
        e.StatusCode.Should().Be(StatusCode.Aborted);
        e.Status.Detail.Should().Be("stream cut");
    }

    [Test]
    public async Task RespondGrpcStream_InASequence_AnswersEachCallInTurn()
    {
        using var handler = new FakeStatusHandler();
        handler.WhenGrpc("greet.Greeter/StreamHellos").RespondInSequence(s => s
            .RespondGrpcStream([new HelloReply { Message = "first" }])
            .RespondGrpcStream([], StatusCode.NotFound, "no more"));
        using var greeter = new Greeter(handler);

        List<HelloReply> first = await ReadAll(greeter.Client.StreamHellos(new HelloRequest()));
        Func<Task> second = () => ReadAll(greeter.Client.StreamHellos(new HelloRequest()));

        first.Select(r => r.Message).Should().Equal("first");
        (await second.Should().ThrowAsync<RpcException>()).Which.StatusCode.Should().Be(StatusCode.NotFound);
    }

    [Test]
    public async Task Coverage_OfGrpcStatuses_ListsTheCodesTheTestsTried()
    {
        using var handler = new FakeStatusHandler();
        handler.WhenGrpc("greet.Greeter/SayHello").RespondInSequence(s => s.RespondGrpc(StatusCode.Unavailable).RespondGrpc(new HelloReply()));
        using var greeter = new Greeter(handler, Greeter.RetryOnUnavailable());
        await greeter.SayHelloAsync();

        StatusCoverage coverage = handler.Coverage(StatusCases.ForProtocol("grpc"));

        coverage.Tried.Select(e => e.ReasonPhrase).Should().Equal("OK", "UNAVAILABLE");
        coverage.Untried.Should().HaveCount(15);
    }

    private static async Task<List<HelloReply>> ReadAll(AsyncServerStreamingCall<HelloReply> call)
    {
        using (call)
        {
            var replies = new List<HelloReply>();
            await foreach (HelloReply reply in call.ResponseStream.ReadAllAsync())
            {
                replies.Add(reply);
            }

            return replies;
        }
    }
}
