namespace FakeStatus.Tests.Responses;

/// <summary>The raw text of a hand-made response: header groups in wire order, several values joined, a null refused.</summary>
public sealed class RawResponseLayoutTests
{
    [Test]
    public async Task FormatAsync_EveryKindOfHeader_WritesEachGroupInWireOrderWithValuesJoined()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.MethodNotAllowed) { ReasonPhrase = "Method Not Allowed", Content = new ByteArrayContent("hi"u8.ToArray()) };
        response.Content.Headers.ContentLength = 2;
        response.Content.Headers.Allow.Add("GET");
        response.Content.Headers.Allow.Add("HEAD");
        response.Content.Headers.TryAddWithoutValidation("Content-Type", "text/plain");
        response.Headers.TryAddWithoutValidation("Vary", ["Accept", "Origin"]);

        string raw = await RawResponse.FormatAsync(response);

        raw.Should().Be(
            "HTTP/1.1 405 Method Not Allowed\r\n"
            + "Content-Type: text/plain\r\n"
            + "Vary: Accept, Origin\r\n"
            + "Allow: GET, HEAD\r\n"
            + "Content-Length: 2\r\n"
            + "\r\n"
            + "hi");
    }

    [Test]
    public async Task FormatAsync_NullResponse_ThrowsArgumentNullException() =>
        await FluentActions.Awaiting(() => RawResponse.FormatAsync(null!)).Should().ThrowAsync<ArgumentNullException>().WithParameterName("response");
}
