namespace FakeStatus.OpenApi.Tests;

public sealed class BadDocumentTests
{
    private const string Head = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\n";

    [TestCase(Head + "paths:\n  /a:\n    get:\n      responses:\n        '200': {description: ok\n", "line 8, column 1", "did not find expected ','", TestName = "ImportOpenApiText_YamlSyntaxError_ThrowsNamingTheLine")]
    [TestCase(Head + "paths:\n  /a:\n    get:\n      responses:\n        '20x': {description: ok}\n", "#/paths/~1a/get/responses/20x", "Responses key must be", TestName = "ImportOpenApiText_ResponseKeyNotAStatus_ThrowsNamingThePointer")]
    [TestCase("openapi: 3.0.3\ninfo: {title: t}\npaths:\n  /a:\n    get:\n      responses:\n        '200': {description: ok}\n", "#/info/version", "REQUIRED", TestName = "ImportOpenApiText_MissingVersion_ThrowsNamingThePointer")]
    [TestCase(Head + "paths:\n  /a:\n    get:\n      responses:\n        '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Nope'}}}}\n", "#/paths/~1a/get/responses/200/content/application~1json/schema", "'#/components/schemas/Nope' does not point", TestName = "ImportOpenApiText_BrokenSchemaReference_ThrowsNamingThePointer")]
    [TestCase(Head + "paths:\n  /a:\n    get:\n      operationId: same\n      responses: {'200': {description: ok}}\n  /b:\n    get:\n      operationId: same\n      responses: {'200': {description: ok}}\n", "#/paths/~1b/get/operationId", "'same' is already used by #/paths/~1a/get", TestName = "ImportOpenApiText_DuplicateOperationId_ThrowsNamingBoth")]
    [TestCase(Head + "paths: {}\n", "#/paths", "no operations", TestName = "ImportOpenApiText_NoOperations_Throws")]
    [TestCase("openapi: 2.5.0\ninfo: {title: t, version: '1'}\npaths: {}\n", "#/openapi", "'2.5.0' is not supported", TestName = "ImportOpenApiText_UnsupportedVersion_Throws")]
    [TestCase("hello: world\n", "#", "Version node not found", TestName = "ImportOpenApiText_NotOpenApi_Throws")]
    [TestCase("", "line 1", "the document is empty; expected an OpenAPI 3.0 or 3.1 document", TestName = "ImportOpenApiText_EmptyText_ThrowsSayingTheDocumentIsEmpty")]
    [TestCase(" \n", "line 1", "the document is empty", TestName = "ImportOpenApiText_WhitespaceOnly_ThrowsSayingTheDocumentIsEmpty")]
    [TestCase("[]", "line 1", "the document is a list; an OpenAPI document is one object", TestName = "ImportOpenApiText_JsonArray_ThrowsSayingItIsAList")]
    [TestCase(Head + "paths:\n  /a:\n    get:\n      responses:\n        '200':\n          description: ok\n          headers:\n            X-Bad:\n              schema: {type: string}\n              example: \"line\\nbreak\"\n", "#/paths/~1a/get/responses/200/headers/X-Bad", "cannot be sent as a header", TestName = "ImportOpenApiText_HeaderExampleWithLineBreak_Throws")]
    [TestCase(Head + "servers: [{url: 'https://api.test/{version}'}]\npaths:\n  /a:\n    get:\n      responses: {'200': {description: ok}}\n", "#/servers/0/url", "OpenApiImportOptions.BasePath", TestName = "ImportOpenApiText_UndefinedServerVariable_Throws")]
    public void ImportOpenApiText_BadDocument_ThrowsOneExceptionNamingFileLocationAndProblemAndRegistersNothing(string document, string location, string problem)
    {
        using var handler = new FakeStatusHandler();

        Action import = () => handler.ImportOpenApiText(document, "bad.yaml");

        OpenApiImportException error = import.Should().Throw<OpenApiImportException>().Which;
        error.FileName.Should().Be("bad.yaml");
        error.Location.Should().Be(location);
        error.Problem.Should().Contain(problem);
        error.Message.Should().StartWith($"bad.yaml at {location}: ");
        handler.Routes.Should().BeEmpty();
    }

    [Test]
    public void ImportOpenApiText_JsonSyntaxError_ThrowsNamingTheLineAndByte()
    {
        using var handler = new FakeStatusHandler();

        Action import = () => handler.ImportOpenApiText("{\"openapi\": \"3.1.0\", \"info\": {\"title\": \"t\", \"version\": \"1\"}, \"paths\": {}", "bad.json");

        OpenApiImportException error = import.Should().Throw<OpenApiImportException>().Which;
        (error.Location, error.LineNumber, error.BytePositionInLine).Should().Be(("#", 1L, 73L));
        error.Problem.Should().Contain("open JSON object");
        error.Message.Should().StartWith("bad.json at # (line 1, byte 73): ");
        handler.Routes.Should().BeEmpty();
    }

    [Test]
    public void ImportOpenApiText_BadDocument_IsAFakeStatusFileException_LikeABadCassetteOrHarFile()
    {
        using var handler = new FakeStatusHandler();

        Action import = () => handler.ImportOpenApiText(Head + "paths: {}\n", "empty.yaml");

        import.Should().Throw<FakeStatusFileException>().Which.Should().BeOfType<OpenApiImportException>()
            .Which.Location.Should().Be("#/paths");
    }

    [Test]
    public void ImportOpenApiText_BadSecondImport_LeavesTheFirstImportsRoutesAsTheyWere()
    {
        using var handler = new FakeStatusHandler();
        handler.ImportOpenApi(ShopDocuments.PathOf("shop.v30.yaml"));
        FakeRoute[] before = handler.Routes.ToArray();

        Action bad = () => handler.ImportOpenApiText(Head + "paths: {}\n", "empty.yaml");

        bad.Should().Throw<OpenApiImportException>();
        handler.Routes.Should().Equal(before);
    }

    [Test]
    public void ImportOpenApi_MissingFile_ThrowsFileNotFound()
    {
        using var handler = new FakeStatusHandler();

        Action import = () => handler.ImportOpenApi(Path.Combine(TestContext.CurrentContext.WorkDirectory, "no-such.yaml"));

        import.Should().Throw<FileNotFoundException>().WithMessage("*no-such.yaml*");
    }

    [TestCase("")]
    [TestCase("X Status")]
    [TestCase("X-Status:")]
    public void StatusHeader_NotAHeaderName_Throws(string name)
    {
        Action set = () => _ = new OpenApiImportOptions { StatusHeader = name };

        set.Should().Throw<ArgumentException>().WithMessage("*not a valid header name*");
    }

    [TestCase("v1")]
    [TestCase("/v1?x=1")]
    [TestCase("/{version}")]
    public void BasePath_NotAPath_Throws(string basePath)
    {
        Action set = () => _ = new OpenApiImportOptions { BasePath = basePath };

        set.Should().Throw<ArgumentException>().WithMessage("*must start with '/'*");
    }
}
