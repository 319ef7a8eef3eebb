namespace FakeStatus.Cassettes.Tests;

/// <summary>What a replayed interaction answers when the recording left something out, and how methods and headers are kept.</summary>
public sealed class CassetteReplayTests
{
    private static readonly Uri Url = new("https://a.test/x");

    [TestCase(200, "null", "OK", TestName = "Replay_NoReason_AnswersTheCatalogsPhrase")]
    [TestCase(503, "\"  \"", "Service Unavailable", TestName = "Replay_WhiteSpaceReason_AnswersTheCatalogsPhrase")]
    [TestCase(299, "null", "Unknown Status Code", TestName = "Replay_NoReasonForACodeTheCatalogLacks_AnswersUnknownStatusCode")]
    [TestCase(200, "\"Fine\"", "Fine", TestName = "Replay_RecordedReason_IsAnswered")]
    public async Task Replay_ReasonPhrase_IsTheRecordedOneOrTheCatalogs(int status, string reason, string expected)
    {
        using HttpClient client = Replay(Interaction("GET", "{\"status\": " + status + ", \"reasonPhrase\": " + reason + "}"));

        using HttpResponseMessage response = await client.GetAsync(Url);

        response.ReasonPhrase.Should().Be(expected);
    }

    [Test]
    public async Task Replay_BodyWithoutContentType_IsSentAsOctetStream()
    {
        using HttpClient client = Replay(Interaction("GET", "{\"status\": 200, \"body\": \"AAE=\", \"bodyEncoding\": \"base64\"}"));

        using HttpResponseMessage response = await client.GetAsync(Url);

        response.Content.Headers.ContentType!.MediaType.Should().Be("application/octet-stream");
        (await response.Content.ReadAsByteArrayAsync()).Should().Equal(0x00, 0x01);
    }

    [Test]
    public async Task Replay_HeaderWithSeveralValues_SendsThemAll()
    {
        using HttpClient client = Replay(Interaction("GET", "{\"status\": 200, \"headers\": {\"Vary\": [\"Accept\", \"Origin\"]}}"));

        using HttpResponseMessage response = await client.GetAsync(Url);

        response.Headers.Vary.Should().Equal("Accept", "Origin");
    }

    [Test]
    public async Task Replay_SameUrlWithTwoMethods_AnswersEachMethodItsOwnRecording()
    {
        using HttpClient client = Replay(Interaction("GET", "{\"status\": 200}") + ", " + Interaction("DELETE", "{\"status\": 204}"));

        using HttpResponseMessage deleted = await client.DeleteAsync(Url);
        using HttpResponseMessage got = await client.GetAsync(Url);

        ((int)deleted.StatusCode, (int)got.StatusCode).Should().Be((204, 200));
    }

    [Test]
    public async Task Replay_OtherUrl_IsUnmatched()
    {
        using HttpClient client = Replay(Interaction("GET", "{\"status\": 200}"));

        Func<Task> send = () => client.GetAsync(new Uri("https://a.test/x/"));

        await send.Should().ThrowAsync<UnmatchedRequestException>();
    }

    private static string Interaction(string method, string response) =>
        "{\"request\": {\"method\": \"" + method + "\", \"url\": \"https://a.test/x\"}, \"response\": " + response + "}";

    private static HttpClient Replay(string interactions)
    {
        var handler = new FakeStatusHandler(new FakeStatusOptions { UseUrlConventions = false });
        Cassette.Parse("{\"version\": 1, \"interactions\": [" + interactions + "]}").ReplayInto(handler);
        return new HttpClient(handler);   // disposing the client disposes the handler
    }
}
