using FakeStatus;
using FluentAssertions;
using NUnit.Framework;

namespace OpenApiSample;

public sealed class OrdersClientTests
{
    // begin-snippet: openapi-test
    [TestCase(200, OrderOutcome.Ok)]
    [TestCase(404, OrderOutcome.NotFound)]
    [TestCase(503, OrderOutcome.TryLater)]
    public async Task GetOrderAsync_EachDocumentedStatus_MapsToAnOutcome(int status, OrderOutcome expected)
    {
        OrdersClient orders = FakeShopApi.Client(status);

        OrderResult result = await orders.GetOrderAsync("ord_1001");

        result.Outcome.Should().Be(expected);
    }
    // end-snippet

    [Test]
    public async Task GetOrderAsync_200_ReadsTheDocumentedExample()
    {
        OrderResult result = await FakeShopApi.Client().GetOrderAsync("ord_1001");

        result.OrderId.Should().Be("ord_1001");
    }

    [Test]
    public async Task GetOrderAsync_503_ReadsTheDocumentedRetryAfter()
    {
        OrderResult result = await FakeShopApi.Client(503).GetOrderAsync("ord_1001");

        result.RetryAfter.Should().Be(TimeSpan.FromSeconds(30));
    }

    [Test]
    public async Task GetOrderAsync_StatusTheDocumentLacks_AnswersFromTheCatalog()
    {
        // begin-snippet: openapi-catalog-status
        OrderResult result = await FakeShopApi.Client(status: 429).GetOrderAsync("ord_1001"); // 429 is not in the document

        result.Outcome.Should().Be(OrderOutcome.TryLater);
        result.RetryAfter.Should().Be(TimeSpan.FromSeconds(1)); // the catalog's Retry-After: 120, cut to one second by default
        // end-snippet
    }

    [TestCase(200, OrderOutcome.Ok)]
    [TestCase(401, OrderOutcome.SignInAgain)]
    public async Task ListOrdersAsync_EachDocumentedStatus_MapsToAnOutcome(int status, OrderOutcome expected)
    {
        OrderResult result = await FakeShopApi.Client(status).ListOrdersAsync();

        result.Outcome.Should().Be(expected);
    }

    [TestCase(201, OrderOutcome.Ok)]
    [TestCase(400, OrderOutcome.Rejected)]
    [TestCase(409, OrderOutcome.Conflict)]
    [TestCase(422, OrderOutcome.Rejected)]
    public async Task PlaceOrderAsync_EachDocumentedStatus_MapsToAnOutcome(int status, OrderOutcome expected)
    {
        OrderResult result = await FakeShopApi.Client(status).PlaceOrderAsync("sku-1", 2);

        result.Outcome.Should().Be(expected);
    }

    [Test]
    public async Task PlaceOrderAsync_201_ReadsTheLocationAndTheGeneratedBody()
    {
        OrderResult result = await FakeShopApi.Client().PlaceOrderAsync("sku-1", 2);

        result.Location.Should().Be(new Uri("/v1/orders/ord_1002", UriKind.Relative));
        result.OrderId.Should().Be("ord_1002");
    }

    [TestCase(204, OrderOutcome.Ok)]
    [TestCase(404, OrderOutcome.NotFound)]
    [TestCase(409, OrderOutcome.Conflict)]
    public async Task CancelOrderAsync_EachDocumentedStatus_MapsToAnOutcome(int status, OrderOutcome expected)
    {
        OrderResult result = await FakeShopApi.Client(status).CancelOrderAsync("ord_1001");

        result.Outcome.Should().Be(expected);
    }

    [Test]
    public async Task IsHealthyAsync_DocumentedTextExample_IsHealthy()
    {
        (await FakeShopApi.Client().IsHealthyAsync()).Should().BeTrue();
    }

    [Test]
    public async Task GetOrderAsync_PerOperationStatus_ChangesOnlyThatOperation()
    {
        // begin-snippet: openapi-respond
        FakeShopApi.Import.Respond("getOrder", 404); // until ResetResponses(), without the header
        try
        {
            (await FakeShopApi.Client().GetOrderAsync("ord_1001")).Outcome.Should().Be(OrderOutcome.NotFound);
            (await FakeShopApi.Client().ListOrdersAsync()).Outcome.Should().Be(OrderOutcome.Ok);
        }
        finally
        {
            FakeShopApi.Import.ResetResponses();
        }
        // end-snippet
    }
}
