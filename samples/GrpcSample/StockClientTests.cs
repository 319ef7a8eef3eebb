using FakeStatus;
using FluentAssertions;
using Google.Rpc;
using Grpc.Core;
using GrpcSample.Inventory;
using NUnit.Framework;

namespace GrpcSample;

public class StockClientTests
{
    private static readonly Uri Address = new("https://inventory.test");

    [Test]
    public async Task GetStockAsync_RetriesUnavailableThenReadsTheCount()
    {
        // begin-snippet: grpc-retry
        using var handler = new FakeStatusHandler();
        FakeRoute stock = handler.WhenGrpc("inventory.Stock/GetStock").RespondInSequence(s => s
            .RespondGrpc(StatusCode.Unavailable, "restarting")
            .RespondGrpc(StatusCode.Unavailable, "restarting")
            .RespondGrpc(new StockReply { Count = 7 }));
        using var client = new StockClient(Address, handler, retryBackoff: TimeSpan.FromMilliseconds(1));

        StockResult result = await client.GetStockAsync("sku-42");

        result.Should().Be(new StockResult(StockOutcome.Known, Count: 7));
        handler.VerifyCalled(stock, times: 3);   // the channel's retry policy made three attempts
        handler.Requests[0].ReadGrpcMessages(StockRequest.Parser).Single().Sku.Should().Be("sku-42");
        // end-snippet
    }

    [Test]
    public async Task GetStockAsync_UnavailableOnEveryAttempt_IsTryLaterAfterFourAttempts()
    {
        using var handler = new FakeStatusHandler();
        FakeRoute stock = handler.WhenGrpc("inventory.Stock/GetStock").RespondGrpc(StatusCode.Unavailable, "down");
        using var client = new StockClient(Address, handler, retryBackoff: TimeSpan.FromMilliseconds(1));

        StockResult result = await client.GetStockAsync("sku-42");

        result.Outcome.Should().Be(StockOutcome.TryLater);
        handler.VerifyCalled(stock, times: 4);
    }

    [Test]
    public async Task GetStockAsync_NotFound_IsUnknownProductWithoutRetrying()
    {
        using var handler = new FakeStatusHandler();
        FakeRoute stock = handler.WhenGrpc("inventory.Stock/GetStock").RespondGrpc(StatusCode.NotFound, "no such sku");
        using var client = new StockClient(Address, handler);

        StockResult result = await client.GetStockAsync("sku-0");

        result.Outcome.Should().Be(StockOutcome.UnknownProduct);
        handler.VerifyCalled(stock, times: 1);
    }

    [Test]
    public async Task GetStockAsync_InvalidArgumentWithDetails_NamesTheField()
    {
        // begin-snippet: grpc-details
        using var handler = new FakeStatusHandler();
        handler.WhenGrpc("inventory.Stock/GetStock").RespondGrpc(StatusCode.InvalidArgument, "bad request", g => g.WithDetails(
            new BadRequest { FieldViolations = { new BadRequest.Types.FieldViolation { Field = "sku", Description = "must start with 'sku-'" } } }));
        using var client = new StockClient(Address, handler);

        StockResult result = await client.GetStockAsync("42");

        result.Problem.Should().Be("sku: must start with 'sku-'");
        // end-snippet
        result.Outcome.Should().Be(StockOutcome.Rejected);
    }

    [Test]
    public async Task GetStockAsync_Unimplemented_IsNotSwallowed()
    {
        using var handler = new FakeStatusHandler();
        handler.WhenGrpc("inventory.Stock/GetStock").RespondGrpc(StatusCode.Unimplemented);
        using var client = new StockClient(Address, handler);

        Func<Task> act = () => client.GetStockAsync("sku-42");

        (await act.Should().ThrowAsync<RpcException>()).Which.StatusCode.Should().Be(StatusCode.Unimplemented);
    }
}
