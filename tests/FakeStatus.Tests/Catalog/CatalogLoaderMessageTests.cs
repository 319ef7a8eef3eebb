namespace FakeStatus.Tests.Catalog;

/// <summary>The exact words a catalog author reads when a catalog file is wrong: the field's JSON path, then what is valid.</summary>
public sealed class CatalogLoaderMessageTests
{
    [Test]
    public void Parse_UnknownClientReceives_NamesTheClientReceivesField()
    {
        CatalogFormatException error = Load(Catalog("{\"code\": 200, \"reasonPhrase\": \"A\", \"clientReceives\": \"closed\"}"));

        error.Location.Should().Be("$.definitions[0].clientReceives");
        error.Message.Should().Be(
            "c.json at $.definitions[0].clientReceives: 'closed' is not what a client receives; expected one of status, connection-closed, substitute-status, logged-only.");
    }

    [Test]
    public void Parse_SubstituteWithoutContentType_SaysWhatToGive()
    {
        CatalogFormatException error = Load(Catalog(
            "{\"code\": 494, \"reasonPhrase\": \"A\", \"clientReceives\": \"substitute-status\", \"substitute\": {\"code\": 400, \"reasonPhrase\": \"Bad Request\"}}"));

        error.Message.Should().Be("c.json at $.definitions[0].substitute: substitute.contentType is missing, e.g. \"text/html\".");
    }

    [Test]
    public void Parse_SubstituteWithoutReasonPhrase_SaysWhatToGive()
    {
        CatalogFormatException error = Load(Catalog(
            "{\"code\": 494, \"reasonPhrase\": \"A\", \"clientReceives\": \"substitute-status\", \"substitute\": {\"code\": 400, \"contentType\": \"text/html\"}}"));

        error.Message.Should().Be("c.json at $.definitions[0].substitute: substitute.reasonPhrase is missing, e.g. \"Bad Request\".");
    }

    [Test]
    public void Parse_CodeOutOfRange_MessageCarriesNoParameterSuffix()
    {
        // The rule's ArgumentException adds " (Parameter 'code')" and the actual value; the field path already says where.
        CatalogFormatException error = Load(Catalog("{\"code\": 99, \"reasonPhrase\": \"A\"}"));

        error.Message.Should().Be(
            "c.json at $.definitions[0].code: Status code 99 is out of range: a status code is a whole number from 100 to 999.");
    }

    [Test]
    public void Parse_TwoMeaningsBothDefault_NamesEveryDefaultMark()
    {
        CatalogFormatException error = Load(Catalog(
            "{\"code\": 530, \"reasonPhrase\": \"A\", \"variant\": \"a\", \"default\": true}, {\"code\": 530, \"reasonPhrase\": \"B\", \"variant\": \"b\", \"default\": true}"));

        error.Location.Should().Be("$.definitions[*].default");
        error.Message.Should().Be(
            "c.json at $.definitions[*].default: x 530 has 2 meanings and 2 marked \"default\": true; exactly one must be.");
    }

    [Test]
    public void Parse_ThreeMeaningsNoneDefault_CountsThem()
    {
        CatalogFormatException error = Load(Catalog(
            "{\"code\": 530, \"reasonPhrase\": \"A\", \"variant\": \"a\"}, {\"code\": 530, \"reasonPhrase\": \"B\", \"variant\": \"b\"}, {\"code\": 530, \"reasonPhrase\": \"C\", \"variant\": \"c\"}"));

        error.Message.Should().EndWith("x 530 has 3 meanings and 0 marked \"default\": true; exactly one must be.");
    }

    [Test]
    public void Parse_OneCodeOneMeaning_IsItsDefaultWithoutAMark()
    {
        StatusCatalog catalog = StatusCatalog.Parse(Catalog(
            "{\"code\": 530, \"reasonPhrase\": \"A\", \"variant\": \"a\"}, {\"code\": 531, \"reasonPhrase\": \"B\", \"variant\": \"b\", \"default\": false}"));

        catalog.Get("x", 530).ReasonPhrase.Should().Be("A");
        catalog.Get("x", 531).IsDefault.Should().BeTrue("the only meaning of a code is its default whatever the mark says");
    }

    [Test]
    public void Parse_SameVariantTwice_NamesTheVariantAndTheFirst()
    {
        CatalogFormatException error = Load(Catalog(
            "{\"code\": 200, \"reasonPhrase\": \"A\"}, {\"code\": 530, \"reasonPhrase\": \"B\", \"variant\": \"frozen\", \"default\": true}, {\"code\": 530, \"reasonPhrase\": \"C\", \"variant\": \"frozen\"}"));

        error.Location.Should().Be("$.definitions[2]");
        error.Message.Should().Be(
            "c.json at $.definitions[2]: duplicate definition of x 530 variant 'frozen' (first at $.definitions[1]); give each meaning of a code its own variant or vendor.");
    }

    [Test]
    public void Parse_SameCodeTwiceWithoutVariant_NamesNoVariant()
    {
        CatalogFormatException error = Load(Catalog("{\"code\": 200, \"reasonPhrase\": \"A\"}, {\"code\": 200, \"reasonPhrase\": \"B\"}"));

        error.Message.Should().Contain(": duplicate definition of x 200 (first at $.definitions[0]);");
    }

    [Test]
    public void Parse_EmptyProtocol_SaysWhatANameIs()
    {
        CatalogFormatException error = Load("{\"protocol\": \"\", \"definitions\": []}");

        error.Message.Should().Be(
            "c.json at $.protocol: protocol must not be null or empty; use lower-case ASCII letters, digits and '-', e.g. 'smtp' or 'aws-elb'.");
    }

    [Test]
    public void Parse_ProtocolWithASpace_NamesTheCharacter()
    {
        CatalogFormatException error = Load("{\"protocol\": \"x y\", \"definitions\": []}");

        error.Message.Should().Be(
            "c.json at $.protocol: protocol 'x y' contains ' ': use ASCII letters, digits and '-' only, e.g. 'smtp' or 'aws-elb'.");
    }

    [Test]
    public void Parse_WhiteSpaceReasonPhrase_SaysItMustHaveText()
    {
        CatalogFormatException error = Load(Catalog("{\"code\": 200, \"reasonPhrase\": \"  \"}"));

        error.Message.Should().Be("c.json at $.definitions[0].reasonPhrase: reasonPhrase must not be null, empty or white space.");
    }

    private static string Catalog(string definitions) => "{\"protocol\": \"x\", \"definitions\": [" + definitions + "]}";

    private static CatalogFormatException Load(string json) =>
        FluentActions.Invoking(() => StatusCatalog.Parse(json, "c.json")).Should().Throw<CatalogFormatException>().Which;
}
