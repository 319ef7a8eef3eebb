using System.Net.Http;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace FakeStatus.Benchmarks;

/// <summary>
/// One request, one route: GET + read the body as a string + dispose, answering SMTP 530 with the canonical 63-byte body.
/// Target: FakeStatus by URL convention within 1.25x the floor's time and 1.5x its allocated bytes, recording on.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
[BenchmarkCategory("Request")]
public class RequestBenchmarks
{
    private HttpClient _floor = null!;
    private PerTestFakeStatus _fakeStatus = null!;

    [GlobalSetup]
    public void GlobalSetup()
    {
        _floor = new HttpClient(new FloorHandler()) { BaseAddress = Shared.BaseUri };
        _fakeStatus = new PerTestFakeStatus(new FakeStatusOptions());
    }

    [GlobalCleanup]
    public void GlobalCleanup()
    {
        _floor.Dispose();
        _fakeStatus.Dispose();
    }

    [Benchmark(Baseline = true, Description = "Floor (hand-written handler)")]
    public Task<string> Floor() => Shared.GetBodyAsync(_floor, Shared.ConventionPath);

    [Benchmark(Description = "FakeStatus /smtp/530 by convention")]
    public Task<string> FakeStatusConvention() => Shared.GetBodyAsync(_fakeStatus.Next(), Shared.ConventionPath);
}
