namespace FakeStatus.OpenApi.Tests;

/// <summary>References into other files: read from beside the document, or reported; never replaced by a local schema.</summary>
public sealed class ExternalReferenceTests
{
    private const string Main =
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\n" +
        "paths:\n  /pets:\n    get:\n      operationId: listPets\n      responses:\n        '200':\n          description: ok\n" +
        "          content:\n            application/json:\n              schema:\n                $ref: 'common.yaml#/components/schemas/Pet'\n" +
        "components:\n  schemas:\n    Pet: {type: object, properties: {local: {type: string}}}\n";

    private const string Common =
        "openapi: 3.0.3\ninfo: {title: c, version: '1'}\npaths: {}\n" +
        "components:\n  schemas:\n    Pet: {type: object, required: [name], properties: {name: {type: string, example: remote}}}\n";

    private string _folder = null!;

    [SetUp]
    public void SetUp() => _folder = Directory.CreateDirectory(Path.Combine(TestContext.CurrentContext.WorkDirectory, "refs-" + Guid.NewGuid().ToString("N"))).FullName;

    [TearDown]
    public void TearDown() => Directory.Delete(_folder, recursive: true);

    [Test]
    public async Task ImportOpenApi_RelativeReferenceToAFileBesideIt_AnswersTheReferencedSchemaNotTheLocalOneOfTheSameName()
    {
        string main = Write("main.yaml", Main);
        Write("common.yaml", Common);
        using var handler = new FakeStatusHandler();

        handler.ImportOpenApi(main);

        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));
        (await client.GetStringAsync(new Uri("/pets", UriKind.Relative))).Should().Be("{\"name\":\"remote\"}");
    }

    [Test]
    public void ImportOpenApi_ReferencedFileMissing_ThrowsNamingTheReferenceAndTheLineAndRegistersNothing()
    {
        string main = Write("main.yaml", Main);
        using var handler = new FakeStatusHandler();

        Action import = () => handler.ImportOpenApi(main);

        OpenApiImportException error = import.Should().Throw<OpenApiImportException>().Which;
        error.Location.Should().Be("line 13");
        error.Problem.Should().StartWith("the reference 'common.yaml#/components/schemas/Pet' points to 'common.yaml', which does not exist next to the document");
        handler.Routes.Should().BeEmpty();
    }

    [Test]
    public void ImportOpenApi_WholeFileReferenceMissing_QuotesTheReferenceAsWritten()
    {
        string main = Write("main.yaml", Main.Replace("common.yaml#/components/schemas/Pet", "error.yaml", StringComparison.Ordinal));
        using var handler = new FakeStatusHandler();

        Action import = () => handler.ImportOpenApi(main);

        import.Should().Throw<OpenApiImportException>().Which.Problem.Should().StartWith("the reference 'error.yaml' points to 'error.yaml'");
    }

    [Test]
    public void ImportOpenApiText_ReferenceIntoAnotherFile_ThrowsSayingToImportTheFile()
    {
        using var handler = new FakeStatusHandler();

        Action import = () => handler.ImportOpenApiText(Main, "main.yaml");

        OpenApiImportException error = import.Should().Throw<OpenApiImportException>().Which;
        error.Location.Should().Be("line 13");
        error.Problem.Should().Contain("'common.yaml#/components/schemas/Pet' points into another file").And.Contain("ImportOpenApi(path)");
    }

    [Test]
    public void ImportOpenApi_MultiFileSwagger2Document_ThrowsOpenApiImportExceptionNotTheReadersOwn()
    {
        string main = Write(
            "swagger.yaml",
            "swagger: '2.0'\ninfo: {title: t, version: '1'}\npaths:\n  /pets:\n    get:\n      operationId: listPets\n" +
            "      parameters:\n        - $ref: 'parameters.yaml#/limit'\n      responses:\n        '200':\n          description: ok\n          schema:\n            $ref: 'definitions.yaml'\n");
        Write("parameters.yaml", "limit: {name: limit, in: query, type: integer}\n");
        Write("definitions.yaml", "type: object\nproperties: {name: {type: string}}\n");
        using var handler = new FakeStatusHandler();

        Action import = () => handler.ImportOpenApi(main);

        OpenApiImportException error = import.Should().Throw<OpenApiImportException>().Which;
        error.Problem.Should().Contain("parameters.yaml#/limit");
        handler.Routes.Should().BeEmpty();
    }

    private string Write(string name, string text)
    {
        string path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
