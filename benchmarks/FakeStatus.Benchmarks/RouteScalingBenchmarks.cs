using System;
using System.Globalization;
using System.Net.Http;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using RichardSzalay.MockHttp;

namespace FakeStatus.Benchmarks;

/// <summary>
/// The same request with 1, 100 and 10,000 literal routes registered; the measured request matches the LAST one registered,
/// the others are distinct paths <c>/r/{i}</c>. Target: FakeStatus at 10,000 routes within 1.3x its own 1-route time. The
/// handlers live for the whole run and nothing is reset between iterations, as in real use.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory, BenchmarkLogicalGroupRule.ByParams)]
[CategoriesColumn]
[BenchmarkCategory("Routes")]
public class RouteScalingBenchmarks
{
    private HttpClient? _floor;
    private HttpClient? _mockHttpClient;
    private FakeStatusHandler? _fakeStatus;
    private HttpClient? _fakeStatusClient;

    [Params(1, 100, 10_000)]
    public int Routes { get; set; }

    // One setup per contestant: BenchmarkDotNet runs each benchmark in its own process, so each builds only its own routes.
    [GlobalSetup(Target = nameof(Floor))]
    public void SetUpFloor() => _floor = new HttpClient(new FloorHandler()) { BaseAddress = Shared.BaseUri };

    [GlobalSetup(Target = nameof(MockHttp))]
    public void SetUpMockHttp()
    {
        // MockHttp's Respond(HttpContent) would share one content between responses; a factory gives each a fresh message.
        string date = DateTimeOffset.UtcNow.UtcDateTime.ToString("r", CultureInfo.InvariantCulture);
        var mockHttp = new MockHttpMessageHandler();
        for (int i = 0; i < Routes - 1; i++)
        {
            mockHttp.When(HttpMethod.Get, Shared.BaseAddress + "/r/" + i.ToString(CultureInfo.InvariantCulture))
                .Respond(request => FloorHandler.Respond(request, date));
        }

        mockHttp.When(HttpMethod.Get, Shared.BaseAddress + Shared.RoutePath).Respond(request => FloorHandler.Respond(request, date));
        _mockHttpClient = new HttpClient(mockHttp) { BaseAddress = Shared.BaseUri };
    }

    [GlobalSetup(Target = nameof(FakeStatusRoute))]
    public void SetUpFakeStatus()
    {
        _fakeStatus = new FakeStatusHandler();
        for (int i = 0; i < Routes - 1; i++)
        {
            _fakeStatus.When(HttpMethod.Get, "/r/" + i.ToString(CultureInfo.InvariantCulture)).Respond("smtp", 530);
        }

        _fakeStatus.When(HttpMethod.Get, Shared.RoutePath).Respond("smtp", 530);
        _fakeStatusClient = _fakeStatus.ToHttpClient(Shared.BaseUri);
    }

    [GlobalCleanup]
    public void GlobalCleanup()
    {
        _floor?.Dispose();
        _mockHttpClient?.Dispose();
        _fakeStatusClient?.Dispose();
        _fakeStatus?.Dispose();
    }

    [Benchmark(Baseline = true, Description = "Floor (hand-written handler)")]
    public Task<string> Floor() => Shared.GetBodyAsync(_floor!, Shared.RoutePath);

    [Benchmark(Description = "FakeStatus, last of N routes")]
    public Task<string> FakeStatusRoute() => Shared.GetBodyAsync(_fakeStatusClient!, Shared.RoutePath);

    [Benchmark(Description = "MockHttp 7.1.0, last of N routes")]
    public Task<string> MockHttp() => Shared.GetBodyAsync(_mockHttpClient!, Shared.RoutePath);
}
