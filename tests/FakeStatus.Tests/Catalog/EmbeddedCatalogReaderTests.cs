namespace FakeStatus.Tests.Catalog;

/// <summary>
/// The start-up reader of the embedded catalogs (internal: users' catalogs go through the serializer). It must read every field
/// the embedded files use, and decline anything else so that the serializer reports it with a position.
/// </summary>
public sealed class EmbeddedCatalogReaderTests
{
    [Test]
    public void TryRead_EveryField_IsRead()
    {
        CatalogDocument document = EmbeddedCatalogReader.TryRead("""
            {"protocol": "smtp", "definitions": [
              {"code": 550, "reasonPhrase": "Rejected", "description": "d", "source": "RFC 5321", "sourceUrl": "https://example.test/5321",
               "status": "standard", "vendor": "acme", "variant": "v", "enhancedStatusCode": "5.7.1", "default": true, "bodyAllowed": false,
               "headers": {"X-A": "1"}, "sourceText": "t", "phraseOrigin": "adapted", "verified": true, "clientReceives": "substitute-status",
               "substitute": {"code": 400, "reasonPhrase": "Bad Request", "contentType": "text/plain", "body": "b"}}
            ]}
            """u8.ToArray())!;

        document.Protocol.Should().Be("smtp");
        CatalogEntry entry = document.Definitions!.Single()!;
        entry.EnhancedStatusCode.Should().Be("5.7.1");
        (entry.Code, entry.ReasonPhrase, entry.Description, entry.Source, entry.SourceUrl).Should().Be((550, "Rejected", "d", "RFC 5321", "https://example.test/5321"));
        (entry.Status, entry.Vendor, entry.Variant, entry.Default, entry.BodyAllowed).Should().Be(("standard", "acme", "v", true, false));
        entry.Headers.Should().Equal(new Dictionary<string, string> { ["X-A"] = "1" });
        (entry.SourceText, entry.PhraseOrigin, entry.Verified, entry.ClientReceives).Should().Be(("t", "adapted", true, "substitute-status"));
        (entry.Substitute!.Code, entry.Substitute.ReasonPhrase, entry.Substitute.ContentType, entry.Substitute.Body).Should().Be((400, "Bad Request", "text/plain", "b"));
    }

    [Test]
    public void TryRead_NullSubstituteAndNullStrings_AreReadAsAbsent()
    {
        CatalogEntry entry = EmbeddedCatalogReader.TryRead(
            "{\"protocol\": \"x\", \"definitions\": [{\"code\": 200, \"reasonPhrase\": \"OK\", \"substitute\": null, \"vendor\": null, \"default\": null}]}"u8.ToArray())!
            .Definitions!.Single()!;

        (entry.Substitute, entry.Vendor, entry.Default).Should().Be((null, null, null));
    }

    [TestCase("{\"protocol\": \"x\", \"definitions\": [{\"code\": 200, \"reasonPhrase\": \"OK\", \"substitute\": 400}]}", TestName = "TryRead_SubstituteNotAnObject_Declines")]
    [TestCase("{\"protocol\": \"x\", \"definitions\": [{\"code\": 200, \"reasonPhrase\": \"OK\", \"substitute\": {\"colour\": 1}}]}", TestName = "TryRead_UnknownSubstituteField_Declines")]
    [TestCase("{\"protocol\": \"x\", \"definitions\": [{\"code\": 200, \"reasonPhrase\": \"OK\", \"headers\": {\"X\": null}}]}", TestName = "TryRead_NullHeaderValue_Declines")]
    [TestCase("{\"protocol\": \"x\", \"definitions\": [{\"code\": 200, \"reasonPhrase\": \"OK\", \"headers\": [\"X\"]}]}", TestName = "TryRead_HeadersNotAnObject_Declines")]
    public void TryRead_ShapeItDoesNotExpect_Declines(string json) =>
        EmbeddedCatalogReader.TryRead(System.Text.Encoding.UTF8.GetBytes(json)).Should().BeNull();

    [Test]
    public void Parse_NullHeaderValue_IsReportedByTheSerializerWithTheField() =>
        FluentActions.Invoking(() => StatusCatalog.Parse("{\"protocol\": \"x\", \"definitions\": [{\"code\": 200, \"reasonPhrase\": \"OK\", \"headers\": {\"X\": null}}]}", "c.json"))
            .Should().Throw<CatalogFormatException>().WithMessage("*c.json*headers*");
}
