using System.Net.Sockets;

namespace FakeStatus.Cassettes.Tests.Har;

/// <summary>What a HAR entry answers on replay: the fault a browser recorded, and the headers and body the archive describes.</summary>
public sealed class HarReplayTests
{
    private static readonly Uri Url = new("https://a.test/x");

    [TestCase("net::ERR_NAME_NOT_RESOLVED", SocketError.HostNotFound, TestName = "ReplayInto_NameNotResolved_FailsAsAnUnknownHost")]
    [TestCase("net::err_name_not_resolved", SocketError.HostNotFound, TestName = "ReplayInto_NameNotResolvedInLowerCase_FailsAsAnUnknownHost")]
    [TestCase("net::ERR_CONNECTION_REFUSED", SocketError.ConnectionRefused, TestName = "ReplayInto_ConnectionRefused_FailsAsRefused")]
    [TestCase("", SocketError.ConnectionRefused, TestName = "ReplayInto_NoErrorText_FailsAsRefused")]
    public async Task ReplayInto_EntryWithoutResponse_RaisesTheNetworkFaultItNames(string error, SocketError expected)
    {
        using HttpClient client = Replay("{\"status\": 0, \"_error\": \"" + error + "\"}");

        Func<Task> send = () => client.GetAsync(Url);

        (await send.Should().ThrowAsync<HttpRequestException>()).Which.InnerException.Should().BeOfType<SocketException>()
            .Which.SocketErrorCode.Should().Be(expected);
    }

    [Test]
    public async Task ReplayInto_ConnectionReset_FailsWithTheTransportsIOException()
    {
        using HttpClient client = Replay("{\"status\": 0, \"_error\": \"net::ERR_CONNECTION_RESET\"}");

        Func<Task> send = () => client.GetAsync(Url);

        (await send.Should().ThrowAsync<HttpRequestException>()).Which.InnerException.Should().BeOfType<IOException>()
            .Which.InnerException.Should().BeOfType<SocketException>().Which.SocketErrorCode.Should().Be(SocketError.ConnectionReset);
    }

    [Test]
    public async Task ReplayInto_TimedOut_FailsAsTheClientTimeout()
    {
        using HttpClient client = Replay("{\"status\": 0, \"_error\": \"net::ERR_TIMED_OUT\"}");

        Func<Task> send = () => client.GetAsync(Url);

        (await send.Should().ThrowAsync<TaskCanceledException>()).Which.InnerException.Should().BeOfType<TimeoutException>();
    }

    [Test]
    public async Task ReplayInto_ErrorOnTheEntryNotTheResponse_IsUsed()
    {
        using HttpClient client = Replay("{\"status\": 0}", entryExtra: ", \"_error\": \"net::ERR_NAME_NOT_RESOLVED\"");

        Func<Task> send = () => client.GetAsync(Url);

        (await send.Should().ThrowAsync<HttpRequestException>()).Which.InnerException.Should().BeOfType<SocketException>()
            .Which.SocketErrorCode.Should().Be(SocketError.HostNotFound);
    }

    [TestCase(300, "https://a.test/next", "https://a.test/next")]
    [TestCase(399, "https://a.test/next", "https://a.test/next")]
    [TestCase(400, "https://a.test/next", null)]
    [TestCase(299, "https://a.test/next", null)]
    [TestCase(302, "", null)]
    public async Task ReplayInto_RedirectUrl_BecomesTheLocationOfA3xxOnly(int status, string redirect, string? location)
    {
        using HttpClient client = Replay("{\"status\": " + status + ", \"redirectURL\": \"" + redirect + "\"}");

        using HttpResponseMessage response = await client.GetAsync(Url);

        (response.Headers.Location?.AbsoluteUri).Should().Be(location);
    }

    [Test]
    public async Task ReplayInto_RedirectWithItsOwnLocationHeader_KeepsTheHeader()
    {
        using HttpClient client = Replay("{\"status\": 302, \"redirectURL\": \"https://a.test/other\", \"headers\": [{\"name\": \"Location\", \"value\": \"https://a.test/header\"}]}");

        using HttpResponseMessage response = await client.GetAsync(Url);

        response.Headers.Location!.AbsoluteUri.Should().Be("https://a.test/header");
    }

    [Test]
    public async Task ReplayInto_PseudoAndTransportHeaders_AreDroppedAndRepeatedOnesKeptInOrder()
    {
        using HttpClient client = Replay("""
            {"status": 200, "headers": [{"name": ":status", "value": "200"}, {"name": "content-encoding", "value": "gzip"},
              {"name": "Vary", "value": "Accept"}, {"name": "vary", "value": "Origin"}], "content": {"text": "plain", "mimeType": "text/plain"}}
            """);

        using HttpResponseMessage response = await client.GetAsync(Url);

        response.Headers.Vary.Should().Equal("Accept", "Origin");
        response.Content.Headers.ContentEncoding.Should().BeEmpty();
        (await response.Content.ReadAsStringAsync()).Should().Be("plain");
    }

    [Test]
    public async Task ReplayInto_MimeType_IsTheContentTypeUnlessAHeaderGivesOne()
    {
        using HttpClient fromMime = Replay("{\"status\": 200, \"content\": {\"text\": \"<p/>\", \"mimeType\": \"text/html\"}}");
        using HttpClient fromHeader = Replay("{\"status\": 200, \"headers\": [{\"name\": \"Content-Type\", \"value\": \"application/xml\"}], \"content\": {\"text\": \"<p/>\", \"mimeType\": \"text/html\"}}");

        using HttpResponseMessage mime = await fromMime.GetAsync(Url);
        using HttpResponseMessage header = await fromHeader.GetAsync(Url);

        mime.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        header.Content.Headers.ContentType!.MediaType.Should().Be("application/xml");
    }

    [TestCase(204)]
    [TestCase(304)]
    public async Task ReplayInto_StatusWithoutBody_IgnoresTheRecordedText(int status)
    {
        using HttpClient client = Replay("{\"status\": " + status + ", \"content\": {\"text\": \"leftover\", \"mimeType\": \"text/plain\"}}");

        using HttpResponseMessage response = await client.GetAsync(Url);

        (await response.Content.ReadAsByteArrayAsync()).Should().BeEmpty();
    }

    [TestCase("\"\"", "OK", TestName = "ReplayInto_EmptyStatusText_AnswersTheCatalogsPhrase")]
    [TestCase("\"All Good\"", "All Good", TestName = "ReplayInto_StatusText_IsTheReasonPhrase")]
    public async Task ReplayInto_StatusText_GivesTheReasonPhrase(string statusText, string reason)
    {
        using HttpClient client = Replay("{\"status\": 200, \"statusText\": " + statusText + "}");

        using HttpResponseMessage response = await client.GetAsync(Url);

        response.ReasonPhrase.Should().Be(reason);
    }

    [TestCase("https://a.test/page#section", "https://a.test/page")]
    [TestCase("https://a.test/page", "https://a.test/page#top")]
    [TestCase("https://A.test:443/page", "https://a.test/page")]
    public async Task ReplayInto_UrlThatDiffersOnlyInWhatAClientNeverSends_Matches(string recorded, string sent)
    {
        string har = "{\"log\": {\"entries\": [{\"request\": {\"method\": \"GET\", \"url\": \"" + recorded + "\"}, \"response\": {\"status\": 204}}]}}";
        using var handler = new FakeStatusHandler(new FakeStatusOptions { UseUrlConventions = false });
        HarArchive.Parse(har, "t.har").ReplayInto(handler);
        using var client = new HttpClient(handler, disposeHandler: false);

        using HttpResponseMessage response = await client.GetAsync(new Uri(sent));

        response.StatusCode.Should().Be(HttpStatusCode.NoContent);
    }

    private static HttpClient Replay(string response, string entryExtra = "")
    {
        string har = "{\"log\": {\"entries\": [{\"request\": {\"method\": \"GET\", \"url\": \"https://a.test/x\"}, \"response\": " + response + entryExtra + "}]}}";
        var handler = new FakeStatusHandler(new FakeStatusOptions { UseUrlConventions = false });
        HarArchive.Parse(har, "t.har").ReplayInto(handler);
        return new HttpClient(handler);   // disposing the client disposes the handler
    }
}
