namespace FakeStatus.Tests.Responses;

/// <summary>.NET keeps some headers on the content, not the message; a header set on a route lands where a real response has it.</summary>
public sealed class ContentHeaderTests
{
    [TestCase("Allow", "GET, HEAD")]
    [TestCase("Content-Disposition", "attachment; filename=\"a.txt\"")]
    [TestCase("Content-Encoding", "gzip")]
    [TestCase("Content-Language", "de")]
    [TestCase("Content-Length", "0")]
    [TestCase("Content-Location", "/a.txt")]
    [TestCase("Content-MD5", "Q2hlY2sgSW50ZWdyaXR5IQ==")]
    [TestCase("Content-Range", "bytes */0")]
    [TestCase("Content-Type", "text/plain")]
    [TestCase("Expires", "Thu, 01 Jan 2026 00:00:00 GMT")]
    [TestCase("Last-Modified", "Thu, 01 Jan 2026 00:00:00 GMT")]
    [TestCase("allow", "GET")]
    public async Task ContentHeader_OnABodylessResponse_IsOnTheContentAndNotTheMessage(string name, string value)
    {
        using HttpResponseMessage response = await SendAsync(204, name, value);

        response.Content.Headers.TryGetValues(name, out IEnumerable<string>? values).Should().BeTrue($"{name} is a content header");
        string.Join(", ", values!).Should().Be(value);
        response.Headers.NonValidated.Contains(name).Should().BeFalse();
    }

    [TestCase("X-Request-Id", "abc")]
    [TestCase("Retry-After", "3")]
    [TestCase("Content-Security-Policy", "default-src 'none'")]
    public async Task MessageHeader_IsOnTheMessageAndNotTheContent(string name, string value)
    {
        using HttpResponseMessage response = await SendAsync(200, name, value);

        response.Headers.GetValues(name).Should().Equal(value);
        response.Content.Headers.NonValidated.Contains(name).Should().BeFalse();
    }

    [Test]
    public async Task ContentHeaderSetOnARoute_ReplacesTheOneTheCatalogSends()
    {
        using var handler = new FakeStatusHandler(TestClock.AtSeedTime());
        handler.When("/x").Respond(405, r => r.WithHeader("Allow", "PUT"));
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));

        using HttpResponseMessage response = await client.GetAsync("/x");

        response.Content.Headers.GetValues("Allow").Should().Equal("PUT");
    }

    private static async Task<HttpResponseMessage> SendAsync(int status, string name, string value)
    {
        using var handler = new FakeStatusHandler(TestClock.AtSeedTime());
        handler.When("/x").Respond(status, r => r.WithHeader(name, value));
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));
        return await client.GetAsync("/x");
    }
}
