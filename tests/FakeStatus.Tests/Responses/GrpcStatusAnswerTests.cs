namespace FakeStatus.Tests.Responses;

/// <summary>A gRPC status of the catalog answers as a gRPC server does, with no gRPC package: HTTP 200 and grpc-status.</summary>
public sealed class GrpcStatusAnswerTests
{
    [Test]
    public async Task Respond_Grpc14_IsATrailersOnly200WithGrpcStatusAndMessage()
    {
        using var handler = new FakeStatusHandler();
        handler.When(HttpMethod.Post, "/greet.Greeter/SayHello").Respond("grpc", 14);

        using HttpResponseMessage response = await Call(handler);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/grpc");
        response.Headers.GetValues("grpc-status").Should().Equal("14");
        response.Headers.GetValues("grpc-message").Should().Equal("UNAVAILABLE");
        (await response.Content.ReadAsByteArrayAsync()).Should().BeEmpty();
    }

    [Test]
    public async Task Respond_Grpc0_SendsNoMessage()
    {
        using var handler = new FakeStatusHandler();
        handler.When(HttpMethod.Post, "/greet.Greeter/SayHello").Respond("grpc", 0);

        using HttpResponseMessage response = await Call(handler);

        response.Headers.GetValues("grpc-status").Should().Equal("0");
        response.Headers.Contains("grpc-message").Should().BeFalse();
    }

    [Test]
    public async Task WithReasonPhrase_OnAGrpcStatus_IsThePercentEncodedGrpcMessage()
    {
        using var handler = new FakeStatusHandler();
        handler.When(HttpMethod.Post, "/greet.Greeter/SayHello").Respond("grpc", 8, r => r.WithReasonPhrase("quota 100% used"));

        using HttpResponseMessage response = await Call(handler);

        response.Headers.GetValues("grpc-message").Should().Equal("quota 100%25 used");
        response.ReasonPhrase.Should().Be("OK");
    }

    [Test]
    public async Task Respond_GrpcStatusWithABody_SendsTheStatusAfterIt()
    {
        using var handler = new FakeStatusHandler();
        handler.When(HttpMethod.Post, "/greet.Greeter/SayHello").Respond("grpc", 0, r => r.WithBody([0, 0, 0, 0, 0], "application/grpc"));

        using HttpResponseMessage response = await Call(handler);

        (await response.Content.ReadAsByteArrayAsync()).Should().Equal(0, 0, 0, 0, 0);
#if FAKESTATUS_NETSTANDARD
        response.Headers.GetValues("grpc-status").Should().Equal(new[] { "0" }, "without trailers the headers are the only place");
#else
        response.Headers.Contains("grpc-status").Should().BeFalse("a status in the headers would make the client ignore the message");
        response.TrailingHeaders.GetValues("grpc-status").Should().Equal("0");
#endif
    }

    [Test]
    public async Task Respond_GrpcStatusWithAnErrorStyle_KeepsTheGrpcShape()
    {
        using var handler = new FakeStatusHandler(new FakeStatusOptions { ErrorStyle = ErrorStyle.Google });
        handler.When(HttpMethod.Post, "/greet.Greeter/SayHello").Respond("grpc", 5);

        using HttpResponseMessage response = await Call(handler);

        response.Content.Headers.ContentType!.MediaType.Should().Be("application/grpc");
        (await response.Content.ReadAsByteArrayAsync()).Should().BeEmpty();
    }

    [Test]
    public async Task Coverage_OfGrpcCodes_CountsTheGrpcStatusesAnswered()
    {
        using var handler = new FakeStatusHandler();
        handler.When(HttpMethod.Post, "/greet.Greeter/SayHello").RespondInSequence(s => s.Respond("grpc", 14).Respond("grpc", 0));
        (await Call(handler)).Dispose();
        (await Call(handler)).Dispose();

        StatusCoverage coverage = handler.Coverage(StatusCases.ForProtocol("grpc"));

        coverage.Tried.Select(e => e.Code).Should().Equal(0, 14);
        coverage.Entries.Should().HaveCount(17);
        handler.Requests.Select(r => r.StatusCode).Should().Equal(200, 200);
    }

    [Test]
    public void Respond_GrpcCodeOutOfRange_ThrowsAtRegistration()
    {
        using var handler = new FakeStatusHandler();

        Action act = () => handler.When("/x").Respond("grpc", 17);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("gRPC status code 17 is out of range*0 (OK) to 16 (UNAUTHENTICATED)*");
    }

    [Test]
    public async Task GrpcPath_IsNoUrlConvention()
    {
        using var handler = new FakeStatusHandler();

        Func<Task> act = () => Call(handler, "/grpc/14");

        await act.Should().ThrowAsync<UnmatchedRequestException>();
    }

    [Test]
    public async Task Respond_GrpcStatusFromTheRequest_UsesTheGrpcRegistry()
    {
        using var handler = new FakeStatusHandler();
        handler.When(HttpMethod.Post, "/greet.Greeter/SayHello").Respond("grpc", request => request.GetHeader("x-fail") is null ? 0 : 13);

        using HttpResponseMessage response = await Call(handler);

        response.Headers.GetValues("grpc-status").Should().Equal("0");
        FluentActions.Invoking(() => handler.When("/y").Respond("gopher", _ => 1)).Should().Throw<ArgumentException>().WithMessage("Unknown protocol 'gopher'*");
    }

    private static async Task<HttpResponseMessage> Call(FakeStatusHandler handler, string path = "/greet.Greeter/SayHello")
    {
        using var invoker = new HttpMessageInvoker(handler, disposeHandler: false);
        using var request = new HttpRequestMessage(HttpMethod.Post, "https://greeter.test" + path) { Version = HttpVersion.Version20, Content = new ByteArrayContent([]) };
        return await invoker.SendAsync(request, CancellationToken.None);
    }
}
