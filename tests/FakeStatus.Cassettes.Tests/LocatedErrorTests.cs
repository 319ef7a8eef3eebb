namespace FakeStatus.Cassettes.Tests;

/// <summary>Cassette and HAR problems that used to load silently or be reported without the entry they are in.</summary>
public sealed class LocatedErrorTests
{
    private const string Request = "\"request\": {\"method\": \"GET\", \"url\": \"https://api.test/x\"}";

    [TestCase("{\"version\": 1, \"version\": 1, \"interactions\": []}", "$.version", "the property \"version\" is given twice in one object; give it once.", TestName = "Parse_DuplicateTopLevelKey_ThrowsNamingIt")]
    [TestCase("{\"version\": 1, \"interactions\": [{" + Request + ", \"response\": {\"status\": 200, \"status\": 404}}]}", "$.interactions[0].response.status", "the property \"status\" is given twice in one object; give it once.", TestName = "Parse_DuplicateStatus_ThrowsNamingItsPath")]
    [TestCase("{\"version\": 1, \"interactions\": [{" + Request + ", \"response\": {\"status\": 200, \"headers\": {\"Content-Type\": [\"text/plain\", \"application/json\"]}}}]}", "$.interactions[0].response.headers['Content-Type']", "2 Content-Type values ('text/plain', 'application/json'); a message has one media type", TestName = "Parse_TwoContentTypeValues_ThrowsNamingBoth")]
    [TestCase("{\"version\": 1, \"interactions\": [{" + Request + ", \"response\": {\"status\": 200, \"headers\": {\"X-A\": [\"1\"], \"x-a\": [\"2\"]}}}]}", "$.interactions[0].response.headers['x-a']", "appears twice (names are compared ignoring case)", TestName = "Parse_HeaderTwiceInAnotherCase_Throws")]
    public void Parse_AmbiguousCassette_ThrowsALocatedError(string json, string location, string problem)
    {
        Action load = () => Cassette.Parse(json, "c.json");

        CassetteFormatException error = load.Should().Throw<CassetteFormatException>().Which;
        error.Location.Should().Be(location);
        error.Problem.Should().Contain(problem);
    }

    [Test]
    public void ReplayInto_HeaderValueWithALineBreakInTheSecondInteraction_NamesTheInteractionAndHeader()
    {
        string good = "{" + Request + ", \"response\": {\"status\": 200}}";
        string bad = "{" + Request.Replace("/x", "/y", StringComparison.Ordinal) + ", \"response\": {\"status\": 200, \"headers\": {\"X-Bad\": [\"line\\r\\nbreak\"]}}}";
        Cassette cassette = Cassette.Parse("{\"version\": 1, \"interactions\": [" + good + ", " + bad + "]}", "c.json");
        using var handler = new FakeStatusHandler();

        CassetteFormatException error = FluentActions.Invoking(() => cassette.ReplayInto(handler)).Should().Throw<CassetteFormatException>().Which;

        error.Location.Should().Be("$.interactions[1].response.headers['X-Bad']");
        handler.Routes.Should().BeEmpty();
    }

    [Test]
    public void ReplayInto_HarHeaderValueWithALineBreakInTheSecondEntry_NamesTheEntryAndHeader()
    {
        string good = "{\"request\": {\"method\": \"GET\", \"url\": \"https://a.test/x\"}, \"response\": {\"status\": 200}}";
        string bad = "{\"request\": {\"method\": \"GET\", \"url\": \"https://a.test/y\"}, \"response\": {\"status\": 200, \"headers\": [{\"name\": \"X-Bad\", \"value\": \"line\\rbreak\"}]}}";
        HarArchive archive = HarArchive.Parse("{\"log\": {\"entries\": [" + good + ", " + bad + "]}}", "s.har");
        using var handler = new FakeStatusHandler();

        HarFormatException error = FluentActions.Invoking(() => archive.ReplayInto(handler)).Should().Throw<HarFormatException>().Which;

        error.Location.Should().Be("$.log.entries[1].response.headers['X-Bad']");
        handler.Routes.Should().BeEmpty();
    }

    [Test]
    public void ReplayInto_CassetteHeaderNameThatIsNotAToken_SaysWhatIsWrongWithoutAMethodParameter()
    {
        Cassette cassette = Cassette.Parse("{\"version\": 1, \"interactions\": [{" + Request + ", \"response\": {\"status\": 200, \"headers\": {\"Bad Name\": [\"1\"]}}}]}", "c.json");
        using var handler = new FakeStatusHandler();

        CassetteFormatException error = FluentActions.Invoking(() => cassette.ReplayInto(handler)).Should().Throw<CassetteFormatException>().Which;

        error.Message.Should().Be("c.json at $.interactions[0].response.headers['Bad Name']: Header name 'Bad Name' contains ' ': a header name is an RFC 9110 token (letters, digits and !#$%&'*+-.^_`|~).");
        error.InnerException.Should().BeAssignableTo<ArgumentException>();
    }

    [Test]
    public void ReplayInto_HarHeaderValueWithACarriageReturn_SaysWhatIsWrongWithoutAMethodParameter()
    {
        string entry = "{\"request\": {\"method\": \"GET\", \"url\": \"https://a.test/y\"}, \"response\": {\"status\": 200, \"headers\": [{\"name\": \"X-Bad\", \"value\": \"line\\rbreak\"}]}}";
        HarArchive archive = HarArchive.Parse("{\"log\": {\"entries\": [" + entry + "]}}", "s.har");
        using var handler = new FakeStatusHandler();

        HarFormatException error = FluentActions.Invoking(() => archive.ReplayInto(handler)).Should().Throw<HarFormatException>().Which;

        error.Problem.Should().Be("The value of header 'X-Bad' ('line\\rbreak') contains CR or LF, which would inject a header.");
    }
}
