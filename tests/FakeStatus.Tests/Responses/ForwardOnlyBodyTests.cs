namespace FakeStatus.Tests.Responses;

/// <summary>A non-seekable stream body behaves like a network stream: readable once, forward only, never writable.</summary>
public sealed class ForwardOnlyBodyTests
{
    private const string Seek = "This FakeStatus body stream is forward-only, like a network stream: it cannot seek.";
    private const string ReadOnly = "This FakeStatus body stream is read-only.";

    [Test]
    public async Task ForwardOnlyBody_ReadsButRefusesEverySeekAndWrite_WithItsReason()
    {
        var inner = new MemoryStream("chunk"u8.ToArray());
        using var handler = new FakeStatusHandler(TestClock.AtSeedTime());
        handler.When("/stream").Respond(200, r => r.WithStreamBody(() => inner, "text/plain", seekable: false));
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));
        using HttpResponseMessage response = await client.GetAsync("/stream", HttpCompletionOption.ResponseHeadersRead);

        Stream stream = await response.Content.ReadAsStreamAsync();

        stream.CanRead.Should().BeTrue();
        stream.CanSeek.Should().BeFalse();
        FluentActions.Invoking(() => stream.Length).Should().Throw<NotSupportedException>()
            .WithMessage("This FakeStatus body stream is forward-only, like a network stream: it has no Length.");
        FluentActions.Invoking(() => stream.Position).Should().Throw<NotSupportedException>()
            .WithMessage("This FakeStatus body stream is forward-only, like a network stream: it has no Position.");
        FluentActions.Invoking(() => stream.Position = 0).Should().Throw<NotSupportedException>().WithMessage(Seek);
        FluentActions.Invoking(() => stream.Seek(0, SeekOrigin.Begin)).Should().Throw<NotSupportedException>().WithMessage(Seek);
        var buffer = new byte[16];
        (await stream.ReadAsync(buffer)).Should().Be(5);
        buffer.Take(5).Should().Equal("chunk"u8.ToArray());
        (await stream.ReadAsync(buffer)).Should().Be(0);
    }

    [Test]
    public void TheStreamItself_RefusesWritesAndFlushesNothing()
    {
        // HttpContent wraps every body in its own read-only stream, which answers writes before they reach this one; the
        // stream still has to honour its contract for any other caller.
        var inner = new MemoryStream("chunk"u8.ToArray());
        using var stream = new ReadOnlyForwardStream(inner);

        stream.CanWrite.Should().BeFalse();
        FluentActions.Invoking(() => stream.SetLength(1)).Should().Throw<NotSupportedException>().WithMessage(ReadOnly);
        FluentActions.Invoking(() => stream.Write([1], 0, 1)).Should().Throw<NotSupportedException>().WithMessage(ReadOnly);
        FluentActions.Invoking(stream.Flush).Should().NotThrow();
        inner.ToArray().Should().Equal("chunk"u8.ToArray());
    }

    [Test]
    public async Task DisposingTheResponse_DisposesTheFactorysStream()
    {
        var inner = new MemoryStream("chunk"u8.ToArray());
        using var handler = new FakeStatusHandler(TestClock.AtSeedTime());
        handler.When("/stream").Respond(200, r => r.WithStreamBody(() => inner, "text/plain", seekable: false));
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));
        HttpResponseMessage response = await client.GetAsync("/stream", HttpCompletionOption.ResponseHeadersRead);
        _ = await response.Content.ReadAsStreamAsync();

        inner.CanRead.Should().BeTrue("the body is still open");
        response.Dispose();

        inner.CanRead.Should().BeFalse("a MemoryStream cannot be read once disposed");
    }
}
