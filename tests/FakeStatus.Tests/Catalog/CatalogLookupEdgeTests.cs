namespace FakeStatus.Tests.Catalog;

/// <summary>The edges of reading and looking up a catalog: where a repeated property is reported, and variant lookup.</summary>
public sealed class CatalogLookupEdgeTests
{
    private const string TwoMeanings = """
        {"protocol": "x", "definitions": [
          {"code": 530, "reasonPhrase": "Frozen", "variant": "frozen", "default": true},
          {"code": 530, "reasonPhrase": "Thawed", "variant": "thawed"},
          {"code": 100, "reasonPhrase": "First"},
          {"code": 999, "reasonPhrase": "Last"}
        ]}
        """;

    [Test]
    public void Parse_PropertyGivenTwiceOnTheFirstLine_ReportsThePositionJustPastTheRepeat()
    {
        CatalogFormatException error = FluentActions.Invoking(() => StatusCatalog.Parse("{\"protocol\": \"x\", \"protocol\": \"y\", \"definitions\": []}", "c.json"))
            .Should().Throw<CatalogFormatException>().Which;

        // The reader finds the repeat once it has read it: the byte after "y" (the thirty-fourth of the line).
        (error.Location, error.LineNumber, error.BytePositionInLine).Should().Be(("$.protocol", 1L, 34L));
        error.Message.Should().Be("c.json at $.protocol (line 1, byte 34): the property \"protocol\" is given twice in one object; give it once.");
    }

    [Test]
    public void Parse_PropertyGivenTwiceAfterANewline_CountsTheColumnFromTheLineStart()
    {
        CatalogFormatException error = FluentActions.Invoking(() => StatusCatalog.Parse("{\"protocol\": \"x\",\n  \"protocol\": \"y\", \"definitions\": []}", "c.json"))
            .Should().Throw<CatalogFormatException>().Which;

        (error.LineNumber, error.BytePositionInLine).Should().Be((2L, 18L));
    }

    [Test]
    public void Parse_SameNameInANestedObjectAndItsOwner_IsNotARepeat()
    {
        // "status" is a header name inside "headers", then a field of the definition that owns it: two objects, no repeat.
        StatusDefinition definition = StatusCatalog.Parse(
            "{\"protocol\": \"x\", \"definitions\": [{\"code\": 200, \"reasonPhrase\": \"A\", \"headers\": {\"status\": \"1\"}, \"status\": \"vendor\"}]}")
            .Get("x", 200);

        definition.Headers["status"].Should().Be("1");
        definition.Kind.Should().Be(StatusKind.Vendor);
    }

    [Test]
    public void Parse_SameFieldsInSiblingDefinitions_AreNotRepeats() =>
        StatusCatalog.Parse(TwoMeanings).ForProtocol("x").Should().HaveCount(4);

    [TestCase("frozen", "Frozen")]
    [TestCase("THAWED", "Thawed")]
    [TestCase("Frozen", "Frozen")]
    public void Get_Variant_IsFoundIgnoringCase(string variant, string phrase) =>
        StatusCatalog.Parse(TwoMeanings).Get("x", 530, variant).ReasonPhrase.Should().Be(phrase);

    [Test]
    public void TryGet_VariantTheCodeLacks_IsFalse() =>
        StatusCatalog.Parse(TwoMeanings).TryGet("x", 530, "melted", out _).Should().BeFalse();

    [TestCase(100, "First")]
    [TestCase(999, "Last")]
    public void Get_CodesAtTheEndsOfTheRange_AreFound(int code, string phrase) =>
        StatusCatalog.Parse(TwoMeanings).Get("x", code).ReasonPhrase.Should().Be(phrase);
}
