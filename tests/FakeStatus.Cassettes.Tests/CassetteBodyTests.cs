namespace FakeStatus.Cassettes.Tests;

/// <summary>How a cassette writes a body (readable text when it is text, else base64), and how replay compares request bodies.</summary>
public sealed class CassetteBodyTests
{
    [TestCase("text/plain", "aGk=", "text", "hi", TestName = "ToJson_TextPlain_IsText")]
    [TestCase("TEXT/HTML", "aGk=", "text", "hi", TestName = "ToJson_TextTypeInCapitals_IsText")]
    [TestCase("application/problem+json", "e30=", "text", "{}", TestName = "ToJson_JsonType_IsText")]
    [TestCase("application/atom+xml", "PGEvPg==", "text", "<a/>", TestName = "ToJson_XmlType_IsText")]
    [TestCase("application/javascript", "eDs=", "text", "x;", TestName = "ToJson_JavaScript_IsText")]
    [TestCase("application/x-www-form-urlencoded", "YT0x", "text", "a=1", TestName = "ToJson_FormBody_IsText")]
    [TestCase("application/octet-stream", "aGk=", "base64", "aGk=", TestName = "ToJson_BinaryTypeEvenIfAscii_IsBase64")]
    [TestCase(null, "aGk=", "base64", "aGk=", TestName = "ToJson_NoContentType_IsBase64")]
    [TestCase("text/plain", "/w==", "base64", "/w==", TestName = "ToJson_TextTypeWithInvalidUtf8_IsBase64")]
    [TestCase("application/octet-stream", "", "text", "", TestName = "ToJson_EmptyBody_IsText")]
    public void ToJson_ResponseBody_IsWrittenAsTextOnlyWhenItIsText(string? contentType, string base64, string encoding, string written)
    {
        string headers = contentType is null ? string.Empty : ", \"headers\": {\"Content-Type\": [\"" + contentType + "\"]}";
        string json = "{\"version\": 1, \"interactions\": [{\"request\": {\"method\": \"GET\", \"url\": \"https://a.test/\"}, " +
            "\"response\": {\"status\": 200" + headers + ", \"body\": \"" + base64 + "\", \"bodyEncoding\": \"base64\"}}]}";

        string cassette = Cassette.Parse(json).ToJson();

        cassette.Should().Contain($"\"bodyEncoding\": \"{encoding}\",\n        \"body\": \"{written}\"\n      }}\n    }}");
    }

    [Test]
    public void ToJson_Headers_AreSortedByNameIgnoringCase()
    {
        string json = "{\"version\": 1, \"interactions\": [{\"request\": {\"method\": \"GET\", \"url\": \"https://a.test/\"}, " +
            "\"response\": {\"status\": 200, \"headers\": {\"x-b\": [\"1\"], \"X-C\": [\"2\"], \"x-a\": [\"3\"]}}}]}";

        string cassette = Cassette.Parse(json).ToJson();

        int[] positions = [.. new[] { "\"x-a\"", "\"x-b\"", "\"X-C\"" }.Select(name => cassette.IndexOf(name, StringComparison.Ordinal))];
        positions.Should().OnlyContain(p => p > 0).And.BeInAscendingOrder();
    }

    [TestCase("{\"b\": {\"y\": 2, \"x\": 1}, \"a\": [{\"q\": 1, \"p\": 2}]}", true, TestName = "Replay_NestedKeysInAnotherOrder_Match")]
    [TestCase("{\"a\": [{\"p\": 2, \"q\": 1}], \"b\": {\"x\": 1, \"y\": 2.0}}", false, TestName = "Replay_NumberWrittenDifferently_DoesNotMatch")]
    [TestCase("{\"a\": [{\"p\": 2, \"q\": 1}], \"b\": {\"x\": 1, \"y\": 3}}", false, TestName = "Replay_OtherValue_DoesNotMatch")]
    public async Task Replay_JsonBody_IsComparedIgnoringKeyOrderOnly(string sent, bool matches)
    {
        using HttpClient client = Replay("application/json", "{\"a\": [{\"p\": 2, \"q\": 1}], \"b\": {\"x\": 1, \"y\": 2}}");

        (await AnswersAsync(client, sent, "application/json")).Should().Be(matches);
    }

    [Test]
    public async Task Replay_JsonTypeButNotJson_IsComparedByteForByte()
    {
        using HttpClient client = Replay("application/json", "not json");

        (await AnswersAsync(client, "not json", "application/json")).Should().BeTrue();
        (await AnswersAsync(client, "not  json", "application/json")).Should().BeFalse();
    }

    [Test]
    public async Task Replay_TextBodyWithJsonLikeText_IsComparedByteForByte()
    {
        using HttpClient client = Replay("text/plain", "{\"a\": 1, \"b\": 2}");

        (await AnswersAsync(client, "{\"a\": 1, \"b\": 2}", "text/plain")).Should().BeTrue();
        (await AnswersAsync(client, "{\"b\": 2, \"a\": 1}", "text/plain")).Should().BeFalse();
    }

    [Test]
    public async Task Replay_RequestWithoutABody_DoesNotMatchARecordingWithOne()
    {
        using HttpClient client = Replay("text/plain", "x");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("https://a.test/orders"));

        Func<Task> send = () => client.SendAsync(request);

        await send.Should().ThrowAsync<UnmatchedRequestException>();
    }

    private static HttpClient Replay(string contentType, string body)
    {
        string json = "{\"version\": 1, \"interactions\": [{\"request\": {\"method\": \"POST\", \"url\": \"https://a.test/orders\", " +
            "\"headers\": {\"Content-Type\": [\"" + contentType + "\"]}, \"body\": " + System.Text.Json.JsonSerializer.Serialize(body) + "}, " +
            "\"response\": {\"status\": 201}}]}";
        var handler = new FakeStatusHandler(new FakeStatusOptions { UseUrlConventions = false });
        Cassette.Parse(json).ReplayInto(handler);
        return new HttpClient(handler);   // disposing the client disposes the handler
    }

    private static async Task<bool> AnswersAsync(HttpClient client, string body, string contentType)
    {
        using var content = new StringContent(body, System.Text.Encoding.UTF8, contentType);
        try
        {
            using HttpResponseMessage response = await client.PostAsync(new Uri("https://a.test/orders"), content);
            return response.StatusCode == HttpStatusCode.Created;
        }
        catch (UnmatchedRequestException)
        {
            return false;
        }
    }
}
