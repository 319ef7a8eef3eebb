namespace FakeStatus.Cassettes.Tests.Har;

/// <summary>The exact words the HAR reader gives for a file it cannot read.</summary>
public sealed class HarReaderMessageTests
{
    [TestCase("{}", "$.log", "'log' is missing.", TestName = "Parse_NoLog_SaysItIsMissing")]
    [TestCase("[]", "$", "expected an object, found an array.", TestName = "Parse_Array_NamesBothKinds")]
    [TestCase("{\"log\": []}", "$.log", "expected an object, found an array.", TestName = "Parse_LogNotAnObject_NamesBothKinds")]
    [TestCase("{\"log\": {\"entries\": [{}]}}", "$.log.entries[0].request", "'request' is missing.", TestName = "Parse_EntryWithoutRequest_SaysItIsMissing")]
    [TestCase("{\"log\": {\"entries\": [{\"request\": {\"url\": \"https://a.test/\"}}]}}", "$.log.entries[0].request.method", "'method' is missing.", TestName = "Parse_RequestWithoutMethod_SaysItIsMissing")]
    [TestCase("{\"log\": {\"entries\": [{\"request\": {\"method\": \"GET\", \"url\": \"ftp://a.test/\"}, \"response\": {\"status\": 200}}]}}", "$.log.entries[0].request.url", "'ftp://a.test/' is not an absolute http(s) URL.", TestName = "Parse_FtpUrl_SaysWhatAUrlIs")]
    [TestCase("{\"log\": {\"entries\": [{\"request\": {\"method\": \"GET\", \"url\": \"https://a.test/\"}, \"response\": {\"status\": 99}}]}}", "$.log.entries[0].response.status", "a status code is a whole number from 100 to 999 (0 for a request that got no response).", TestName = "Parse_Status99_SaysWhatAStatusIs")]
    [TestCase("{\"log\": {\"entries\": [{\"request\": {\"method\": \"GET\", \"url\": \"https://a.test/\"}, \"response\": {\"status\": 200, \"headers\": {}}}]}}", "$.log.entries[0].response.headers", "expected an array, found an object.", TestName = "Parse_HeadersNotAnArray_SaysWhatTheyAre")]
    [TestCase("{\"log\": {\"entries\": [{\"request\": {\"method\": \"GET\", \"url\": \"https://a.test/\"}, \"response\": {\"status\": 200, \"content\": {\"text\": \"x\", \"encoding\": \"gzip\"}}}]}}", "$.log.entries[0].response.content.encoding", "'gzip' is not an encoding FakeStatus reads; HAR bodies are plain text or base64.", TestName = "Parse_UnknownEncoding_NamesTheEncodingsItReads")]
    [TestCase("null", "$.log", "'log' is missing.", TestName = "Parse_JsonNull_SaysTheLogIsMissing")]
    [TestCase("{\"log\": {}}", "$.log.entries", "'entries' is missing.", TestName = "Parse_LogWithoutEntries_SaysTheyAreMissing")]
    [TestCase("{\"log\": {\"entries\": [null]}}", "$.log.entries[0]", "expected an object, found null.", TestName = "Parse_NullEntry_NamesBothKinds")]
    [TestCase("{\"log\": {\"entries\": [{\"request\": {\"method\": \"GET\"}}]}}", "$.log.entries[0].request.url", "'url' is missing.", TestName = "Parse_RequestWithoutUrl_SaysItIsMissing")]
    [TestCase("{\"log\": {\"entries\": [{\"request\": {\"method\": \"GET\", \"url\": \"/orders\"}}]}}", "$.log.entries[0].request.url", "'/orders' is not an absolute http(s) URL.", TestName = "Parse_RelativeUrl_SaysWhatAUrlIs")]
    [TestCase("{\"log\": {\"entries\": [{\"request\": {\"method\": \"GET\", \"url\": \"https://a.test/\"}, \"response\": {}}]}}", "$.log.entries[0].response.status", "'status' is missing.", TestName = "Parse_ResponseWithoutStatus_SaysItIsMissing")]
    [TestCase("{\"log\": {\"entries\": [{\"request\": {\"method\": \"GET\", \"url\": \"https://a.test/\"}, \"response\": {\"status\": \"200\"}}]}}", "$.log.entries[0].response.status", "expected a number, found a string.", TestName = "Parse_StatusAsText_NamesBothKinds")]
    [TestCase("{\"log\": {\"entries\": [{\"request\": {\"method\": \"GET\", \"url\": \"https://a.test/\"}, \"response\": {\"status\": 200.5}}]}}", "$.log.entries[0].response.status", "a status code is a whole number from 100 to 999 (0 for a request that got no response).", TestName = "Parse_StatusNotWhole_SaysWhatAStatusIs")]
    [TestCase("{\"log\": {\"entries\": [{\"request\": {\"method\": \"GET\", \"url\": \"https://a.test/\"}, \"response\": {\"status\": 1000}}]}}", "$.log.entries[0].response.status", "a status code is a whole number from 100 to 999 (0 for a request that got no response).", TestName = "Parse_Status1000_SaysWhatAStatusIs")]
    [TestCase("{\"log\": {\"entries\": [{\"request\": {\"method\": \"GET\", \"url\": \"https://a.test/\"}, \"response\": {\"status\": 200, \"headers\": [{\"name\": \"A\", \"value\": \"1\"}, {\"name\": \"X\"}]}}]}}", "$.log.entries[0].response.headers[1]", "a header is an object with a string name and a string value.", TestName = "Parse_HeaderWithoutValue_NamesItsPlace")]
    [TestCase("{\"log\": {\"entries\": [{\"request\": {\"method\": \"GET\", \"url\": \"https://a.test/\"}, \"response\": {\"status\": 200, \"headers\": [null]}}]}}", "$.log.entries[0].response.headers[0]", "a header is an object with a string name and a string value.", TestName = "Parse_NullHeader_NamesItsPlace")]
    [TestCase("{\"log\": {\"entries\": [{\"request\": {\"method\": \"GET\", \"url\": \"https://a.test/\"}, \"response\": {\"status\": 200, \"content\": {\"text\": \"%%\", \"encoding\": \"base64\"}}}]}}", "$.log.entries[0].response.content.text", "content.encoding is base64 but the text is not valid base64.", TestName = "Parse_TextNotBase64_NamesTheText")]
    public void Parse_Malformed_NamesTheLocationAndTheProblem(string json, string location, string problem)
    {
        HarFormatException error = FluentActions.Invoking(() => HarArchive.Parse(json, "bad.har")).Should().Throw<HarFormatException>().Which;

        error.Location.Should().Be(location);
        error.Problem.Should().Be(problem);
        // The position is there when the JSON reader found the problem, and only then.
        string position = error.LineNumber is null ? string.Empty : $" (line {error.LineNumber}, byte {error.BytePositionInLine})";
        error.Message.Should().Be($"bad.har at {location}{position}: {problem}");
    }

    [Test]
    public void Parse_KeyGivenTwice_IsRefusedRatherThanOneOfThemRead()
    {
        HarFormatException error = FluentActions.Invoking(() => HarArchive.Parse("{\"log\": {\"entries\": [],\n \"entries\": []}}", "bad.har"))
            .Should().Throw<HarFormatException>().Which;

        (error.Location, error.LineNumber).Should().Be(("$.log.entries", 2L));
        error.Problem.Should().Be("the property \"entries\" is given twice in one object; give it once.");
    }

    [TestCase(100)]
    [TestCase(999)]
    public void Parse_StatusAtTheEndsOfTheRange_IsRead(int status) =>
        HarArchive.Parse("{\"log\": {\"entries\": [{\"request\": {\"method\": \"GET\", \"url\": \"https://a.test/\"}, \"response\": {\"status\": " + status + "}}]}}")
            .EntryCount.Should().Be(1);
}
