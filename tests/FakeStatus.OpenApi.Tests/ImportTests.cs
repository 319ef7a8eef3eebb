namespace FakeStatus.OpenApi.Tests;

public sealed class ImportTests
{
    private static readonly string[] Documents = ShopDocuments.All;

    [TestCaseSource(nameof(Documents))]
    public void ImportOpenApi_ShopDocument_RegistersEveryOperationUnderTheServersBasePath(string document)
    {
        var (handler, import, client) = ShopDocuments.Import(document);
        using var _ = handler;
        using var __ = client;

        import.BasePath.Should().Be("/v1");
        import.Operations.Select(o => $"{o.OperationId} {o.Method} {o.RouteTemplate}").Should().Equal(
            "listOrders GET /v1/orders",
            "createOrder POST /v1/orders",
            "getOrder GET /v1/orders/{orderId}",
            "cancelOrder DELETE /v1/orders/{orderId}",
            "GET /health GET /v1/health");
        import.Operation("createOrder").StatusCodes.Should().Equal(201, 400, 409, 422);
        import.Operation("cancelOrder").DefaultStatusCode.Should().Be(204);
    }

    [TestCaseSource(nameof(Documents))]
    public async Task Send_OperationWithExample_AnswersTheFirst2xxWithTheDocumentedExample(string document)
    {
        var (handler, _, client) = ShopDocuments.Import(document);
        using var h = handler;
        using var c = client;

        using HttpResponseMessage response = await client.GetAsync(new Uri("/v1/orders/ord_1001", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.ReasonPhrase.Should().Be("OK");
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        (await response.Content.ReadAsStringAsync()).Should().Be("{\"id\":\"ord_1001\",\"status\":\"open\",\"total\":25.5,\"currency\":\"EUR\"}");
    }

    [TestCaseSource(nameof(Documents))]
    public async Task Send_OperationWithNamedExamples_AnswersTheFirstNamedExample(string document)
    {
        var (handler, _, client) = ShopDocuments.Import(document);
        using var h = handler;
        using var c = client;

        using JsonDocument body = JsonDocument.Parse(await client.GetStringAsync(new Uri("/v1/orders?status=open", UriKind.Relative)));

        body.RootElement.EnumerateArray().Select(o => o.GetProperty("id").GetString()).Should().Equal("ord_1001", "ord_1000");
    }

    [TestCaseSource(nameof(Documents))]
    public async Task Send_OperationWithSchemaOnly_AnswersABodyGeneratedFromTheSchemaAndTheDocumentedHeaders(string document)
    {
        var (handler, _, client) = ShopDocuments.Import(document);
        using var h = handler;
        using var c = client;

        using HttpResponseMessage response = await client.PostAsync(new Uri("/v1/orders", UriKind.Relative), new StringContent("{\"lines\":[]}"));

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        response.Headers.Location.Should().Be(new Uri("/v1/orders/ord_1002", UriKind.Relative));
        using JsonDocument body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        JsonElement order = body.RootElement;
        order.GetProperty("id").GetString().Should().Be("ord_1002", "the property's example wins over generation");
        order.GetProperty("status").GetString().Should().Be("open", "the first enum value");
        order.GetProperty("total").GetDouble().Should().Be(0, "the minimum");
        order.GetProperty("currency").GetString().Should().Be("EUR");
        order.GetProperty("createdAt").GetString().Should().Be("2026-02-25T12:00:00Z", "a date-time format gives a fixed date");
        order.GetProperty("lines")[0].GetProperty("quantity").GetInt32().Should().Be(1);
        order.GetProperty("lines")[0].GetProperty("sku").GetString().Should().Be("string");
    }

    [TestCaseSource(nameof(Documents))]
    public async Task Send_TextPlainOperationWithoutOperationId_AnswersTheTextExample(string document)
    {
        var (handler, import, client) = ShopDocuments.Import(document);
        using var h = handler;
        using var c = client;

        using HttpResponseMessage response = await client.GetAsync(new Uri("/v1/health", UriKind.Relative));

        (await response.Content.ReadAsStringAsync()).Should().Be("ok");
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/plain");
        handler.VerifyCalled(import.Operation("GET /health").RouteFor(200), times: 1);
    }

    [TestCase("/v1/customers")]
    [TestCase("/orders/ord_1")]
    [TestCase("/v1/orders/ord_1/lines")]
    public async Task Send_PathTheDocumentLacks_IsUnmatched(string path)
    {
        var (handler, _, client) = ShopDocuments.Import("shop.v30.yaml");
        using var h = handler;
        using var c = client;

        Func<Task> send = () => client.GetAsync(new Uri(path, UriKind.Relative));

        await send.Should().ThrowAsync<UnmatchedRequestException>();
    }

    [Test]
    public async Task Send_MethodTheDocumentLacks_IsUnmatchedEvenWithTheStatusHeader()
    {
        var (handler, _, client) = ShopDocuments.Import("shop.v30.yaml");
        using var h = handler;
        using var c = client;

        Func<Task> put = () => client.SendAsync(ShopDocuments.Request(HttpMethod.Put, "/v1/orders/ord_1", status: 503));

        await put.Should().ThrowAsync<UnmatchedRequestException>();
    }

    [Test]
    public async Task ImportOpenApi_BasePathOption_ReplacesTheServersPath()
    {
        using var handler = new FakeStatusHandler();
        handler.ImportOpenApi(ShopDocuments.PathOf("shop.v30.yaml"), new OpenApiImportOptions { BasePath = "/" });
        using HttpClient client = handler.ToHttpClient(new Uri("https://any.host.test"));

        using HttpResponseMessage response = await client.GetAsync(new Uri("/orders/ord_1", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Test]
    public async Task Send_DocumentedStatusWithoutContent_AnswersNoBody()
    {
        var (handler, _, client) = ShopDocuments.Import("shop.v30.yaml");
        using var h = handler;
        using var c = client;

        using HttpResponseMessage response = await client.SendAsync(ShopDocuments.Request(HttpMethod.Delete, "/v1/orders/ord_1", status: 409));

        response.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await response.Content.ReadAsByteArrayAsync()).Should().BeEmpty("the document gives the 409 no content");
    }

    [Test]
    public async Task Send_204Default_AnswersNoBody()
    {
        var (handler, _, client) = ShopDocuments.Import("shop.v31.json");
        using var h = handler;
        using var c = client;

        using HttpResponseMessage response = await client.DeleteAsync(new Uri("/v1/orders/ord_1", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await response.Content.ReadAsByteArrayAsync()).Should().BeEmpty();
    }

    [Test]
    public void ImportOpenApi_Callbacks_AreReportedInNotes()
    {
        var (handler, import, client) = ShopDocuments.Import("shop.v30.yaml");
        using var h = handler;
        using var c = client;

        import.Notes.Select(n => n.Location).Should().Equal(
            "#/paths/~1orders/post/callbacks/orderShipped",
            "#/paths/~1orders~1{orderId}/delete/responses/default");
        import.Notes[0].Message.Should().Contain("callbacks");
    }

    [Test]
    public void ImportOpenApi_Webhooks31_AreReportedInNotes()
    {
        var (handler, import, client) = ShopDocuments.Import("shop.v31.yaml");
        using var h = handler;
        using var c = client;

        import.Notes.Select(n => n.Location).Should().Contain("#/webhooks/orderShipped");
    }

    [Test]
    public void ImportOpenApi_FailOnUnsupportedWithCallbacksAndDefaultResponses_ImportsListingThemAsInformational()
    {
        using var handler = new FakeStatusHandler();

        OpenApiImport import = handler.ImportOpenApi(ShopDocuments.PathOf("shop.v30.yaml"), new OpenApiImportOptions { FailOnUnsupported = true });

        import.Notes.Should().Contain(n => n.Location == "#/paths/~1orders/post/callbacks/orderShipped").And.OnlyContain(n => !n.IsUnsupported);
    }

    [Test]
    public void ImportOpenApi_Routes_AreOptionalSoVerifyAllRoutesUsedIgnoresThem()
    {
        var (handler, _, client) = ShopDocuments.Import("shop.v30.yaml");
        using var h = handler;
        using var c = client;

        handler.Routes.Should().OnlyContain(r => r.IsOptional);
        handler.Invoking(x => x.VerifyAllRoutesUsed()).Should().NotThrow();
    }
}
