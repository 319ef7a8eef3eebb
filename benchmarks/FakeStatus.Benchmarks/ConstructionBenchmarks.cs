using System;
using System.Net.Http;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using RichardSzalay.MockHttp;

namespace FakeStatus.Benchmarks;

/// <summary>
/// Building a handler, as a suite does once per test. Target: under 2 microseconds and under 1 KB allocated for FakeStatus
/// (an absolute figure, so read it against the floor's row from the same run). The catalog is loaded in setup: its one-off
/// cost is <see cref="CatalogLoadBenchmarks"/>'s.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
[BenchmarkCategory("Construct")]
public class ConstructionBenchmarks
{
    private readonly FakeStatusOptions _options = new();

    [GlobalSetup]
    public void GlobalSetup() => _ = StatusCatalog.Default;

    [Benchmark(Baseline = true, Description = "new FloorHandler()")]
    public HttpMessageHandler Floor() => new FloorHandler();

    [Benchmark(Description = "new FakeStatusHandler()")]
    public HttpMessageHandler FakeStatusDefault() => new FakeStatusHandler();

    [Benchmark(Description = "new FakeStatusHandler(options)")]
    public HttpMessageHandler FakeStatusWithOptions() => new FakeStatusHandler(_options);

    [Benchmark(Description = "new FakeStatusHandler(TimeProvider)")]
    public HttpMessageHandler FakeStatusWithClock() => new FakeStatusHandler(TimeProvider.System);

    [Benchmark(Description = "new MockHttpMessageHandler()")]
    public HttpMessageHandler MockHttp() => new MockHttpMessageHandler();
}
