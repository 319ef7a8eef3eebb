using FakeStatus.Grpc.Tests.Greet;
using Grpc.Core;

namespace FakeStatus.Grpc.Tests;

/// <summary>Bad input fails with a message naming the value and what is valid, at registration where it can.</summary>
public sealed class BadInputTests
{
    [TestCase(-1)]
    [TestCase(17)]
    public void RespondGrpc_CodeOutside0To16_ThrowsNamingIt(int code)
    {
        using var handler = new FakeStatusHandler();

        Action act = () => handler.WhenGrpc("greet.Greeter/SayHello").RespondGrpc((StatusCode)code, "x");

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("code")
            .WithMessage($"gRPC status code {code} is out of range: a gRPC status code is from 0 (OK) to 16 (Unauthenticated).*");
    }

    [Test]
    public void RespondGrpc_OkWithAMessage_ThrowsNamingTheMessage()
    {
        using var handler = new FakeStatusHandler();

        Action act = () => handler.WhenGrpc("greet.Greeter/SayHello").RespondInSequence(s => s.RespondGrpc(StatusCode.OK, "all good"));

        act.Should().Throw<ArgumentException>().WithMessage("Status OK carries no message, but 'all good' was given*");
    }

    [TestCase("SayHello")]
    [TestCase("greet.Greeter/")]
    [TestCase("/greet.Greeter/Say/Hello")]
    [TestCase("greet Greeter/SayHello")]
    public void WhenGrpc_NotAMethodPath_ThrowsNamingIt(string method)
    {
        using var handler = new FakeStatusHandler();

        Action act = () => handler.WhenGrpc(method);

        act.Should().Throw<ArgumentException>().WithParameterName("method")
            .WithMessage($"'{method}' is not a gRPC method: expected 'package.Service/Method'*");
    }

    [TestCase("grpc-status")]
    [TestCase("trace-bin")]
    public void WithTrailer_ReservedOrBinaryNameAsText_Throws(string name)
    {
        using var handler = new FakeStatusHandler();

        Action act = () => handler.WhenGrpc("greet.Greeter/SayHello").RespondGrpc(StatusCode.Internal, "x", g => g.WithTrailer(name, "1"));

        act.Should().Throw<ArgumentException>().WithMessage($"Metadata '{name}'*");
    }

    [Test]
    public void WithRetryPushback_Negative_Throws()
    {
        using var handler = new FakeStatusHandler();

        Action act = () => handler.WhenGrpc("greet.Greeter/SayHello").RespondGrpc(StatusCode.Unavailable, "x", g => g.WithRetryPushback(TimeSpan.FromMilliseconds(-5)));

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("A retry pushback is from 0*WithRetryPushbackStop()*");
    }

    [Test]
    public async Task GrpcRoute_NonGrpcRequest_IsUnmatchedNamingTheContentType()
    {
        using var handler = new FakeStatusHandler();
        handler.WhenGrpc("greet.Greeter/SayHello").RespondGrpc(new HelloReply());
        using HttpClient http = handler.ToHttpClient(new Uri("https://greeter.test"));

        Func<Task> act = () => http.PostAsync("/greet.Greeter/SayHello", new StringContent("{\"name\": \"Ada\"}", System.Text.Encoding.UTF8, "application/json"));

        string message = (await act.Should().ThrowAsync<UnmatchedRequestException>()).Which.Message;
        message.Should().Contain("[x] header Content-Type: application/grpc: got application/json; charset=utf-8");
    }

    [Test]
    public async Task GrpcCall_ToAnUnregisteredMethod_NamesTheNearestGrpcRoute()
    {
        using var handler = new FakeStatusHandler();
        handler.WhenGrpc("greet.Greeter/SayHello").RespondGrpc(new HelloReply());
        using var greeter = new Greeter(handler);

        Func<Task> act = async () =>
        {
            using AsyncServerStreamingCall<HelloReply> call = greeter.Client.StreamHellos(new HelloRequest());
            await call.ResponseStream.MoveNext();
        };

        RpcException e = (await act.Should().ThrowAsync<RpcException>()).Which;
        e.Status.DebugException.Should().BeOfType<UnmatchedRequestException>()
            .Which.Message.Should().Contain("POST https://greeter.test/greet.Greeter/StreamHellos").And.Contain("/greet.Greeter/SayHello");
        FluentActions.Invoking(handler.VerifyNoUnmatchedRequests).Should().Throw<FakeStatusVerificationException>();
    }
}
