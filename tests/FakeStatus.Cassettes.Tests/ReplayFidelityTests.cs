using System.Text;

namespace FakeStatus.Cassettes.Tests;

/// <summary>What a replay must give back exactly as it was recorded: charset bytes, HEAD lengths, bodyless statuses, repeated and raw headers.</summary>
public sealed class ReplayFidelityTests
{
    [Test]
    public async Task ReplayInto_HarTextInLatin1_AnswersTheLatin1Bytes()
    {
        using HttpClient client = ReplayHar("GET", "{\"status\": 200, \"headers\": [{\"name\": \"Content-Type\", \"value\": \"text/plain; charset=ISO-8859-1\"}], \"content\": {\"mimeType\": \"text/plain; charset=ISO-8859-1\", \"text\": \"café\"}}");

        using HttpResponseMessage response = await client.GetAsync(new Uri("https://a.test/x"));

        (await response.Content.ReadAsByteArrayAsync()).Should().Equal(0x63, 0x61, 0x66, 0xE9);
        (await response.Content.ReadAsStringAsync()).Should().Be("café");
    }

    [Test]
    public async Task ReplayInto_HarHeadEntry_KeepsTheRecordedContentLength()
    {
        using HttpClient client = ReplayHar("HEAD", "{\"status\": 200, \"headers\": [{\"name\": \"Content-Length\", \"value\": \"78258\"}, {\"name\": \"Content-Type\", \"value\": \"text/html\"}], \"content\": {\"size\": 0, \"text\": \"\"}}");

        using HttpResponseMessage response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri("https://a.test/x")));

        response.Content.Headers.ContentLength.Should().Be(78258);
    }

    [Test]
    public async Task ReplayInto_HarWithTwoSetCookieHeaders_SendsTwoHeaders()
    {
        using HttpClient client = ReplayHar("GET", "{\"status\": 200, \"headers\": [{\"name\": \"Set-Cookie\", \"value\": \"a=1; Expires=Wed, 21 Oct 2026 07:28:00 GMT\"}, {\"name\": \"Set-Cookie\", \"value\": \"b=2\"}]}");

        using HttpResponseMessage response = await client.GetAsync(new Uri("https://a.test/x"));

        response.Headers.GetValues("Set-Cookie").Should().Equal("a=1; Expires=Wed, 21 Oct 2026 07:28:00 GMT", "b=2");
    }

    [Test]
    public async Task Replay_RecordedHeadAnswer_KeepsItsContentLength()
    {
        Cassette cassette = await RecordAsync(HttpMethod.Head, r => r.WithHeader("Content-Length", "78258"), new CassetteOptions());

        using HttpResponseMessage replayed = await ReplayAsync(cassette, HttpMethod.Head);

        cassette.Interactions.Single().ResponseHeaders["Content-Length"].Should().Equal("78258");
        replayed.Content.Headers.ContentLength.Should().Be(78258);
    }

    [Test]
    public async Task Replay_Recorded204_HasNoContentLength()
    {
        Cassette cassette = await RecordAsync(HttpMethod.Get, r => r.WithHeader("X-Trace", "t"), new CassetteOptions(), status: 204);

        using HttpResponseMessage replayed = await ReplayAsync(cassette, HttpMethod.Get);

        replayed.StatusCode.Should().Be(HttpStatusCode.NoContent);
        replayed.Content.Headers.ContentLength.Should().BeNull("a 204 has no Content-Length");
        cassette.Interactions.Single().ResponseHeaders.Keys.Should().NotContain("Content-Length");
    }

    [Test]
    public async Task Replay_RecordedServerHeaderWithAComment_IsSentAsTheServerSentIt()
    {
        Cassette cassette = await RecordAsync(HttpMethod.Get, r => r.WithHeader("Server", "nginx/1.25.3 (Ubuntu)"), new CassetteOptions());

        using HttpResponseMessage replayed = await ReplayAsync(cassette, HttpMethod.Get);

        cassette.Interactions.Single().ResponseHeaders["Server"].Should().Equal("nginx/1.25.3 (Ubuntu)");
        replayed.Headers.NonValidated["Server"].ToString().Should().Be("nginx/1.25.3 (Ubuntu)");
    }

    [Test]
    public async Task Replay_RecordedTwoSetCookieHeadersWithMaskingOff_SendsTwoHeaders()
    {
        var api = new FakeStatusHandler(new FakeStatusOptions { UseUrlConventions = false });
        api.When("/x").Respond(200, r => r.WithBody("ok", "text/plain"));
        var options = new CassetteOptions { SecretNames = [] };
        var harWithTwoCookies = HarArchive.Parse(Har("GET", "{\"status\": 200, \"headers\": [{\"name\": \"Set-Cookie\", \"value\": \"a=1\"}, {\"name\": \"Set-Cookie\", \"value\": \"b=2\"}]}"), "t.har");
        harWithTwoCookies.ReplayInto(api, options);
        Cassette cassette;
        using (var recorder = new CassetteRecorder(api, options: options))
        using (var client = new HttpClient(recorder, disposeHandler: false))
        {
            using HttpResponseMessage _ = await client.GetAsync(new Uri("https://a.test/x"));
            cassette = recorder.Cassette;
        }

        using HttpResponseMessage replayed = await ReplayAsync(cassette, HttpMethod.Get);

        replayed.Headers.GetValues("Set-Cookie").Should().Equal("a=1", "b=2");
    }

    [Test]
    public async Task ReplayInto_Recorded500WithAnEmptyBody_AnswersNoBodyAndNoContentType()
    {
        Cassette cassette = Cassette.Parse(CassetteAnswering("{\"status\": 500, \"reasonPhrase\": \"Internal Server Error\", \"headers\": {}, \"body\": \"\"}"));

        using HttpResponseMessage replayed = await ReplayAsync(cassette, HttpMethod.Get);

        replayed.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        (await replayed.Content.ReadAsByteArrayAsync()).Should().BeEmpty("the recording had no body, so the catalog's must not appear");
        replayed.Content.Headers.ContentType.Should().BeNull();
    }

    [Test]
    public async Task ReplayInto_RecordedFramingHeadersThatDisagreeWithTheBody_AnswersTheBodysOwn()
    {
        Cassette cassette = Cassette.Parse(CassetteAnswering("{\"status\": 200, \"headers\": {\"Content-Type\": [\"text/plain\"], \"Content-Length\": [\"999\"], \"X-Trace\": [\"t\"]}, \"body\": \"hello\"}"));

        using HttpResponseMessage replayed = await ReplayAsync(cassette, HttpMethod.Get);

        replayed.Content.Headers.ContentLength.Should().Be(5);
        replayed.Content.Headers.GetValues("Content-Type").Should().Equal("text/plain");
        replayed.Headers.GetValues("X-Trace").Should().Equal("t");
        (await replayed.Content.ReadAsStringAsync()).Should().Be("hello");
    }

    [Test]
    public void ReplayInto_ResponseHeaderNameThatIsNotAToken_NamesTheInteractionAndHeader()
    {
        Cassette cassette = Cassette.Parse(CassetteAnswering("{\"status\": 200, \"headers\": {\"Bad Name\": [\"1\"]}}"), "c.json");
        using var handler = new FakeStatusHandler();

        CassetteFormatException error = FluentActions.Invoking(() => cassette.ReplayInto(handler)).Should().Throw<CassetteFormatException>().Which;

        error.Location.Should().Be("$.interactions[0].response.headers['Bad Name']");
        handler.Routes.Should().BeEmpty();
    }

    private static string CassetteAnswering(string response) =>
        "{\"version\": 1, \"interactions\": [{\"request\": {\"method\": \"GET\", \"url\": \"https://a.test/x\"}, \"response\": " + response + "}]}";

    private static async Task<Cassette> RecordAsync(HttpMethod method, Action<ResponseBuilder> configure, CassetteOptions options, int status = 200)
    {
        var api = new FakeStatusHandler(new FakeStatusOptions { UseUrlConventions = false });
        api.When("/x").Respond(status, configure);
        using var recorder = new CassetteRecorder(api, options: options);
        using var client = new HttpClient(recorder, disposeHandler: false);
        using HttpResponseMessage response = await client.SendAsync(new HttpRequestMessage(method, new Uri("https://a.test/x")));
        return recorder.Cassette;
    }

    private static async Task<HttpResponseMessage> ReplayAsync(Cassette cassette, HttpMethod method)
    {
        var handler = new FakeStatusHandler(new FakeStatusOptions { UseUrlConventions = false });
        cassette.ReplayInto(handler);
        using var client = new HttpClient(handler);
        return await client.SendAsync(new HttpRequestMessage(method, new Uri("https://a.test/x")));
    }

    private static string Har(string method, string response) =>
        "{\"log\": {\"entries\": [{\"request\": {\"method\": \"" + method + "\", \"url\": \"https://a.test/x\"}, \"response\": " + response + "}]}}";

    private static HttpClient ReplayHar(string method, string response)
    {
        var handler = new FakeStatusHandler(new FakeStatusOptions { UseUrlConventions = false });
        HarArchive.Parse(Har(method, response), "t.har").ReplayInto(handler);
        return new HttpClient(handler);   // disposing the client disposes the handler
    }
}
