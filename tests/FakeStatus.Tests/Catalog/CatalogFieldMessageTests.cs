namespace FakeStatus.Tests.Catalog;

/// <summary>
/// Each optional field of a catalog definition, when wrong, is reported under its own JSON path with the rule's own words,
/// and each one read correctly lands in the definition.
/// </summary>
public sealed class CatalogFieldMessageTests
{
    [TestCase("\"status\": \"weird\"", "status",
        "'weird' is not a status; expected one of standard, deprecated, obsolete, unused, vendor, unofficial.")]
    [TestCase("\"vendor\": \"acme inc\"", "vendor",
        "vendor 'acme inc' contains ' ': use ASCII letters, digits and '-' only, e.g. 'smtp' or 'aws-elb'.")]
    [TestCase("\"variant\": \"\"", "variant",
        "variant must not be null or empty; use lower-case ASCII letters, digits and '-', e.g. 'smtp' or 'aws-elb'.")]
    [TestCase("\"headers\": {\"Bad Name\": \"v\"}", "headers",
        "Header name 'Bad Name' contains ' ': a header name is an RFC 9110 token (letters, digits and !#$%&'*+-.^_`|~).")]
    [TestCase("\"sourceText\": \"a\\nb\"", "sourceText",
        "sourceText 'a\\nb' contains U+000A: join the source's lines with one space.")]
    [TestCase("\"phraseOrigin\": \"ours\"", "phraseOrigin",
        "'ours' is not a phrase origin; expected one of source, adapted, fakestatus.")]
    public void Parse_BadOptionalField_NamesItsPathAndTheRule(string field, string path, string problem)
    {
        CatalogFormatException error = Load("{\"code\": 200, \"reasonPhrase\": \"A\", " + field + "}");

        error.Location.Should().Be("$.definitions[0]." + path);
        error.Message.Should().Be($"c.json at $.definitions[0].{path}: {problem}");
    }

    [TestCase(true)]
    [TestCase(false)]
    public void Parse_BodyAllowedGiven_OverridesTheCodesDefault(bool allowed)
    {
        // 200 allows a body by default and 204 forbids one; the catalog's own "bodyAllowed" wins for both.
        StatusCatalog catalog = StatusCatalog.Parse(
            "{\"protocol\": \"x\", \"definitions\": [{\"code\": 200, \"reasonPhrase\": \"A\", \"bodyAllowed\": " + (allowed ? "true" : "false")
            + "}, {\"code\": 204, \"reasonPhrase\": \"B\", \"bodyAllowed\": " + (allowed ? "true" : "false") + "}]}", "c.json");

        catalog.Get("x", 200).BodyAllowed.Should().Be(allowed);
        catalog.Get("x", 204).BodyAllowed.Should().Be(allowed);
    }

    [Test]
    public void Parse_BodyAllowedOmitted_FollowsTheCode()
    {
        StatusCatalog catalog = StatusCatalog.Parse(Catalog("{\"code\": 200, \"reasonPhrase\": \"A\"}, {\"code\": 204, \"reasonPhrase\": \"B\"}"), "c.json");

        catalog.Get("x", 200).BodyAllowed.Should().BeTrue();
        catalog.Get("x", 204).BodyAllowed.Should().BeFalse();
    }

    [Test]
    public void Parse_HighestCodeWithTwoMeaningsAndNoDefault_IsRejected()
    {
        // The default check runs over every code up to and including 999.
        CatalogFormatException error = Load(
            "{\"code\": 999, \"reasonPhrase\": \"A\", \"variant\": \"a\"}, {\"code\": 999, \"reasonPhrase\": \"B\", \"variant\": \"b\"}");

        error.Message.Should().Be(
            "c.json at $.definitions[*].default: x 999 has 2 meanings and 0 marked \"default\": true; exactly one must be.");
    }

    [Test]
    public void With_DefinitionsOfSeveralProtocols_ListsProtocolsInOrdinalOrder()
    {
        StatusCatalog catalog = StatusCatalog.Empty.With(
            new StatusDefinition("smtp", 530, "Authentication Required"),
            new StatusDefinition("ftp", 530, "Not logged in"),
            new StatusDefinition("http", 200, "OK"));

        catalog.Protocols.Should().Equal("ftp", "http", "smtp");
    }

    [Test]
    public void Constructor_OnlyRequiredValues_LeavesDescriptionAndSourceEmpty()
    {
        var definition = new StatusDefinition("x", 200, "A");

        definition.Description.Should().BeEmpty();
        definition.Source.Should().BeEmpty();
    }

    [TestCase("Z")]
    [TestCase("A")]
    [TestCase("z")]
    [TestCase("a")]
    [TestCase("0")]
    [TestCase("9")]
    [TestCase("X-Az09")]
    public void ForHeader_NameAtEachRangeEdge_IsAccepted(string name)
    {
        using var handler = new FakeStatusHandler();

        FluentActions.Invoking(() => handler.When("/x").ForHeader(name, "v")).Should().NotThrow();
    }

    [TestCase("[", '[')]
    [TestCase("@", '@')]
    [TestCase("/", '/')]
    [TestCase(":", ':')]
    [TestCase("`{", '{')]
    public void ForHeader_NameJustOutsideARange_NamesTheCharacter(string name, char bad)
    {
        using var handler = new FakeStatusHandler();

        FluentActions.Invoking(() => handler.When("/x").ForHeader(name, "v")).Should().Throw<ArgumentException>()
            .Which.Message.Should().StartWith($"Header name '{name}' contains '{bad}': a header name is an RFC 9110 token");
    }

    [Test]
    public void ForHeader_EmptyName_SaysANameIsRequired()
    {
        using var handler = new FakeStatusHandler();

        FluentActions.Invoking(() => handler.When("/x").ForHeader(string.Empty, "v")).Should().Throw<ArgumentException>()
            .Which.Message.Should().StartWith("A header name must not be null or empty.");
    }

    [Test]
    public void Parse_OptionalTextsOmitted_AreEmpty()
    {
        StatusCatalog catalog = StatusCatalog.Parse(Catalog(
            "{\"code\": 494, \"reasonPhrase\": \"A\", \"clientReceives\": \"substitute-status\", \"substitute\": {\"code\": 400, \"reasonPhrase\": \"Bad Request\", \"contentType\": \"text/html\"}}"), "c.json");

        StatusDefinition definition = catalog.Get("x", 494);
        definition.Description.Should().BeEmpty();
        definition.Source.Should().BeEmpty();
        definition.Substitute!.Body.Should().BeEmpty();
    }

    [Test]
    public void Parse_JsonNull_IsReportedAtTheRoot()
    {
        FluentActions.Invoking(() => StatusCatalog.Parse("null", "c.json")).Should().Throw<CatalogFormatException>()
            .Which.Location.Should().Be("$");
    }

    [Test]
    public void Parse_NoDefinitions_SaysAnArrayIsExpected() =>
        FluentActions.Invoking(() => StatusCatalog.Parse("{\"protocol\": \"x\"}", "c.json")).Should().Throw<CatalogFormatException>()
            .Which.Message.Should().Be("c.json at $.definitions: the field is missing; expected an array of definitions.");

    [Test]
    public void Parse_WrongJsonType_GivesLineColumnAndShapeWithoutTheSerialisersPath()
    {
        // The serialiser points just past the value (the 5 is the fourteenth byte of line 1, so the fifteenth); its own " Path: ..." tail is replaced by the expected shape.
        CatalogFormatException error = FluentActions.Invoking(() => StatusCatalog.Parse("{\"protocol\": 5, \"definitions\": []}", "c.json"))
            .Should().Throw<CatalogFormatException>().Which;

        error.LineNumber.Should().Be(1);
        error.BytePositionInLine.Should().Be(15);
        error.Location.Should().Be("$.protocol");
        error.Message.Should().StartWith("c.json at $.protocol (line 1, byte 15): ")
            .And.EndWith(". Expected {\"protocol\": \"http\", \"definitions\": [{\"code\": 530, \"reasonPhrase\": \"...\", ...}]}.")
            .And.NotContain("Path:");
    }

    [Test]
    public void Parse_RepeatedPropertyAfterACommentAndATrailingComma_IsStillFound()
    {
        // The repeat scan reads the same relaxed JSON as the catalog reader: comments and trailing commas do not hide a repeat.
        const string json = "{\"protocol\": \"x\", /* note */ \"definitions\": [{\"code\": 200, \"reasonPhrase\": \"A\",}, {\"code\": 201, \"reasonPhrase\": \"B\", \"reasonPhrase\": \"C\"}]}";

        FluentActions.Invoking(() => StatusCatalog.Parse(json, "c.json")).Should().Throw<CatalogFormatException>()
            .Which.Message.Should().Contain("the property \"reasonPhrase\" is given twice in one object; give it once.");
    }

    [Test]
    public void Load_Missing_SaysTheFileDoesNotExist()
    {
        string path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".json");

        FluentActions.Invoking(() => StatusCatalog.Load(path)).Should().Throw<FileNotFoundException>()
            .Which.Message.Should().Be($"The status catalog file '{path}' does not exist.");
    }

    [Test]
    public void Get_UnknownVariantOfAKnownCode_EndsWithTheAdvice()
    {
        FluentActions.Invoking(() => StatusCatalog.Default.Get("smtp", 530, "nope")).Should().Throw<KeyNotFoundException>()
            .Which.Message.Should().EndWith(". Use TryGet to test, or With(...) to add one.");
    }

    [Test]
    public void With_NewDefaultForOneCode_LeavesOtherCodesAndProtocolsAlone()
    {
        StatusCatalog catalog = StatusCatalog.Default.With(new StatusDefinition("smtp", 530, "Custom") { Variant = "mine", IsDefault = true });

        catalog.Get("smtp", 530).ReasonPhrase.Should().Be("Custom");
        foreach ((string protocol, int code) in new[] { ("http", 530), ("ftp", 530), ("smtp", 550), ("http", 500) })
        {
            catalog.Get(protocol, code).Should().Be(StatusCatalog.Default.Get(protocol, code), $"{protocol} {code} keeps its default");
            catalog.VariantsOf(protocol, code).Count(d => d.IsDefault).Should().Be(1);
        }
    }

    [Test]
    public void Constructor_MixedCaseProtocol_IsFoldedToLowerCaseOnly()
    {
        new StatusDefinition("X-Mail2Z", 200, "A").Protocol.Should().Be("x-mail2z");
    }

    [Test]
    public void ForHeader_NullValueInResponse_NamesTheHeader()
    {
        using var handler = new FakeStatusHandler();

        FluentActions.Invoking(() => handler.When("/x").Respond(200, r => r.WithHeader("X-Trace", null!)))
            .Should().Throw<ArgumentNullException>()
            .Which.Message.Should().StartWith("The value of header 'X-Trace' must not be null.");
    }

    private static string Catalog(string definitions) => "{\"protocol\": \"x\", \"definitions\": [" + definitions + "]}";

    private static CatalogFormatException Load(string definitions) =>
        FluentActions.Invoking(() => StatusCatalog.Parse(Catalog(definitions), "c.json"))
            .Should().Throw<CatalogFormatException>().Which;
}
