using System;
using System.Buffers.Binary;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Google.Protobuf;
using Grpc.Net.Client;
using GrpcSample.Inventory;

namespace FakeStatus.Benchmarks;

/// <summary>
/// One unary gRPC call through a real Grpc.Net.Client channel (serialize the request, send, read the reply), answered by a
/// FakeStatus.Grpc route or by <see cref="GrpcFloorHandler"/> returning the same reply as prebuilt bytes. Both sides pay the
/// client's own cost; the difference is what FakeStatus adds (matching, recording, the catalog status, the trailers).
/// </summary>
[MemoryDiagnoser]
public class GrpcBenchmarks
{
    private static readonly StockRequest Request = new() { Sku = "sku-42" };

    private GrpcChannel _floorChannel = null!;
    private Stock.StockClient _floor = null!;
    private FakeStatusHandler _fake = null!;
    private GrpcChannel _fakeChannel = null!;
    private Stock.StockClient _fakeClient = null!;
    private FakeStatusHandler _shortLog = null!;
    private GrpcChannel _shortLogChannel = null!;
    private Stock.StockClient _shortLogClient = null!;

    [GlobalSetup]
    public void GlobalSetup()
    {
        var reply = new StockReply { Count = 7 };
        byte[] frame = new byte[5 + reply.CalculateSize()];
        BinaryPrimitives.WriteUInt32BigEndian(frame.AsSpan(1, 4), (uint)(frame.Length - 5));
        reply.WriteTo(frame.AsSpan(5));
        _floorChannel = GrpcChannel.ForAddress(Shared.BaseUri, new GrpcChannelOptions { HttpHandler = new GrpcFloorHandler(frame), DisposeHttpClient = true });
        _floor = new Stock.StockClient(_floorChannel);

        _fake = new FakeStatusHandler();
        _fake.WhenGrpc("inventory.Stock/GetStock").RespondGrpc(reply);
        _fakeChannel = GrpcChannel.ForAddress(Shared.BaseUri, new GrpcChannelOptions { HttpHandler = _fake });
        _fakeClient = new Stock.StockClient(_fakeChannel);

        // The same route with a request log of 100 instead of 10,000: what a handler made per test holds, and the share of
        // the long-lived figure that is keeping records (a gRPC request records its headers and body) rather than answering.
        _shortLog = new FakeStatusHandler(new FakeStatusOptions { MaxRecordedRequests = 100 });
        _shortLog.WhenGrpc("inventory.Stock/GetStock").RespondGrpc(reply);
        _shortLogChannel = GrpcChannel.ForAddress(Shared.BaseUri, new GrpcChannelOptions { HttpHandler = _shortLog });
        _shortLogClient = new Stock.StockClient(_shortLogChannel);
    }

    [GlobalCleanup]
    public void GlobalCleanup()
    {
        _shortLogChannel.Dispose();
        _shortLog.Dispose();
        _fakeChannel.Dispose();
        _fake.Dispose();
        _floorChannel.Dispose();
    }

    [Benchmark(Baseline = true, Description = "gRPC floor")]
    public async Task<int> Floor() => (await _floor.GetStockAsync(Request)).Count;

    [Benchmark(Description = "FakeStatus.Grpc route")]
    public async Task<int> FakeStatusGrpc() => (await _fakeClient.GetStockAsync(Request)).Count;

    [Benchmark(Description = "FakeStatus.Grpc route, log of 100")]
    public async Task<int> FakeStatusGrpcShortLog() => (await _shortLogClient.GetStockAsync(Request)).Count;
}
