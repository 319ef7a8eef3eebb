namespace FakeStatus.OpenApi.Tests;

/// <summary>The <c>default</c> response, responses without content, and which notes FailOnUnsupported fails on.</summary>
public sealed class DefaultResponseTests
{
    private const string Petstore =
        "openapi: 3.0.3\ninfo: {title: petstore, version: '1'}\n" +
        "paths:\n" +
        "  /pets:\n" +
        "    get:\n      operationId: listPets\n      responses:\n" +
        "        '200': {description: ok, content: {application/json: {example: [{id: 1}]}}}\n" +
        "        default: {description: unexpected error, content: {application/json: {schema: {$ref: '#/components/schemas/Error'}}}}\n" +
        "    post:\n      operationId: createPets\n      responses:\n" +
        "        '201': {description: Null response}\n" +
        "        default: {description: unexpected error, content: {application/json: {schema: {$ref: '#/components/schemas/Error'}}}}\n" +
        "  /health:\n    get:\n      operationId: health\n      responses: {'200': {description: ok, content: {application/json: {}}}}\n" +
        "components:\n  schemas:\n    Error: {type: object, required: [code, message], properties: {code: {type: integer, format: int32}, message: {type: string}}}\n";

    [TestCase(503)]
    [TestCase(404)]
    public async Task Send_UndocumentedStatusOfAnOperationWithADefaultResponse_AnswersTheDefaultsBodyWithThatStatus(int status)
    {
        using var handler = new FakeStatusHandler();
        handler.ImportOpenApiText(Petstore, "petstore.yaml");
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));

        using HttpResponseMessage response = await client.SendAsync(ShopDocuments.Request(HttpMethod.Get, "/pets", status));

        ((int)response.StatusCode).Should().Be(status);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        (await response.Content.ReadAsStringAsync()).Should().Be("{\"code\":0,\"message\":\"string\"}");
    }

    [Test]
    public async Task Respond_UndocumentedStatusOfAnOperationWithADefaultResponse_AnswersTheDefaultsBody()
    {
        using var handler = new FakeStatusHandler();
        OpenApiImport import = handler.ImportOpenApiText(Petstore, "petstore.yaml");
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));
        import.Respond("listPets", 500);

        using HttpResponseMessage response = await client.GetAsync(new Uri("/pets", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        (await response.Content.ReadAsStringAsync()).Should().Be("{\"code\":0,\"message\":\"string\"}");
    }

    [Test]
    public async Task Send_UndocumentedStatusOfAnOperationWithoutADefaultResponse_StillAnswersFromTheCatalog()
    {
        using var handler = new FakeStatusHandler();
        handler.ImportOpenApiText(Petstore, "petstore.yaml");
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));

        using HttpResponseMessage response = await client.SendAsync(ShopDocuments.Request(HttpMethod.Get, "/health", 503));

        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        (await response.Content.ReadAsStringAsync()).Should().Contain("Service Unavailable");
    }

    [TestCase("POST", "/pets", HttpStatusCode.Created, TestName = "Send_ResponseWithoutContent_AnswersNoBody")]
    [TestCase("GET", "/health", HttpStatusCode.OK, TestName = "Send_MediaTypeWithoutSchemaOrExample_AnswersNoBodyNotNull")]
    public async Task Send_ResponseTheDocumentGivesNoBody_AnswersNoBody(string method, string path, HttpStatusCode expected)
    {
        using var handler = new FakeStatusHandler();
        handler.ImportOpenApiText(Petstore, "petstore.yaml");
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));

        using HttpResponseMessage response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        response.StatusCode.Should().Be(expected);
        (await response.Content.ReadAsByteArrayAsync()).Should().BeEmpty();
        response.Content.Headers.ContentType.Should().BeNull();
    }

    [Test]
    public void ImportOpenApiText_FailOnUnsupportedWithOnlyInformationalNotes_Imports()
    {
        using var handler = new FakeStatusHandler();

        OpenApiImport import = handler.ImportOpenApiText(Petstore, "petstore.yaml", new OpenApiImportOptions { FailOnUnsupported = true });

        import.Notes.Should().HaveCount(2).And.OnlyContain(n => !n.IsUnsupported && n.Message.Contains("'default'", StringComparison.Ordinal));
    }

    [Test]
    public void ImportOpenApiText_FailOnUnsupportedWithARangeResponse_ThrowsNamingIt()
    {
        using var handler = new FakeStatusHandler();
        string document = Petstore.Replace("        '201': {description: Null response}\n", "        '201': {description: Null response}\n        4XX: {description: client error}\n", StringComparison.Ordinal);

        Action import = () => handler.ImportOpenApiText(document, "petstore.yaml", new OpenApiImportOptions { FailOnUnsupported = true });

        import.Should().Throw<OpenApiImportException>().Which.Location.Should().Be("#/paths/~1pets/post/responses/4XX");
        handler.Routes.Should().BeEmpty();
    }
}
