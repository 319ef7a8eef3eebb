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
    public void FromJson_BadOptionalField_NamesItsPathAndTheRule(string field, string path, string problem)
    {
        StatusCatalogException error = Load("{\"code\": 200, \"reasonPhrase\": \"A\", " + field + "}");

        error.Field.Should().Be("$.definitions[0]." + path);
        error.Message.Should().Be($"Status catalog c.json, field $.definitions[0].{path}: {problem}");
    }

    [TestCase(true)]
    [TestCase(false)]
    public void FromJson_BodyAllowedGiven_OverridesTheCodesDefault(bool allowed)
    {
        // 200 allows a body by default and 204 forbids one; the catalog's own "bodyAllowed" wins for both.
        StatusCatalog catalog = StatusCatalog.FromJson(
            "{\"protocol\": \"x\", \"definitions\": [{\"code\": 200, \"reasonPhrase\": \"A\", \"bodyAllowed\": " + (allowed ? "true" : "false")
            + "}, {\"code\": 204, \"reasonPhrase\": \"B\", \"bodyAllowed\": " + (allowed ? "true" : "false") + "}]}", "c.json");

        catalog.Get("x", 200).BodyAllowed.Should().Be(allowed);
        catalog.Get("x", 204).BodyAllowed.Should().Be(allowed);
    }

    [Test]
    public void FromJson_BodyAllowedOmitted_FollowsTheCode()
    {
        StatusCatalog catalog = StatusCatalog.FromJson(Catalog("{\"code\": 200, \"reasonPhrase\": \"A\"}, {\"code\": 204, \"reasonPhrase\": \"B\"}"), "c.json");

        catalog.Get("x", 200).BodyAllowed.Should().BeTrue();
        catalog.Get("x", 204).BodyAllowed.Should().BeFalse();
    }

    [Test]
    public void FromJson_HighestCodeWithTwoMeaningsAndNoDefault_IsRejected()
    {
        // The default check runs over every code up to and including 999.
        StatusCatalogException error = Load(
            "{\"code\": 999, \"reasonPhrase\": \"A\", \"variant\": \"a\"}, {\"code\": 999, \"reasonPhrase\": \"B\", \"variant\": \"b\"}");

        error.Message.Should().Be(
            "Status catalog c.json, field $.definitions[*].default: x 999 has 2 meanings and 0 marked \"default\": true; exactly one must be.");
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

    private static string Catalog(string definitions) => "{\"protocol\": \"x\", \"definitions\": [" + definitions + "]}";

    private static StatusCatalogException Load(string definitions) =>
        FluentActions.Invoking(() => StatusCatalog.FromJson(Catalog(definitions), "c.json"))
            .Should().Throw<StatusCatalogException>().Which;
}
