namespace FakeStatus.OpenApi.Tests;

public sealed class SecondImportTests
{
    private static string Pets(string basePath, string name) =>
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\n" +
        $"servers: [{{url: 'https://api.test{basePath}'}}]\n" +
        "paths:\n" +
        $"  /pets:\n    get:\n      operationId: listPets\n      responses: {{'200': {{description: ok, content: {{application/json: {{example: [{{name: {name}}}]}}}}}}, '404': {{description: none}}}}\n" +
        $"  /health:\n    get:\n      operationId: getHealth\n      responses: {{'200': {{description: ok, content: {{text/plain: {{example: '{name} up'}}}}}}}}\n";

    [Test]
    public async Task ImportOpenApiText_SecondDocumentWithTheSameOperationIds_BothAnswerAndTheSecondsNamesAreQualified()
    {
        using var handler = new FakeStatusHandler();
        OpenApiImport first = handler.ImportOpenApiText(Pets("/a", "rex"), "a.yaml");

        OpenApiImport second = handler.ImportOpenApiText(Pets("/b", "tom"), "b.yaml");

        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));
        (await client.GetStringAsync(new Uri("/a/pets", UriKind.Relative))).Should().Be("[{\"name\":\"rex\"}]");
        (await client.GetStringAsync(new Uri("/b/pets", UriKind.Relative))).Should().Be("[{\"name\":\"tom\"}]");
        (await client.GetStringAsync(new Uri("/b/health", UriKind.Relative))).Should().Be("tom up");
        first.Operation("listPets").RouteFor(200).Name.Should().Be("listPets 200");
        second.Operation("listPets").RouteFor(200).Name.Should().Be("b.yaml: listPets 200");
        first.Coverage().TriedCount.Should().Be(1);
        second.Coverage().TriedCount.Should().Be(2);
    }

    [Test]
    public async Task ImportOpenApiText_SameSourceNameImportedThreeTimes_EachGetsItsOwnNames()
    {
        using var handler = new FakeStatusHandler();
        handler.ImportOpenApiText(Pets("/a", "rex"));
        OpenApiImport second = handler.ImportOpenApiText(Pets("/b", "tom"));

        OpenApiImport third = handler.ImportOpenApiText(Pets("/c", "kit"));

        second.Operation("getHealth").RouteFor(200).Name.Should().Be("(document) #2: getHealth 200");
        third.Operation("getHealth").RouteFor(200).Name.Should().Be("(document) #3: getHealth 200");
        handler.Routes.Select(r => r.Name).Should().OnlyHaveUniqueItems();
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));
        (await client.GetStringAsync(new Uri("/c/health", UriKind.Relative))).Should().Be("kit up");
        using HttpResponseMessage missing = await client.SendAsync(ShopDocuments.Request(HttpMethod.Get, "/c/pets", 404));
        missing.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
