using FakeStatus.Grpc.Tests.Greet;
using Grpc.Core;

namespace FakeStatus.Grpc.Tests;

/// <summary>The pieces of the gRPC wire format FakeStatus writes and reads itself.</summary>
public sealed class WireFormatTests
{
    [TestCase("plain text", "plain text")]
    [TestCase("100%", "100%25")]
    [TestCase("Zoë ✓", "Zo%C3%AB %E2%9C%93")]
    [TestCase("line\nbreak", "line%0Abreak")]
    public void Encode_Message_PercentEncodesAsTheProtocolSays(string message, string expected) =>
        GrpcMessageText.Encode(message).Should().Be(expected);

    [TestCase("30S", 30_000)]
    [TestCase("250m", 250)]
    [TestCase("2M", 120_000)]
    [TestCase("1H", 3_600_000)]
    [TestCase("1500u", 1.5)]
    [TestCase("2000000n", 2)]
    public void Parse_GrpcTimeout_ReadsEveryUnit(string header, double milliseconds) =>
        GrpcTimeout.Parse(header).Should().Be(TimeSpan.FromMilliseconds(milliseconds));

    [TestCase("30")]
    [TestCase("S")]
    [TestCase("123456789S")]
    [TestCase("30s")]
    [TestCase("-3S")]
    public void Parse_MalformedGrpcTimeout_ThrowsNamingIt(string header) =>
        FluentActions.Invoking(() => GrpcTimeout.Parse(header)).Should().Throw<InvalidOperationException>()
            .WithMessage($"grpc-timeout '{header}' is not a gRPC timeout: expected 1 to 8 digits and a unit H, M, S, m, u or n*");

    [Test]
    public void Decode_EncodedMessages_RoundTrip()
    {
        byte[] frames = GrpcFrames.Encode([new HelloRequest { Name = "a" }, new HelloRequest { Name = "bc" }]);

        GrpcFrames.Decode(frames, HelloRequest.Parser).Select(r => r.Name).Should().Equal("a", "bc");
        frames.Take(5).Should().Equal(0, 0, 0, 0, 3);
    }

    [TestCase(new byte[] { 0, 0, 0 }, "*ends inside a frame prefix at byte 0*")]
    [TestCase(new byte[] { 1, 0, 0, 0, 0 }, "*at byte 0 is compressed (flag 1)*")]
    [TestCase(new byte[] { 0, 0, 0, 0, 9, 1 }, "*declares 9 bytes but only 1 follow*")]
    public void Decode_BrokenFrames_ThrowsSayingWhere(byte[] body, string expected) =>
        FluentActions.Invoking(() => GrpcFrames.Decode(body, HelloRequest.Parser)).Should().Throw<FormatException>().WithMessage(expected);

    [Test]
    public void WithDelay_OverOneHour_ThrowsAtRegistration()
    {
        using var handler = new FakeStatusHandler();

        Action act = () => handler.WhenGrpc("greet.Greeter/SayHello").RespondGrpc(StatusCode.Unavailable, "x", g => g.WithDelay(TimeSpan.FromHours(2)));

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("delay");
    }
}
