using System.Net.Sockets;

namespace FakeStatus.Cassettes.Tests.Har;

/// <summary>The edges of a HAR entry: empty or absent fields, malformed parts past the first, default names.</summary>
public sealed class HarEntryEdgeTests
{
    private static readonly Uri Url = new("https://a.test/x");

    [TestCase("{\"status\": 302}", TestName = "ReplayInto_RedirectWithoutRedirectUrl_AddsNoLocation")]
    [TestCase("{\"status\": 302, \"redirectURL\": \"\"}", TestName = "ReplayInto_RedirectWithEmptyRedirectUrl_AddsNoLocation")]
    public async Task ReplayInto_RedirectWithNoTarget_AddsNoLocation(string response)
    {
        using HttpClient client = Replay(response);

        using HttpResponseMessage answer = await client.GetAsync(Url);

        ((int)answer.StatusCode).Should().Be(302);
        answer.Headers.Contains("Location").Should().BeFalse();
    }

    [Test]
    public async Task ReplayInto_HeadersThatDescribeTheEncodedBody_AreDroppedAndTheOthersKept()
    {
        using HttpClient client = Replay("{\"status\": 200, \"headers\": [{\"name\": \"Content-Length\", \"value\": \"999\"}, {\"name\": \"Transfer-Encoding\", \"value\": \"chunked\"}, "
            + "{\"name\": \"Connection\", \"value\": \"keep-alive\"}, {\"name\": \"Keep-Alive\", \"value\": \"timeout=5\"}, {\"name\": \"Content-Encoding\", \"value\": \"gzip\"}, "
            + "{\"name\": \"X-Kept\", \"value\": \"1\"}], \"content\": {\"text\": \"plain\"}}");

        using HttpResponseMessage answer = await client.GetAsync(Url);

        string[] names = [.. answer.Headers.Concat(answer.Content.Headers).Select(h => h.Key)];
        names.Should().Contain("X-Kept").And.NotContain(["Transfer-Encoding", "Connection", "Keep-Alive", "Content-Encoding"]);
        answer.Content.Headers.ContentLength.Should().Be(5, "the length is the decoded body's, not the recorded one");
        (await answer.Content.ReadAsStringAsync()).Should().Be("plain");
    }

    [Test]
    public async Task ReplayInto_EmptyMimeType_IsReadAsNoMimeType()
    {
        using HttpClient withEmpty = Replay("{\"status\": 200, \"content\": {\"mimeType\": \"\", \"text\": \"plain\"}}");
        using HttpClient without = Replay("{\"status\": 200, \"content\": {\"text\": \"plain\"}}");

        using HttpResponseMessage empty = await withEmpty.GetAsync(Url);
        using HttpResponseMessage absent = await without.GetAsync(Url);

        (await empty.Content.ReadAsStringAsync()).Should().Be("plain");
        empty.Content.Headers.ContentType.Should().NotBeNull();
        empty.Content.Headers.ContentType!.ToString().Should().Be(absent.Content.Headers.ContentType!.ToString());
    }

    [Test]
    public async Task ReplayInto_EntryErrorThatIsNotText_FailsAsRefused()
    {
        // Only a string "_error" names a fault; anything else is read as no error text.
        using HttpClient client = Replay("{\"status\": 0}", entryExtra: ", \"_error\": 5");

        Func<Task> send = () => client.GetAsync(Url);

        (await send.Should().ThrowAsync<HttpRequestException>()).Which.InnerException.Should().BeOfType<SocketException>()
            .Which.SocketErrorCode.Should().Be(SocketError.ConnectionRefused);
    }

    [Test]
    public void Parse_SecondHeaderMalformed_NamesItsIndex()
    {
        string har = Har("{\"status\": 200, \"headers\": [{\"name\": \"A\", \"value\": \"1\"}, {\"name\": \"B\", \"value\": \"2\"}, 5]}");

        HarFormatException error = FluentActions.Invoking(() => HarArchive.Parse(har, "bad.har")).Should().Throw<HarFormatException>().Which;

        error.Location.Should().Be("$.log.entries[0].response.headers[2]");
        error.Problem.Should().Be("expected an object, found a number.");
    }

    [Test]
    public void Parse_UnansweredRequestWithBadPostData_NamesTheRequestsPostData()
    {
        const string har = "{\"log\": {\"entries\": [{\"request\": {\"method\": \"POST\", \"url\": \"https://a.test/x\", \"postData\": 5}, \"response\": {\"status\": 0}}]}}";

        HarFormatException error = FluentActions.Invoking(() => HarArchive.Parse(har, "bad.har")).Should().Throw<HarFormatException>().Which;

        error.Location.Should().StartWith("$.log.entries[0].request.postData");
    }

    [Test]
    public void Parse_NoSourceName_CallsItHarInErrors()
    {
        FluentActions.Invoking(() => HarArchive.Parse("{", null!))
            .Should().Throw<HarFormatException>()
            .Which.FileName.Should().Be("(har)");
        HarArchive.Parse(Har("{\"status\": 200}"), null!).Source.Should().Be("(har)");
    }

    [Test]
    public void ReplayInto_ReasonPhraseNoResponseCanCarry_IsReportedAtTheEntries()
    {
        var handler = new FakeStatusHandler(new FakeStatusOptions { UseUrlConventions = false });
        using var client = new HttpClient(handler);
        HarArchive archive = HarArchive.Parse(Har("{\"status\": 200, \"statusText\": \"Caf\\u00e9\"}"), "bad.har");

        HarFormatException error = FluentActions.Invoking(() => archive.ReplayInto(handler)).Should().Throw<HarFormatException>().Which;

        error.Location.Should().Be("$.log.entries[0].response.statusText");
        error.Message.Should().StartWith("bad.har at $.log.entries[0].response.statusText: ");
    }

    private static string Har(string response, string entryExtra = "") =>
        "{\"log\": {\"entries\": [{\"request\": {\"method\": \"GET\", \"url\": \"https://a.test/x\"}, \"response\": " + response + entryExtra + "}]}}";

    private static HttpClient Replay(string response, string entryExtra = "")
    {
        var handler = new FakeStatusHandler(new FakeStatusOptions { UseUrlConventions = false });
        HarArchive.Parse(Har(response, entryExtra), "t.har").ReplayInto(handler);
        return new HttpClient(handler);   // disposing the client disposes the handler
    }
}
