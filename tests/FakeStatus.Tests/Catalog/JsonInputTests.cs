namespace FakeStatus.Tests.Catalog;

/// <summary>
/// The one JSON input layer the file formats read through: what the serializer finds becomes a located problem in words
/// (the path, the line and byte counted from 1, what was expected and what was found), and paths are written as the
/// serializer writes them.
/// </summary>
public sealed class JsonInputTests
{
    [TestCase("{\"version\": \"1\"}", "$.version", 1L, 16L, "expected a whole number, found a string.")]
    [TestCase("{\"version\": 1.5}", "$.version", 1L, 16L, "expected a whole number.")]
    [TestCase("{\"interactions\": [[]]}", "$.interactions[0]", 1L, 20L, "expected an object, found an array.")]
    [TestCase("{\n  \"interactions\": [\n    {\"request\": false}\n  ]\n}", "$.interactions[0].request", 3L, 22L, "expected an object, found a boolean.")]
    [TestCase("{\"interactions\": [{\"request\": {\"method\": null, \"url\": {}}}]}", "$.interactions[0].request.url", 1L, 56L, "expected a string, found an object.")]
    [TestCase("{\"interactions\": 7}", "$.interactions", 1L, 19L, "expected an array, found a number.")]
    public void Read_ValueOfAnotherKind_NamesThePathThePositionAndBothKinds(string json, string location, long line, long position, string problem)
    {
        CassetteFormatException error = FluentActions.Invoking(() => Read(json)).Should().Throw<CassetteFormatException>().Which;

        (error.Location, error.LineNumber, error.BytePositionInLine, error.Problem).Should().Be((location, (long?)line, (long?)position, problem));
        error.Message.Should().Be($"c.json at {location} (line {line}, byte {position}): {problem}");
    }

    [TestCase("{\"interactions\": [{\"request\": {\"headers\": {\"A\": [], \"A\": []}}}]}", "$.interactions[0].request.headers.A", "A")]
    [TestCase("{\"interactions\": [{\"response\": {\"status\": 1, \"status\": 2}}]}", "$.interactions[0].response.status", "status")]
    [TestCase("{\"interactions\": [{\"request\": {\"headers\": {\"a.b\": [], \"a.b\": []}}}]}", "$.interactions[0].request.headers['a.b']", "a.b")]
    public void Read_KeyGivenTwiceInOneObject_IsRefusedNamingIt(string json, string location, string name)
    {
        CassetteFormatException error = FluentActions.Invoking(() => Read(json)).Should().Throw<CassetteFormatException>().Which;

        error.Location.Should().Be(location);
        error.LineNumber.Should().Be(1);
        error.Problem.Should().Be($"the property \"{name}\" is given twice in one object; give it once.");
    }

    [Test]
    public void Read_TextThatIsNotJson_SaysSoWithTheLine()
    {
        CassetteFormatException error = FluentActions.Invoking(() => Read("{\n  \"version\": 1,\n  oops\n}")).Should().Throw<CassetteFormatException>().Which;

        error.LineNumber.Should().Be(3);
        error.Problem.Should().StartWith("not valid JSON: ");
    }

    [TestCase("$", "name", "$.name")]
    [TestCase("$.headers", "x-a", "$.headers.x-a")]
    [TestCase("$.statuses", "40:", "$.statuses.40:")]
    [TestCase("$.headers", "a.b", "$.headers['a.b']")]
    [TestCase("$.headers", "Bad Name", "$.headers['Bad Name']")]
    [TestCase("$.codes", "it's", "$.codes['it\\'s']")]
    [TestCase("$.codes", "a/b", "$.codes['a/b']")]
    public void Member_Name_IsWrittenAsTheSerializerWritesIt(string path, string name, string expected) =>
        JsonInput.Member(path, name).Should().Be(expected);

    private static CassetteDocument? Read(string json) =>
        JsonInput.Read(json, CassetteJsonContext.Default.CassetteDocument, (location, problem, line, position, inner) =>
            new CassetteFormatException("c.json", location, problem, line, position, inner));
}
