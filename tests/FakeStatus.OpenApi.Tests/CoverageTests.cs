namespace FakeStatus.OpenApi.Tests;

public sealed class CoverageTests
{
    [Test]
    public async Task Coverage_AfterSomeRequests_ListsEveryDocumentedPairTriedOrNot()
    {
        var (handler, import, client) = ShopDocuments.Import("shop.v30.yaml");
        using var h = handler;
        using var c = client;
        (await client.GetAsync(new Uri("/v1/orders/1", UriKind.Relative))).Dispose();
        (await client.GetAsync(new Uri("/v1/orders/2", UriKind.Relative))).Dispose();
        (await client.SendAsync(ShopDocuments.Request(HttpMethod.Get, "/v1/orders/3", status: 503))).Dispose();
        (await client.SendAsync(ShopDocuments.Request(HttpMethod.Get, "/v1/orders/3", status: 418))).Dispose();

        OpenApiCoverage coverage = import.Coverage();

        coverage.Entries.Should().HaveCount(13);
        coverage.TriedCount.Should().Be(2, "418 is not documented, so it is no pair");
        coverage.Entries.Single(e => e.OperationId == "getOrder" && e.StatusCode == 200).CallCount.Should().Be(2);
        coverage.Untried.Should().Contain(e => e.OperationId == "getOrder" && e.StatusCode == 404);
        coverage.ToMarkdown().Should().Contain("| getOrder | GET | /orders/{orderId} | 200 | 2 | yes |")
            .And.Contain("| getOrder | GET | /orders/{orderId} | 404 | 0 | **no** |")
            .And.StartWith("shop.v30.yaml: 2 of 13 documented (operation, status) pairs tried\n\n| operation |");
    }

    [Test]
    public async Task ToJson_AfterRequests_IsMachineReadableInDocumentOrder()
    {
        var (handler, import, client) = ShopDocuments.Import("shop.v31.json");
        using var h = handler;
        using var c = client;
        (await client.SendAsync(ShopDocuments.Request(HttpMethod.Get, "/v1/orders", status: 401))).Dispose();

        using JsonDocument json = JsonDocument.Parse(import.Coverage().ToJson());

        json.RootElement.GetProperty("total").GetInt32().Should().Be(13);
        json.RootElement.GetProperty("tried").GetInt32().Should().Be(1);
        JsonElement[] pairs = json.RootElement.GetProperty("pairs").EnumerateArray().ToArray();
        pairs.Select(p => $"{p.GetProperty("operationId").GetString()} {p.GetProperty("status").GetInt32()}").Take(3)
            .Should().Equal("listOrders 200", "listOrders 401", "createOrder 201");
        pairs[1].GetProperty("tried").GetBoolean().Should().BeTrue();
        pairs[1].GetProperty("calls").GetInt64().Should().Be(1);
        pairs[0].GetProperty("tried").GetBoolean().Should().BeFalse();
    }

    [Test]
    public async Task VerifyAllStatusesTried_SomeUntried_ThrowsListingEachUntriedPair()
    {
        var (handler, import, client) = ShopDocuments.Import("shop.v30.yaml");
        using var h = handler;
        using var c = client;
        (await client.GetAsync(new Uri("/v1/health", UriKind.Relative))).Dispose();

        Action verify = import.VerifyAllStatusesTried;

        OpenApiCoverageException error = verify.Should().Throw<OpenApiCoverageException>().Which;
        error.Coverage.Untried.Should().HaveCount(12);
        error.Message.Should().Contain("12 of 13 documented (operation, status) pairs were never tried (1 tried); the first 10:")
            .And.Contain("  createOrder POST /orders 409")
            .And.Contain("... and 2 more")
            .And.NotContain("GET /health GET /health 200");
    }

    [Test]
    public async Task VerifyAllStatusesTried_EveryPairTried_Passes()
    {
        var (handler, import, client) = ShopDocuments.Import("shop.v31.yaml");
        using var h = handler;
        using var c = client;
        foreach (ImportedOperation operation in import.Operations)
        {
            foreach (int status in operation.StatusCodes)
            {
                string path = operation.RouteTemplate.Replace("{orderId}", "ord_1", StringComparison.Ordinal);
                (await client.SendAsync(ShopDocuments.Request(operation.Method, path, status))).Dispose();
            }
        }

        import.Invoking(i => i.VerifyAllStatusesTried()).Should().NotThrow();
        import.Coverage().Untried.Should().BeEmpty();
    }
}
