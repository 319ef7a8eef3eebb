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
