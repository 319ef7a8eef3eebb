using Google.Rpc;
using Grpc.Core;
using Grpc.Net.Client;
using Grpc.Net.Client.Configuration;
using GrpcSample.Inventory;

namespace GrpcSample;

/// <summary>
/// The client under test: it asks the inventory service for a product's stock, retries UNAVAILABLE through the channel's
/// service config (up to four attempts), and turns each failure into an outcome the shop can show.
/// </summary>
public sealed class StockClient : IDisposable
{
    private readonly GrpcChannel _channel;
    private readonly Stock.StockClient _client;

    /// <summary>A client over <paramref name="handler"/>: in production a SocketsHttpHandler, in tests a FakeStatusHandler.</summary>
    public StockClient(Uri address, HttpMessageHandler handler, TimeSpan? retryBackoff = null)
    {
        TimeSpan backoff = retryBackoff ?? TimeSpan.FromMilliseconds(200);
        var retry = new RetryPolicy
        {
            MaxAttempts = 4,
            InitialBackoff = backoff,
            MaxBackoff = backoff,
            BackoffMultiplier = 1,
            RetryableStatusCodes = { StatusCode.Unavailable },
        };
        _channel = GrpcChannel.ForAddress(address, new GrpcChannelOptions
        {
            HttpHandler = handler,
            ServiceConfig = new ServiceConfig { MethodConfigs = { new MethodConfig { Names = { MethodName.Default }, RetryPolicy = retry } } },
        });
        _client = new Stock.StockClient(_channel);
    }

    /// <summary>Looks up <paramref name="sku"/>.</summary>
    public async Task<StockResult> GetStockAsync(string sku)
    {
        try
        {
            StockReply reply = await _client.GetStockAsync(new StockRequest { Sku = sku });
            return new StockResult(StockOutcome.Known, reply.Count);
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.NotFound)
        {
            return new StockResult(StockOutcome.UnknownProduct);
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.InvalidArgument)
        {
            BadRequest.Types.FieldViolation? violation = e.GetRpcStatus()?.GetDetail<BadRequest>()?.FieldViolations.FirstOrDefault();
            return new StockResult(StockOutcome.Rejected, Problem: violation is null ? e.Status.Detail : $"{violation.Field}: {violation.Description}");
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.Unavailable)
        {
            return new StockResult(StockOutcome.TryLater);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _channel.Dispose();
}
