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

    [Test]
    public void Parse_ValueOfAnotherKind_SaysWhatWasExpectedAndWhatWasFound() =>
        Approvals.Verify(Cases(
            ("catalog", "{\"protocol\": 1, \"definitions\": []}"),
            ("catalog", "{\"protocol\": \"x\", \"definitions\": {}}"),
            ("catalog", "{\"protocol\": \"x\", \"definitions\": [7]}"),
            ("catalog", "[]"),
            ("catalog", "{\"protocol\": \"x\", \"definitions\": [{\"code\": \"530\"}]}"),
            ("catalog", "{\"protocol\": \"x\", \"definitions\": [{\"code\": 5.5}]}"),
            ("catalog", "{\"protocol\": \"x\", \"definitions\": [{\"code\": 530, \"default\": \"yes\"}]}"),
            ("catalog", "{\"protocol\": \"x\", \"definitions\": [{\"code\": 530, \"headers\": [\"A: b\"]}]}"),
            ("catalog", "{\"protocol\": \"x\", \"definitions\": [{\"code\": 530, \"httpStatuses\": true}]}"),
            ("catalog", "{\"protocol\": \"x\", \"definitions\": [{\"code\": 530, \"httpStatuses\": [null]}]}"),
            ("catalog", "{\"protocol\": \"x\", \"definitions\": [{\"code\": 530, \"substitute\": \"200\"}]}"),
            ("catalog", "{\n  \"protocol\": \"x\",\n  \"definitions\": [\n    {\"code\": false}\n  ]\n}"),
            ("catalog", "{\r\n  \"protocol\": \"\u00e9t\u00e9\",\r\n  \"definitions\": [{\"code\": {}}]\r\n}"),
            ("catalog", "{\"protocol\": 10, \"definitions\": []}"),
            ("style", "{\"name\": 1}"),
            ("style", "{\"name\": 9}"),
            ("style", "{\"name\": \"n\", \"headers\": {\"A\": 2}}"),
            ("har", "{\"log\": {\"entries\": {}}}"),
            ("har", "{\"log\": {\"entries\": [{\"request\": {\"postData\": []}}]}}")));

    [Test]
    public void Parse_TextThatIsNotJson_SaysSoWithoutTheSerializersPosition() =>
        Approvals.Verify(Cases(
            ("catalog", "{\"protocol\": \"x\",\n  oops\n}"),
            ("catalog", "{\"protocol\": \"x\", \"definitions\": [}"),
            ("style", "{\"name\": 'n'}"),
            ("cassette", "{\"version\": 1"),
            ("har", ""),
            ("har", "{\"log\": {}} x")));

    [Test]
    public void Parse_UnknownField_NamesItAndWhatTheFormatHas() =>
        Approvals.Verify(Cases(
            ("catalog", "{\"protocol\": \"x\", \"definitions\": [], \"extra\": 1}"),
            ("catalog", "{\"protocol\": \"x\", \"definitions\": [{\"code\": 530, \"reason\": \"r\"}]}"),
            ("style", "{\"name\": \"n\", \"colour\": \"red\"}")));

    [Test]
    public void Parse_KeyGivenTwiceInOneObject_NamesTheKeyAsWritten() =>
        Approvals.Verify(Cases(
            ("catalog", "{\"protocol\": \"x\", \"protocol\": \"y\"}"),
            ("catalog", "{\"protocol\": \"x\", \"definitions\": [{\"code\": 530, \"headers\": {\"it's\": \"a\", \"it's\": \"b\"}}]}"),
            ("style", "{\"name\": \"n\", \"fields\": {\"a b\": \"x\", \"a b\": \"y\"}}"),
            ("style", "{\"name\": \"n\", \"fields\": {\"a\\\\'b\": \"x\", \"a\\\\'b\": \"y\"}}"),
            ("har", "{\"log\": {\"entries\": [], \"entries\": []}}")));

    [Test]
    public void Parse_LoneSurrogate_IsRefusedAsTextThatIsNotValid() =>
        Approvals.Verify(Cases(
            ("style", "{\"name\": \"\uD83D\"}"),
            ("cassette", "{\"interactions\": [{\"request\": {\"method\": \"\uDE00\"}}]}"),
            ("har", "{\"log\": {\"entries\": [{\"request\": {\"url\": \"a\uD83D\"}}]}}"),
            ("style", "{\"name\": \"\\uD83D\"}"),
            ("cassette", "{\"interactions\": [{\"request\": {\"method\": \"\\uDE00\"}}]}"),
            ("har", "{\"log\": {\"entries\": [{\"request\": {\"url\": \"a\\uD83Db\"}}]}}")));

    [TestCase("$", "name", "$.name")]
    [TestCase("$.headers", "x-a", "$.headers.x-a")]
    [TestCase("$.statuses", "40:", "$.statuses.40:")]
    [TestCase("$.headers", "a.b", "$.headers['a.b']")]
    [TestCase("$.headers", "Bad Name", "$.headers['Bad Name']")]
    [TestCase("$.codes", "it's", "$.codes['it\\'s']")]
    [TestCase("$.codes", "a/b", "$.codes['a/b']")]
    public void Member_Name_IsWrittenAsTheSerializerWritesIt(string path, string name, string expected) =>
        JsonInput.Member(path, name).Should().Be(expected);

    /// <summary>
    /// Each case's file read by its format's public Parse, and the exception it throws: the input, the exception's type,
    /// its message and its location properties, one block per case.
    /// </summary>
    private static string Cases(params (string Format, string Json)[] cases)
    {
        var text = new System.Text.StringBuilder();
        foreach ((string format, string json) in cases)
        {
            (string file, Action parse) = format switch
            {
                "catalog" => ("catalog.json", (Action)(() => StatusCatalog.Parse(json, "catalog.json"))),
                "style" => ("style.json", () => ErrorStyle.Parse(json, "style.json")),
                "cassette" => ("cassette.json", () => Cassette.Parse(json, "cassette.json")),
                _ => ("archive.har", () => HarArchive.Parse(json, "archive.har")),
            };
            FakeStatusFileException error = FluentActions.Invoking(parse).Should().Throw<FakeStatusFileException>().Which;
            error.FileName.Should().Be(file);
            error.Message.Should().StartWith(file + " at " + error.Location).And.EndWith(": " + error.Problem);
            var shown = new System.Text.StringBuilder();
            foreach (char c in json)
            {
                _ = c switch
                {
                    '\n' => shown.Append("\\n"),
                    '\r' => shown.Append("\\r"),
                    _ when char.IsSurrogate(c) => shown.Append("<lone surrogate U+").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)).Append('>'),
                    _ => shown.Append(c),
                };
            }

            text.Append(file).Append(": ").Append(shown).AppendLine()
                .Append("  ").Append(error.GetType().Name).Append(" at ").Append(error.Location)
                .Append(", line ").Append(error.LineNumber?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(none)")
                .Append(", byte ").AppendLine(error.BytePositionInLine?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(none)")
                .Append("  ").AppendLine(error.Message)
                .AppendLine();
        }

        return text.ToString().TrimEnd();
    }

    private static CassetteDocument? Read(string json) =>
        JsonInput.Read(json, CassetteJsonContext.Default.CassetteDocument, (location, problem, line, position, inner) =>
            new CassetteFormatException("c.json", location, problem, line, position, inner));
}
