using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;

namespace FakeStatus.Benchmarks;

/// <summary>
/// Loading the embedded catalog (what <see cref="StatusCatalog.Default"/> does once, lazily, on first use) in a fresh
/// process: a cold-start job launches a new process per measurement and times the first and only call, so JIT, resource
/// reading and JSON metadata set-up are all in the figure. Target: under 20 ms.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
[BenchmarkCategory("CatalogLoad")]
[SimpleJob(RunStrategy.ColdStart, launchCount: 10, warmupCount: 0, iterationCount: 1, id: "FreshProcess")]
public class CatalogLoadBenchmarks
{
    // The loader behind StatusCatalog.Default's Lazy, called directly so that each fresh process measures the real first load.
    [Benchmark(Description = "Load embedded catalog (first call in process)")]
    public StatusCatalog LoadEmbedded() => CatalogLoader.LoadEmbedded();
}
