namespace FakeStatus.OpenApi.Tests;

public sealed class StatusSelectionTests
{
    private static readonly string[] Documents = ShopDocuments.All;

    [TestCaseSource(nameof(Documents))]
    public async Task Send_StatusHeaderNamingADocumentedStatus_AnswersItsDocumentedResponse(string document)
    {
        var (handler, _, client) = ShopDocuments.Import(document);
        using var h = handler;
        using var c = client;

        using HttpResponseMessage response = await client.SendAsync(ShopDocuments.Request(HttpMethod.Get, "/v1/orders/ord_1", status: 503));

        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        response.ReasonPhrase.Should().Be("Service Unavailable");
        response.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromSeconds(30), "the documented header example replaces the catalog's 120");
        (await response.Content.ReadAsStringAsync()).Should().Be("{\"title\":\"Down for maintenance\",\"status\":503}");
    }

    [Test]
    public async Task Send_StatusHeaderNamingAStatusTheOperationLacks_AnswersFromTheCatalog()
    {
        var (handler, _, client) = ShopDocuments.Import("shop.v30.yaml");
        using var h = handler;
        using var c = client;

        using HttpResponseMessage response = await client.SendAsync(ShopDocuments.Request(HttpMethod.Get, "/v1/orders/ord_1", status: 429));

        response.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter.Should().NotBeNull("the catalog's 429 carries Retry-After");
        (await response.Content.ReadAsStringAsync()).Should().Be("{\"error\": \"client_error\", \"message\": \"Too Many Requests\"}");
    }

    [Test]
    public async Task Send_StatusHeaderOnOneRequest_LeavesTheNextRequestOnTheDefault()
    {
        var (handler, _, client) = ShopDocuments.Import("shop.v30.yaml");
        using var h = handler;
        using var c = client;

        using HttpResponseMessage notFound = await client.SendAsync(ShopDocuments.Request(HttpMethod.Get, "/v1/orders/ord_1", status: 404));
        using HttpResponseMessage ok = await client.GetAsync(new Uri("/v1/orders/ord_1", UriKind.Relative));

        notFound.StatusCode.Should().Be(HttpStatusCode.NotFound);
        notFound.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        ok.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [TestCase("abc")]
    [TestCase("99")]
    [TestCase("1000")]
    public async Task Send_StatusHeaderThatIsNotACode_FailsNamingTheHeaderTheValueAndTheDocumentedStatuses(string value)
    {
        var (handler, _, client) = ShopDocuments.Import("shop.v30.yaml");
        using var h = handler;
        using var c = client;
        using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/orders/ord_1");
        request.Headers.Add(OpenApiImportOptions.DefaultStatusHeader, value);

        Func<Task> send = () => client.SendAsync(request);

        InvalidOperationException error = (await send.Should().ThrowAsync<InvalidOperationException>()).Which;
        error.Message.Should().Contain($"X-FakeStatus-Status: '{value}' is not a status code; send a code from 100 to 999").And.Contain("getOrder documents 200, 404, 503");
        error.Should().NotBeOfType<UnmatchedRequestException>();
    }

    [Test]
    public async Task Send_CustomStatusHeader_SelectsTheStatus()
    {
        using var handler = new FakeStatusHandler();
        handler.ImportOpenApi(ShopDocuments.PathOf("shop.v30.yaml"), new OpenApiImportOptions { StatusHeader = "X-Test-Status" });
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.shop.test"));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/orders");
        request.Headers.Add("X-Test-Status", "401");

        using HttpResponseMessage response = await client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        response.Headers.WwwAuthenticate.ToString().Should().Be("Bearer realm=\"shop\"");
    }

    [TestCaseSource(nameof(Documents))]
    public async Task Respond_DocumentedStatus_ChangesThatOperationOnlyUntilReset(string document)
    {
        var (handler, import, client) = ShopDocuments.Import(document);
        using var h = handler;
        using var c = client;

        import.Respond("getOrder", 404);
        using HttpResponseMessage changed = await client.GetAsync(new Uri("/v1/orders/ord_1", UriKind.Relative));
        using HttpResponseMessage other = await client.GetAsync(new Uri("/v1/orders", UriKind.Relative));
        import.ResetResponses();
        using HttpResponseMessage reset = await client.GetAsync(new Uri("/v1/orders/ord_1", UriKind.Relative));

        changed.StatusCode.Should().Be(HttpStatusCode.NotFound);
        using JsonDocument problem = JsonDocument.Parse(await changed.Content.ReadAsStringAsync());
        problem.RootElement.GetProperty("type").GetString().Should().Be("https://example.com/", "the problem schema's uri format");
        other.StatusCode.Should().Be(HttpStatusCode.OK);
        reset.StatusCode.Should().Be(HttpStatusCode.OK);
        import.Operation("getOrder").CurrentStatusCode.Should().Be(200);
    }

    [Test]
    public async Task Respond_StatusTheDocumentLacks_AnswersFromTheCatalogAndTheHeaderStillWins()
    {
        var (handler, import, client) = ShopDocuments.Import("shop.v30.yaml");
        using var h = handler;
        using var c = client;

        import.Respond("createOrder", 502);
        using HttpResponseMessage fromCatalog = await client.PostAsync(new Uri("/v1/orders", UriKind.Relative), null);
        using HttpResponseMessage fromHeader = await client.SendAsync(ShopDocuments.Request(HttpMethod.Post, "/v1/orders", status: 409));

        fromCatalog.StatusCode.Should().Be(HttpStatusCode.BadGateway);
        fromHeader.StatusCode.Should().Be(HttpStatusCode.Conflict);
    }

    [Test]
    public void Respond_UnknownOperationOrStatus_ThrowsNamingWhatExists()
    {
        var (handler, import, client) = ShopDocuments.Import("shop.v30.yaml");
        using var h = handler;
        using var c = client;

        import.Invoking(i => i.Respond("deleteEverything", 200)).Should().Throw<ArgumentException>()
            .WithMessage("*has no operation 'deleteEverything'; it has listOrders, createOrder, getOrder, cancelOrder, GET /health*");
        import.Invoking(i => i.Respond("getOrder", 299)).Should().Throw<ArgumentException>()
            .WithMessage("getOrder documents 200, 404, 503, and the catalog has no HTTP 299*");
    }

    [Test]
    public async Task Send_AnyRequest_IsAnsweredByExactlyOneImportedRoute()
    {
        // Routes of one operation answer disjoint requests, so the answer cannot depend on which matching route wins.
        var (handler, import, client) = ShopDocuments.Import("shop.v30.yaml");
        using var h = handler;
        using var c = client;
        int[] statuses = [200, 404, 503, 418];

        foreach (int status in statuses)
        {
            long before = handler.Routes.Sum(r => r.CallCount);
            using HttpResponseMessage response = await client.SendAsync(ShopDocuments.Request(HttpMethod.Get, "/v1/orders/x", status));
            ((int)response.StatusCode).Should().Be(status);
            handler.Routes.Sum(r => r.CallCount).Should().Be(before + 1);
        }

        handler.Routes.Count(r => r.CallCount > 0).Should().Be(statuses.Length);
        handler.VerifyCalled(import.Operation("getOrder").RouteFor(404), times: 1);
    }
}
