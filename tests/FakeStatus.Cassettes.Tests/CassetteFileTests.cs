namespace FakeStatus.Cassettes.Tests;

public sealed class CassetteFileTests
{
    private const string Valid = """
        {
          "version": 1,
          "interactions": [
            { "request": { "method": "GET", "url": "https://api.test/jobs/1?token=***" },
              "response": { "status": 202, "reasonPhrase": "Accepted", "headers": { "Retry-After": ["1"] }, "body": "{\"state\":\"queued\"}", "bodyEncoding": "text" } },
            { "request": { "method": "GET", "url": "https://api.test/jobs/1?token=***" },
              "response": { "status": 200, "reasonPhrase": "OK", "headers": { "Content-Type": ["application/json"] }, "body": "{\"state\":\"done\"}" } },
            { "request": { "method": "GET", "url": "https://api.test/raw" },
              "response": { "status": 200, "reasonPhrase": "Fine", "headers": { "Content-Type": ["application/octet-stream"] }, "body": "AAEC/w==", "bodyEncoding": "base64" } }
          ]
        }
        """;

    [Test]
    public async Task ReplayInto_RepeatedRequest_AnswersInRecordedOrderThenRepeatsTheLast()
    {
        using var handler = new FakeStatusHandler();
        IReadOnlyList<FakeRoute> routes = Cassette.Parse(Valid, "jobs.json").ReplayInto(handler);
        using HttpClient client = handler.ToHttpClient();

        string[] answers = new string[3];
        for (int i = 0; i < answers.Length; i++)
        {
            // The secret query value differs from the recording; it is masked the same way before matching.
            using HttpResponseMessage response = await client.GetAsync(new Uri("https://api.test/jobs/1?token=real-token"));
            answers[i] = $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
        }

        answers.Should().Equal("202 {\"state\":\"queued\"}", "200 {\"state\":\"done\"}", "200 {\"state\":\"done\"}");
        routes.Should().HaveCount(2);
        handler.VerifyCalled(routes[0], times: 3);
    }

    [Test]
    public async Task ReplayInto_Base64Body_AnswersTheExactBytesAndReason()
    {
        using var handler = new FakeStatusHandler();
        Cassette.Parse(Valid).ReplayInto(handler);
        using HttpClient client = handler.ToHttpClient();

        using HttpResponseMessage response = await client.GetAsync(new Uri("https://api.test/raw"));

        (await response.Content.ReadAsByteArrayAsync()).Should().Equal(0x00, 0x01, 0x02, 0xFF);
        response.ReasonPhrase.Should().Be("Fine");
    }

    [Test]
    public async Task ReplayInto_RecordedStatus_DoesNotAddTheCatalogsHeaders()
    {
        using var handler = new FakeStatusHandler();
        Cassette.Parse(Valid).ReplayInto(handler);
        using HttpClient client = handler.ToHttpClient();

        using HttpResponseMessage response = await client.GetAsync(new Uri("https://api.test/jobs/1?token=x"));

        response.Headers.Select(h => h.Key).Should().BeEquivalentTo("Date", "Retry-After");
    }

    [Test]
    public void ToJson_LoadedCassette_IsStableAcrossRoundTrips()
    {
        string once = Cassette.Parse(Valid).ToJson();

        Cassette.Parse(once).ToJson().Should().Be(once);
        once.Should().Contain("\"body\": \"AAEC/w==\"").And.Contain("\"body\": \"{\\\"state\\\":\\\"done\\\"}\"");
    }

    [TestCase("{", "$", "not valid JSON", TestName = "Parse_TruncatedJson_ThrowsNamingTheLine")]
    [TestCase("{\"version\": 2, \"interactions\": []}", "$.version", "version 2 is not supported", TestName = "Parse_OtherVersion_Throws")]
    [TestCase("{\"version\": 1}", "$.interactions", "'interactions' is missing", TestName = "Parse_NoInteractions_Throws")]
    [TestCase("{\"version\": 1, \"interactions\": [{\"request\": {\"method\": \"GET\", \"url\": \"/x\"}, \"response\": {\"status\": 200}}]}", "$.interactions[0].request.url", "not an absolute URL", TestName = "Parse_RelativeUrl_Throws")]
    [TestCase("{\"version\": 1, \"interactions\": [{\"request\": {\"method\": \"GET\", \"url\": \"https://a.test/\"}, \"response\": {\"status\": 42}}]}", "$.interactions[0].response.status", "100 to 999", TestName = "Parse_BadStatus_Throws")]
    [TestCase("{\"version\": 1, \"interactions\": [{\"request\": {\"method\": \"GET\", \"url\": \"https://a.test/\"}, \"response\": {\"status\": 200, \"body\": \"%%\", \"bodyEncoding\": \"base64\"}}]}", "$.interactions[0].response.body", "not valid base64", TestName = "Parse_BadBase64_Throws")]
    [TestCase("{\"version\": 1, \"interactions\": [{\"request\": {\"method\": \"GET\", \"url\": \"https://a.test/\", \"headers\": {\"Accept\": \"json\"}}, \"response\": {\"status\": 200}}]}", "$.interactions[0].request.headers.Accept", "expected an array, found a string.", TestName = "Parse_HeaderNotAList_Throws")]
    public void Parse_BadCassette_ThrowsNamingFileLocationAndProblem(string json, string location, string problem)
    {
        Action load = () => Cassette.Parse(json, "bad.json");

        CassetteFormatException error = load.Should().Throw<CassetteFormatException>().Which;
        error.FileName.Should().Be("bad.json");
        error.Location.Should().Be(location);
        error.Problem.Should().Contain(problem);
    }

    [Test]
    public void ReplayInto_InteractionThatCannotBeAnswered_ThrowsAndRegistersNothing()
    {
        const string badHeader = "{\"version\": 1, \"interactions\": [" +
            "{\"request\": {\"method\": \"GET\", \"url\": \"https://a.test/ok\"}, \"response\": {\"status\": 200}}," +
            "{\"request\": {\"method\": \"GET\", \"url\": \"https://a.test/bad\"}, \"response\": {\"status\": 200, \"headers\": {\"X-Bad\": [\"a\\r\\nb\"]}}}]}";
        using var handler = new FakeStatusHandler();
        Cassette cassette = Cassette.Parse(badHeader, "bad.json");

        Action replay = () => cassette.ReplayInto(handler);

        replay.Should().Throw<CassetteFormatException>().Which.FileName.Should().Be("bad.json");
        handler.Routes.Should().BeEmpty();
    }

    [Test]
    public void Mask_InvalidText_Throws()
    {
        Action set = () => _ = new CassetteOptions { Mask = "a b" };

        set.Should().Throw<ArgumentException>().WithMessage("*must be non-empty text*");
    }
}
