using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;

namespace FakeStatus.Grpc.Tests;

/// <summary>Rich error details travel as grpc-status-details-bin and come back through RpcException.GetRpcStatus().</summary>
public sealed class DetailsTests
{
    [TestCase(false)]
    [TestCase(true)]
    public async Task WithDetails_RoundTripThroughGetRpcStatus(bool inTrailers)
    {
        using var handler = new FakeStatusHandler();
        handler.WhenGrpc("greet.Greeter/SayHello").RespondGrpc(StatusCode.InvalidArgument, "name is empty", g =>
        {
            g.WithDetails(
                new BadRequest { FieldViolations = { new BadRequest.Types.FieldViolation { Field = "name", Description = "must not be empty" } } },
                new ErrorInfo { Reason = "EMPTY_NAME", Domain = "greet.test", Metadata = { ["field"] = "name" } },
                new RetryInfo { RetryDelay = Duration.FromTimeSpan(TimeSpan.FromSeconds(3)) });
            if (inTrailers)
            {
                g.InTrailers();
            }
        });
        using var greeter = new Greeter(handler);

        RpcException e = (await FluentActions.Awaiting(() => greeter.SayHelloAsync()).Should().ThrowAsync<RpcException>()).Which;
        Google.Rpc.Status status = e.GetRpcStatus()!;

        status.Code.Should().Be((int)Code.InvalidArgument);
        status.Message.Should().Be("name is empty");
        status.GetDetail<BadRequest>()!.FieldViolations.Single().Field.Should().Be("name");
        status.GetDetail<ErrorInfo>()!.Metadata["field"].Should().Be("name");
        status.GetDetail<RetryInfo>()!.RetryDelay.ToTimeSpan().Should().Be(TimeSpan.FromSeconds(3));
    }

    [Test]
    public async Task WithStatusDetails_SendsTheGivenStatusBytes()
    {
        var given = new Google.Rpc.Status { Code = 8, Message = "quota", Details = { Any.Pack(new QuotaFailure { Violations = { new QuotaFailure.Types.Violation { Subject = "user:7" } } }) } };
        using var handler = new FakeStatusHandler();
        handler.WhenGrpc("greet.Greeter/SayHello").RespondGrpc(StatusCode.ResourceExhausted, "quota", g => g.WithStatusDetails(given.ToByteArray()));
        using var greeter = new Greeter(handler);

        RpcException e = (await FluentActions.Awaiting(() => greeter.SayHelloAsync()).Should().ThrowAsync<RpcException>()).Which;

        e.GetRpcStatus().Should().Be(given);
    }

    [Test]
    public void WithStatusDetails_BytesThatAreNoStatus_ThrowsAtRegistration()
    {
        using var handler = new FakeStatusHandler();

        Action act = () => handler.WhenGrpc("greet.Greeter/SayHello").RespondGrpc(StatusCode.Internal, "x", g => g.WithStatusDetails([0xFF, 0xFF, 0xFF]));

        act.Should().Throw<ArgumentException>().WithParameterName("status")
            .WithMessage("The 3-byte detail payload is not a valid google.rpc.Status*WithDetails(...)*");
    }

    [Test]
    public void WithStatusDetails_OfAnotherCode_ThrowsNamingBoth()
    {
        using var handler = new FakeStatusHandler();
        byte[] other = new Google.Rpc.Status { Code = 5 }.ToByteArray();

        Action act = () => handler.WhenGrpc("greet.Greeter/SayHello").RespondGrpc(StatusCode.Internal, "x", g => g.WithStatusDetails(other));

        act.Should().Throw<ArgumentException>().WithMessage("*has code 5 but this answer's status is 13 (Internal)*");
    }

    [Test]
    public void WithDetails_OnOk_Throws()
    {
        using var handler = new FakeStatusHandler();

        Action act = () => handler.WhenGrpc("greet.Greeter/SayHello").RespondGrpc(new Greet.HelloReply(), g => g.WithDetails(new ErrorInfo()));

        act.Should().Throw<ArgumentException>().WithMessage("Status OK carries no error details*");
    }
}
