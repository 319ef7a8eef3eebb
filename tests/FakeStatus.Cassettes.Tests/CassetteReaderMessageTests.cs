namespace FakeStatus.Cassettes.Tests;

/// <summary>The exact words a cassette's reader gives for a file it cannot read, and the edges of what it accepts.</summary>
public sealed class CassetteReaderMessageTests
{
    [Test]
    public void Parse_OtherVersion_SaysWhichVersionIsRead() =>
        Load("{\"version\": 2, \"interactions\": []}").Message.Should().Be("bad.json at $.version: version 2 is not supported; this FakeStatus reads version 1.");

    [Test]
    public void Parse_UnknownBodyEncoding_NamesTheEncodingsItReads()
    {
        CassetteFormatException error = Load(One("{\"status\": 200, \"body\": \"x\", \"bodyEncoding\": \"gzip\"}"));

        error.Location.Should().Be("$.interactions[0].response.bodyEncoding");
        error.Problem.Should().Be("'gzip' is not a body encoding; use \"text\" or \"base64\".");
    }

    [TestCase("{\"version\": 1}", "$.interactions", "an array 'interactions' is missing.", TestName = "Parse_NoInteractions_SaysAnArrayIsMissing")]
    [TestCase("{\"interactions\": []}", "$.version", "a number 'version' is missing.", TestName = "Parse_NoVersion_SaysANumberIsMissing")]
    [TestCase("{\"version\": 1, \"interactions\": [{\"response\": {\"status\": 200}}]}", "$.interactions[0].request", "an object 'request' is missing.", TestName = "Parse_NoRequest_SaysAnObjectIsMissing")]
    [TestCase("{\"version\": 1, \"interactions\": [{\"request\": {\"url\": \"https://a.test/\"}, \"response\": {\"status\": 200}}]}", "$.interactions[0].request.method", "a string 'method' is missing.", TestName = "Parse_NoMethod_SaysAStringIsMissing")]
    [TestCase("{\"version\": \"1\", \"interactions\": []}", "$.version", "expected a whole number, found a string.", TestName = "Parse_VersionAsText_NamesBothKinds")]
    [TestCase("[]", "$", "expected an object, found an array.", TestName = "Parse_Array_NamesBothKinds")]
    [TestCase("{\"version\": 1, \"interactions\": [true]}", "$.interactions[0]", "expected an object, found a boolean.", TestName = "Parse_InteractionAsBoolean_NamesBothKinds")]
    [TestCase("{\"version\": 1, \"interactions\": [null]}", "$.interactions[0]", "expected an object, found null.", TestName = "Parse_NullInteraction_NamesBothKinds")]
    [TestCase("{\"version\": 1, \"interactions\": [{\"request\": {\"method\": \"GET\", \"url\": \"ftp://a.test/\"}, \"response\": {\"status\": 200}}]}", "$.interactions[0].request.url", "'ftp://a.test/' is not an absolute URL such as https://api.test/orders/1.", TestName = "Parse_FtpUrl_SaysWhatAUrlIs")]
    [TestCase("{\"version\": 1, \"interactions\": [{\"request\": {\"method\": \"GET\", \"url\": \"https://a.test/\"}, \"response\": {\"status\": 200, \"body\": 5}}]}", "$.interactions[0].response.body", "expected a string, found a number.", TestName = "Parse_NumericBody_NamesBothKinds")]
    [TestCase("null", "$", "expected an object, found null.", TestName = "Parse_JsonNull_SaysAnObjectIsExpected")]
    [TestCase("{\"version\": 1, \"interactions\": [{\"request\": {\"method\": \"GET\", \"url\": \"https://a.test/\"}}]}", "$.interactions[0].response", "an object 'response' is missing.", TestName = "Parse_NoResponse_SaysAnObjectIsMissing")]
    [TestCase("{\"version\": 1, \"interactions\": [{\"request\": {\"method\": \"GET\"}, \"response\": {\"status\": 200}}]}", "$.interactions[0].request.url", "a string 'url' is missing.", TestName = "Parse_NoUrl_SaysAStringIsMissing")]
    [TestCase("{\"version\": 1, \"interactions\": [{\"request\": {\"method\": \"GET\", \"url\": \"/orders/1\"}, \"response\": {\"status\": 200}}]}", "$.interactions[0].request.url", "'/orders/1' is not an absolute URL such as https://api.test/orders/1.", TestName = "Parse_RelativeUrl_SaysWhatAUrlIs")]
    [TestCase("{\"version\": 1, \"interactions\": [{\"request\": {\"method\": \"GET\", \"url\": \"https://a.test/\"}, \"response\": {}}]}", "$.interactions[0].response.status", "a number 'status' is missing.", TestName = "Parse_NoStatus_SaysANumberIsMissing")]
    [TestCase("{\"version\": 1, \"interactions\": [{\"request\": {\"method\": \"GET\", \"url\": \"https://a.test/\"}, \"response\": {\"status\": \"200\"}}]}", "$.interactions[0].response.status", "expected a number, found a string.", TestName = "Parse_StatusAsText_NamesBothKinds")]
    [TestCase("{\"version\": 1, \"interactions\": [{\"request\": {\"method\": \"GET\", \"url\": \"https://a.test/\"}, \"response\": {\"status\": 200, \"headers\": {\"X-A\": null}}}]}", "$.interactions[0].response.headers['X-A']", "expected an array, found null.", TestName = "Parse_HeaderWithoutValues_SaysAnArrayIsExpected")]
    [TestCase("{\"version\": 1, \"interactions\": [{\"request\": {\"method\": \"GET\", \"url\": \"https://a.test/\", \"headers\": {\"X-A\": [\"1\", null]}}, \"response\": {\"status\": 200}}]}", "$.interactions[0].request.headers['X-A'][1]", "expected a string, found null.", TestName = "Parse_NullHeaderValue_NamesItsPlace")]
    [TestCase("{\"version\": 1, \"interactions\": [{\"request\": {\"method\": \"POST\", \"url\": \"https://a.test/\", \"body\": \"%%\", \"bodyEncoding\": \"base64\"}, \"response\": {\"status\": 200}}]}", "$.interactions[0].request.body", "bodyEncoding is base64 but the body is not valid base64.", TestName = "Parse_RequestBodyNotBase64_NamesTheRequestBody")]
    [TestCase("{\"version\": 1, \"interactions\": [{\"request\": {\"method\": \"POST\", \"url\": \"https://a.test/\", \"body\": \"x\", \"bodyEncoding\": \"utf-8\"}, \"response\": {\"status\": 200}}]}", "$.interactions[0].request.bodyEncoding", "'utf-8' is not a body encoding; use \"text\" or \"base64\".", TestName = "Parse_RequestBodyEncodingUnknown_NamesTheRequestBodyEncoding")]
    public void Parse_Malformed_NamesTheLocationAndTheProblem(string json, string location, string problem)
    {
        CassetteFormatException error = Load(json);

        error.Location.Should().Be(location);
        error.Problem.Should().Be(problem);
    }

    [Test]
    public void Parse_HttpUrlBodiesAndOneContentType_AreReadAsRecorded()
    {
        CassetteInteraction interaction = Cassette.Parse(
            "{\"version\": 1, \"interactions\": [{\"request\": {\"method\": \"POST\", \"url\": \"http://a.test/x\", \"body\": \"h\u00e9\", \"bodyEncoding\": \"text\", "
            + "\"headers\": {\"Content-Type\": [\"text/plain\"]}}, \"response\": {\"status\": 200, \"body\": \"AAH/\", \"bodyEncoding\": \"base64\"}}]}").Interactions.Single();

        interaction.Url.Should().Be("http://a.test/x");
        interaction.RequestBody.Should().Equal(0x68, 0xC3, 0xA9);
        interaction.RequestHeaders["content-type"].Should().Equal("text/plain");
        interaction.ResponseBody.Should().Equal(0x00, 0x01, 0xFF);
    }

    [TestCase(100)]
    [TestCase(999)]
    public void Parse_StatusAtTheEndsOfTheRange_IsRead(int status) =>
        Cassette.Parse(One("{\"status\": " + status + "}")).Interactions.Single().StatusCode.Should().Be(status);

    [TestCase("99")]
    [TestCase("1000")]
    [TestCase("200.5")]
    public void Parse_StatusOutsideTheRange_SaysWhatAStatusIs(string status) =>
        Load(One("{\"status\": " + status + "}")).Problem.Should().Be("a status code is a whole number from 100 to 999.");

    [Test]
    public void Parse_OptionalParts_AreReadAsAbsentWhenNullOrOfAnotherKind()
    {
        CassetteInteraction interaction = Cassette.Parse(One("{\"status\": 200, \"reasonPhrase\": 7, \"body\": null}")).Interactions.Single();

        interaction.ReasonPhrase.Should().BeNull();
        interaction.ResponseBody.Should().BeEmpty();
        interaction.ResponseHeaders.Should().BeEmpty();
        interaction.RequestBody.Should().BeEmpty();
    }

    [Test]
    public void Parse_BodyEncodingNotAString_ReadsTheBodyAsText() =>
        Cassette.Parse(One("{\"status\": 200, \"body\": \"AAE=\", \"bodyEncoding\": null}")).Interactions.Single().ResponseBody
            .Should().Equal("AAE="u8.ToArray());

    [Test]
    public void Parse_HeaderWithSeveralValues_KeepsThemInOrder() =>
        Cassette.Parse(One("{\"status\": 200, \"headers\": {\"Vary\": [\"Accept\", \"Origin\"]}}")).Interactions.Single().ResponseHeaders["vary"]
            .Should().Equal("Accept", "Origin");

    private static string One(string response) =>
        "{\"version\": 1, \"interactions\": [{\"request\": {\"method\": \"GET\", \"url\": \"https://a.test/\"}, \"response\": " + response + "}]}";

    private static CassetteFormatException Load(string json) =>
        FluentActions.Invoking(() => Cassette.Parse(json, "bad.json")).Should().Throw<CassetteFormatException>().Which;
}
