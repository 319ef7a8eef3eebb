namespace FakeStatus.Tests.Catalog;

public sealed class CatalogJsonTests
{
    [Test]
    public void Parse_ValidCatalog_Loads()
    {
        StatusCatalog registry = StatusCatalog.Parse("""
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

    [Test]
    public void Parse_ProvenanceAndClientFields_Load()
    {
        StatusDefinition definition = StatusCatalog.Parse("""
            {"protocol": "gopher", "definitions": [
              {"code": 494, "reasonPhrase": "Burrow Too Deep", "sourceText": "<burrow> too deep.", "phraseOrigin": "adapted",
               "verified": true, "clientReceives": "substitute-status",
               "substitute": {"code": 400, "reasonPhrase": "Bad Request", "contentType": "text/plain", "body": "too deep"}}
            ]}
            """).Get("gopher", 494);

        definition.SourceText.Should().Be("<burrow> too deep.");
        definition.PhraseOrigin.Should().Be(PhraseOrigin.Adapted);
        definition.IsVerified.Should().BeTrue();
        definition.ClientReceives.Should().Be(ClientReceives.SubstituteStatus);
        definition.Substitute.Should().Be(new SubstituteResponse(400, "Bad Request", "text/plain", "too deep"));
    }

    [Test]
    public void Parse_WithoutProvenanceFields_IsAnUnverifiedStatusWithTheSourcesPhrase()
    {
        StatusDefinition definition = StatusCatalog.Parse("""{"protocol": "gopher", "definitions": [{"code": 200, "reasonPhrase": "OK"}]}""").Get("gopher", 200);

        definition.SourceText.Should().BeNull();
        definition.PhraseOrigin.Should().Be(PhraseOrigin.Source);
        definition.IsVerified.Should().BeFalse();
        definition.ClientReceives.Should().Be(ClientReceives.Status);
        definition.Substitute.Should().BeNull();
    }

    [TestCase("{\"protocol\": \"x\", \"definitions\": [", "catalog.json at $.definitions[0] (line 1, byte 35): not valid JSON")]
    [TestCase("{\"protocol\": \"x\", \"definitions\": [{\"code\": \"abc\", \"reasonPhrase\": \"A\"}]}", "$.definitions[0].code")]
    [TestCase("{\"protocol\": \"x\", \"definitions\": [{\"code\": 200, \"reasonPhrase\": \"A\", \"colour\": 1}]}", "colour")]
    [TestCase("{\"protocol\": \"x\", \"definitions\": [{\"code\": 99, \"reasonPhrase\": \"A\"}]}", "from 100 to 999")]
    [TestCase("{\"protocol\": \"x\", \"definitions\": [{\"code\": 200, \"reasonPhrase\": \"\"}]}", "$.definitions[0].reasonPhrase")]
    [TestCase("{\"protocol\": \"x\", \"definitions\": [{\"code\": 200, \"reasonPhrase\": \"A\\r\\nB\"}]}", "CR or LF")]
    [TestCase("{\"protocol\": \"x\", \"definitions\": [{\"code\": 200, \"reasonPhrase\": \"A\"}, {\"code\": 200, \"reasonPhrase\": \"B\"}]}", "duplicate definition of x 200")]
    [TestCase("{\"protocol\": \"x\", \"definitions\": [{\"code\": 200, \"reasonPhrase\": \"A\", \"status\": \"weird\"}]}", "standard, deprecated, obsolete, unused, vendor, unofficial")]
    [TestCase("{\"protocol\": \"x\", \"definitions\": [{\"code\": 200, \"reasonPhrase\": \"A\", \"phraseOrigin\": \"ours\"}]}", "$.definitions[0].phraseOrigin: 'ours' is not a phrase origin; expected one of source, adapted, fakestatus")]
    [TestCase("{\"protocol\": \"x\", \"definitions\": [{\"code\": 200, \"reasonPhrase\": \"A\", \"sourceText\": \"a\\nb\"}]}", "$.definitions[0].sourceText")]
    [TestCase("{\"protocol\": \"x\", \"definitions\": [{\"code\": 200, \"reasonPhrase\": \"A\", \"sourceText\": \" \"}]}", "use null when the source gives no text")]
    [TestCase("{\"protocol\": \"x\", \"definitions\": [{\"code\": 200, \"reasonPhrase\": \"A\", \"clientReceives\": \"closed\"}]}", "expected one of status, connection-closed, substitute-status, logged-only")]
    [TestCase("{\"protocol\": \"x\", \"definitions\": [{\"code\": 494, \"reasonPhrase\": \"A\", \"clientReceives\": \"substitute-status\"}]}", "$.definitions[0].substitute: the field is missing")]
    [TestCase("{\"protocol\": \"x\", \"definitions\": [{\"code\": 494, \"reasonPhrase\": \"A\", \"substitute\": {\"code\": 400, \"reasonPhrase\": \"Bad Request\", \"contentType\": \"text/html\"}}]}", "only sent when \"clientReceives\" is \"substitute-status\"")]
    [TestCase("{\"protocol\": \"x\", \"definitions\": [{\"code\": 494, \"reasonPhrase\": \"A\", \"clientReceives\": \"substitute-status\", \"substitute\": {\"code\": 99, \"reasonPhrase\": \"B\", \"contentType\": \"text/html\"}}]}", "$.definitions[0].substitute: Status code 99 is out of range")]
    [TestCase("{\"protocol\": \"x\", \"definitions\": [{\"code\": 494, \"reasonPhrase\": \"A\", \"clientReceives\": \"substitute-status\", \"substitute\": {\"reasonPhrase\": \"B\", \"contentType\": \"text/html\"}}]}", "substitute.code is missing")]
    [TestCase("{\"protocol\": \"x\", \"definitions\": [{\"code\": 494, \"reasonPhrase\": \"A\", \"clientReceives\": \"substitute-status\", \"substitute\": {\"code\": 400, \"reasonPhrase\": \"B\", \"contentType\": \"\"}}]}", "contentType must not be empty")]
    [TestCase("{\"definitions\": []}", "$.protocol")]
    [TestCase("{\"protocol\": \"x\"}", "$.definitions")]
    [TestCase("{\"protocol\": \"x\", \"definitions\": [{\"code\": 200}]}", "$.definitions[0].reasonPhrase")]
    [TestCase("{\"protocol\": \"x\", \"definitions\": [{\"code\": 200, \"reasonPhrase\": \"A\", \"variant\": \"v\"}, {\"code\": 200, \"reasonPhrase\": \"B\", \"variant\": \"w\"}]}", "exactly one must be")]
    [TestCase("{\"protocol\": \"x\", \"definitions\": [{\"code\": 1000, \"reasonPhrase\": \"A\"}]}", "$.definitions[0].code")]
    [TestCase("{\"protocol\": \"x\", \"definitions\": [{\"code\": -200, \"reasonPhrase\": \"A\"}]}", "from 100 to 999")]
    [TestCase("{\"protocol\": \"x\", \"definitions\": [{\"code\": 200.5, \"reasonPhrase\": \"A\"}]}", "$.definitions[0].code")]
    [TestCase("{\"protocol\": \"x\", \"definitions\": [{\"reasonPhrase\": \"A\"}]}", "$.definitions[0].code: the field is missing")]
    [TestCase("{\"protocol\": \"x\", \"definitions\": [{\"code\": 200, \"reasonPhrase\": \"   \"}]}", "empty or white space")]
    [TestCase("{\"protocol\": \"x\", \"definitions\": [{\"code\": 200, \"reasonPhrase\": \"A\\nB\"}]}", "CR or LF")]
    [TestCase("{\"protocol\": \"x\", \"definitions\": [{\"code\": 200, \"reasonPhrase\": \"Caf\\u00e9\"}]}", "printable ASCII")]
    [TestCase("{\"protocol\": \"x\", \"definitions\": [{\"code\": 200, \"reasonPhrase\": \"A\", \"headers\": {\"Bad Name\": \"v\"}}]}", "$.definitions[0].headers")]
    [TestCase("{\"protocol\": \"x\", \"definitions\": [{\"code\": 200, \"reasonPhrase\": \"A\", \"headers\": {\"X\": \"a\\r\\nInjected: 1\"}}]}", "would inject a header")]
    [TestCase("{\"protocol\": \"x\", \"definitions\": [{\"code\": 200, \"reasonPhrase\": \"A\", \"headers\": {\"Retry-After\": \"1\", \"retry-after\": \"2\"}}]}", "given twice")]
    [TestCase("{\"protocol\": \"x\", \"definitions\": [{\"code\": 200, \"reasonPhrase\": \"A\", \"headers\": {\"X\": 5}}]}", "$.definitions[0].headers")]
    [TestCase("{\"protocol\": \"x\", \"definitions\": [{\"code\": 200, \"reasonPhrase\": \"A\", \"vendor\": \"acme inc\"}]}", "$.definitions[0].vendor")]
    [TestCase("{\"protocol\": \"x\", \"definitions\": [{\"code\": 200, \"reasonPhrase\": \"A\", \"variant\": \"\"}]}", "$.definitions[0].variant")]
    [TestCase("{\"protocol\": \"x\", \"definitions\": [{\"code\": 200, \"reasonPhrase\": \"A\", \"bodyAllowed\": \"yes\"}]}", "$.definitions[0].bodyAllowed")]
    [TestCase("{\"protocol\": \"x\", \"definitions\": [{\"code\": 200, \"reasonPhrase\": \"A\", \"status\": \"Standard\"}]}", "expected one of standard")]
    [TestCase("{\"protocol\": \"x y\", \"definitions\": []}", "$.protocol")]
    [TestCase("{\"protocol\": \"x\", \"definitions\": {}}", "$.definitions")]
    [TestCase("{\"protocol\": \"x\", \"definitions\": [null]}", "$.definitions[0]: the definition is null")]
    [TestCase("{\"protocol\": \"x\", \"definitions\": [{\"code\": 530, \"reasonPhrase\": \"A\", \"vendor\": \"a\"}, {\"code\": 530, \"reasonPhrase\": \"B\", \"vendor\": \"a\"}]}", "duplicate definition of x 530 variant 'a' (first at $.definitions[0])")]
    [TestCase("{\"protocol\": \"x\", \"definitions\": [{\"code\": 530, \"reasonPhrase\": \"A\", \"variant\": \"a\", \"default\": true}, {\"code\": 530, \"reasonPhrase\": \"B\", \"variant\": \"b\", \"default\": true}]}", "2 marked")]
    [TestCase("[]", "Expected {\"protocol\"")]
    [TestCase("null", "JSON null")]
    [TestCase("", "catalog.json")]
    [TestCase("{\"protocol\": \"x\", \"definitions\": []} trailing", "catalog.json at $ (line 1, byte 38): not valid JSON")]
    public void Parse_BadCatalog_ThrowsNamingSourceAndField(string json, string expected)
    {
        FluentActions.Invoking(() => StatusCatalog.Parse(json, "catalog.json"))
            .Should().Throw<CatalogFormatException>()
            .Which.Message.Should().Contain("catalog.json").And.Contain(expected);
    }

    [Test]
    public void Parse_DuplicateProperty_IsRejectedWithItsLine()
    {
        const string json = "{\"protocol\": \"x\",\n \"definitions\": [\n  {\"code\": 200, \"reasonPhrase\": \"A\", \"reasonPhrase\": \"B\"}]}";

        FluentActions.Invoking(() => StatusCatalog.Parse(json, "dup.json"))
            .Should().Throw<CatalogFormatException>()
            .Which.Should().Match<CatalogFormatException>(e =>
                e.LineNumber == 3 && e.Location == "$.definitions[0].reasonPhrase" && e.Message.Contains("\"reasonPhrase\" is given twice", StringComparison.Ordinal));
    }

    [TestCase("http")]
    [TestCase("smtp")]
    [TestCase("ftp")]
    public void EmbeddedCatalog_HasNoDuplicateKeys(string protocol)
    {
        // The embedded catalogs take the fast reader at start-up, which does not look for repeated keys; this test is what makes that safe.
        using Stream stream = typeof(StatusCatalog).Assembly.GetManifestResourceStream($"FakeStatus.Catalog.{protocol}.json")!;
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);

        FluentActions.Invoking(() => CatalogLoader.Parse(buffer.ToArray(), protocol)).Should().NotThrow("the serializer refuses a key given twice");
    }

    [TestCase("http")]
    [TestCase("smtp")]
    [TestCase("ftp")]
    public void EmbeddedCatalog_FastReaderAgreesWithTheSerializer(string protocol)
    {
        // Start-up reads the embedded files with a hand-written reader; it must see exactly what the serializer sees.
        using Stream stream = typeof(StatusCatalog).Assembly.GetManifestResourceStream($"FakeStatus.Catalog.{protocol}.json")!;
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        byte[] json = buffer.ToArray();

        IReadOnlyList<StatusDefinition> fast = CatalogLoader.Parse(json, protocol, trusted: true);
        IReadOnlyList<StatusDefinition> serializer = CatalogLoader.Parse(json, protocol, trusted: false);

        EmbeddedCatalogReader.TryRead(json).Should().NotBeNull("the embedded file must take the fast path");
        fast.Should().HaveCount(serializer.Count).And.BeEquivalentTo(serializer, o => o.WithStrictOrdering());
    }

    [Test]
    public void EmbeddedCatalogReader_UnexpectedInput_DeclinesSoTheSerializerReports()
    {
        EmbeddedCatalogReader.TryRead("{\"protocol\": \"x\", \"extra\": 1}"u8.ToArray()).Should().BeNull();
        EmbeddedCatalogReader.TryRead("[1, 2]"u8.ToArray()).Should().BeNull();
        EmbeddedCatalogReader.TryRead("{\"protocol\": \"x\", \"definitions\": [{\"code\": \"abc\"}]}"u8.ToArray()).Should().BeNull();
    }

    [Test]
    public void Load_Missing_ThrowsFileNotFound() =>
        FluentActions.Invoking(() => StatusCatalog.Load("/no/such/catalog.json")).Should().Throw<FileNotFoundException>();

    [Test]
    public void Load_Valid_LoadsAndNamesTheFileInErrors()
    {
        string path = Path.Combine(Path.GetTempPath(), $"fakestatus-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, "{\"protocol\": \"x\", \"definitions\": [{\"code\": 200, \"reasonPhrase\": \"A\"}]}");
        try
        {
            StatusCatalog.Load(path).Get("x", 200).ReasonPhrase.Should().Be("A");
            File.WriteAllText(path, "{\"protocol\": \"x\",\n \"definitions\": [{\"code\": 20x}]}");
            FluentActions.Invoking(() => StatusCatalog.Load(path))
                .Should().Throw<CatalogFormatException>()
                .Which.Should().Match<CatalogFormatException>(e => e.FileName == path && e.LineNumber == 2);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void Parse_SyntaxError_ReportsLineAndPositionOfTheFault()
    {
        const string json = "{\n  \"protocol\": \"x\",\n  \"definitions\": [\n    {\"code\": 200, \"reasonPhrase\": \"A\",}\n    {\"code\": 201}\n  ]\n}";

        CatalogFormatException error = FluentActions.Invoking(() => StatusCatalog.Parse(json, "mine.json"))
            .Should().Throw<CatalogFormatException>().Which;

        error.FileName.Should().Be("mine.json");
        error.LineNumber.Should().Be(5);
        error.BytePositionInLine.Should().BePositive();
        error.Location.Should().StartWith("$.definitions");
        error.Message.Should().StartWith("mine.json at $.definitions[1] (line 5, byte ").And.Contain("Expected {\"protocol\"");
    }

    [Test]
    public void Parse_RuleBreak_ExposesTheFieldAndKeepsTheCause()
    {
        CatalogFormatException error = FluentActions.Invoking(() => StatusCatalog.Parse(
                "{\"protocol\": \"x\", \"definitions\": [{\"code\": 200, \"reasonPhrase\": \"A\"}, {\"code\": 99, \"reasonPhrase\": \"B\"}]}",
                "mine.json"))
            .Should().Throw<CatalogFormatException>().Which;

        error.Location.Should().Be("$.definitions[1].code");
        error.LineNumber.Should().BeNull();
        error.InnerException.Should().BeOfType<ArgumentOutOfRangeException>();
        error.Message.Should().Be("mine.json at $.definitions[1].code: Status code 99 is out of range: a status code is a whole number from 100 to 999.");
    }

    [Test]
    public void Parse_CommentsAndTrailingCommas_AreAccepted() =>
        StatusCatalog.Parse("{\"protocol\": \"x\", // mine\n \"definitions\": [{\"code\": 200, \"reasonPhrase\": \"A\",},],}")
            .Get("x", 200).ReasonPhrase.Should().Be("A");

    [Test]
    public void Parse_OmittedFields_TakeTheirDefaults()
    {
        StatusDefinition definition = StatusCatalog.Parse("{\"protocol\": \"X\", \"definitions\": [{\"code\": 204, \"reasonPhrase\": \"Nothing\"}]}").Get("x", 204);

        definition.Protocol.Should().Be("x");
        definition.Kind.Should().Be(StatusKind.Standard);
        definition.BodyAllowed.Should().BeFalse("204 carries no body unless the catalog says otherwise");
        definition.Headers.Should().BeEmpty();
        definition.IsDefault.Should().BeTrue();
    }

    [Test]
    public void Load_TooLarge_IsRejectedBeforeParsing()
    {
        string path = Path.Combine(Path.GetTempPath(), $"fakestatus-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, new string(' ', (4 * 1024 * 1024) + 1));
        try
        {
            FluentActions.Invoking(() => StatusCatalog.Load(path))
                .Should().Throw<CatalogFormatException>().Which.Message.Should().Contain(path).And.Contain("at most 4194304 bytes");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [TestCase(null)]
    [TestCase("")]
    public void Load_NoPath_ThrowsArgumentException(string? path) =>
        FluentActions.Invoking(() => StatusCatalog.Load(path!)).Should().Throw<ArgumentException>().WithParameterName("path");
}
