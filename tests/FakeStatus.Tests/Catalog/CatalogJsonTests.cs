namespace FakeStatus.Tests.Catalog;

public sealed class CatalogJsonTests
{
    [Test]
    public void FromJson_ValidCatalog_Loads()
    {
        StatusRegistry registry = StatusRegistry.FromJson("""
            {"protocol": "gopher", "definitions": [
              {"code": 200, "reasonPhrase": "OK", "headers": {"X-Gopher": "yes"}},
              {"code": 530, "reasonPhrase": "Burrow Closed", "vendor": "acme", "default": true},
              {"code": 530, "reasonPhrase": "Hole Filled", "variant": "filled"}
            ]}
            """);

        registry.Get("gopher", 200).Headers.Should().ContainKey("x-gopher");
        registry.Get("gopher", 530).ReasonPhrase.Should().Be("Burrow Closed");
        registry.Get("gopher", 530, "filled").ReasonPhrase.Should().Be("Hole Filled");
    }

    [TestCase("{\"protocol\": \"x\", \"definitions\": [", "catalog.json(1,")]
    [TestCase("{\"protocol\": \"x\", \"definitions\": [{\"code\": \"abc\", \"reasonPhrase\": \"A\"}]}", "$.definitions[0].code")]
    [TestCase("{\"protocol\": \"x\", \"definitions\": [{\"code\": 200, \"reasonPhrase\": \"A\", \"colour\": 1}]}", "colour")]
    [TestCase("{\"protocol\": \"x\", \"definitions\": [{\"code\": 99, \"reasonPhrase\": \"A\"}]}", "from 100 to 999")]
    [TestCase("{\"protocol\": \"x\", \"definitions\": [{\"code\": 200, \"reasonPhrase\": \"\"}]}", "$.definitions[0].reasonPhrase")]
    [TestCase("{\"protocol\": \"x\", \"definitions\": [{\"code\": 200, \"reasonPhrase\": \"A\\r\\nB\"}]}", "CR or LF")]
    [TestCase("{\"protocol\": \"x\", \"definitions\": [{\"code\": 200, \"reasonPhrase\": \"A\"}, {\"code\": 200, \"reasonPhrase\": \"B\"}]}", "duplicate definition of x 200")]
    [TestCase("{\"protocol\": \"x\", \"definitions\": [{\"code\": 200, \"reasonPhrase\": \"A\", \"status\": \"weird\"}]}", "standard, deprecated, unused, vendor, unofficial")]
    [TestCase("{\"definitions\": []}", "$.protocol")]
    [TestCase("{\"protocol\": \"x\"}", "$.definitions")]
    [TestCase("{\"protocol\": \"x\", \"definitions\": [{\"code\": 200}]}", "$.definitions[0].reasonPhrase")]
    [TestCase("{\"protocol\": \"x\", \"definitions\": [{\"code\": 200, \"reasonPhrase\": \"A\", \"variant\": \"v\"}, {\"code\": 200, \"reasonPhrase\": \"B\", \"variant\": \"w\"}]}", "exactly one must be")]
    public void FromJson_BadCatalog_ThrowsNamingSourceAndField(string json, string expected)
    {
        FluentActions.Invoking(() => StatusRegistry.FromJson(json, "catalog.json"))
            .Should().Throw<StatusCatalogException>()
            .Which.Message.Should().Contain("catalog.json").And.Contain(expected);
    }

    [Test]
    public void FromFile_Missing_ThrowsFileNotFound() =>
        FluentActions.Invoking(() => StatusRegistry.FromFile("/no/such/catalog.json")).Should().Throw<FileNotFoundException>();

    [Test]
    public void FromFile_Valid_LoadsAndNamesTheFileInErrors()
    {
        string path = Path.Combine(Path.GetTempPath(), $"fakestatus-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, "{\"protocol\": \"x\", \"definitions\": [{\"code\": 200, \"reasonPhrase\": \"A\"}]}");
        try
        {
            StatusRegistry.FromFile(path).Get("x", 200).ReasonPhrase.Should().Be("A");
            File.WriteAllText(path, "{\"protocol\": \"x\",\n \"definitions\": [{\"code\": 20x}]}");
            FluentActions.Invoking(() => StatusRegistry.FromFile(path))
                .Should().Throw<StatusCatalogException>()
                .Which.Should().Match<StatusCatalogException>(e => e.SourceName == path && e.LineNumber == 2);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
