using System.Net.Http;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace FakeStatus.Benchmarks;

/// <summary>
/// The whole request (long-lived handler, nothing reset) with each fast path on and switched off from outside:
/// <list type="bullet">
/// <item><c>PlainUri</c> and <c>RouteLookup</c>: a fragment (<c>#f</c>) on the URL makes <see cref="PlainUri"/> decline, so
/// the URL conventions read <c>uri.AbsolutePath</c>/<c>uri.Query</c> and the route table looks the path up as a string. The
/// fragment itself costs <see cref="System.Uri"/> a little: the floor rows with and without it show how much.</item>
/// </list>
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class FastPathRequestBenchmarks
{
    /// <summary>A fragment never reaches the handler's matching (it is not part of the path), but PlainUri declines it.</summary>
    public const string Fragment = "#f";

    private HttpClient _floor = null!;
    private FakeStatusHandler _byConvention = null!;
    private HttpClient _byConventionClient = null!;
    private FakeStatusHandler _byRoute = null!;
    private HttpClient _byRouteClient = null!;

    [GlobalSetup]
    public void GlobalSetup()
    {
        _floor = new HttpClient(new FloorHandler()) { BaseAddress = Shared.BaseUri };
        _byConvention = new FakeStatusHandler();
        _byConventionClient = _byConvention.ToHttpClient(Shared.BaseUri);
        _byRoute = new FakeStatusHandler();
        _byRoute.When(HttpMethod.Get, Shared.RoutePath).Respond("smtp", 530);
        _byRouteClient = _byRoute.ToHttpClient(Shared.BaseUri);
    }

    [GlobalCleanup]
    public void GlobalCleanup()
    {
        _byRouteClient.Dispose();
        _byRoute.Dispose();
        _byConventionClient.Dispose();
        _byConvention.Dispose();
        _floor.Dispose();
    }

    [Benchmark(Baseline = true, Description = "FakeStatus /smtp/530, PlainUri on")]
    [BenchmarkCategory("PlainUri")]
    public Task<string> ConventionPlain() => Shared.GetBodyAsync(_byConventionClient, Shared.ConventionPath);

    [Benchmark(Description = "FakeStatus /smtp/530, PlainUri off")]
    [BenchmarkCategory("PlainUri")]
    public Task<string> ConventionFallback() => Shared.GetBodyAsync(_byConventionClient, Shared.ConventionPath + Fragment);

    [Benchmark(Description = "Floor")]
    [BenchmarkCategory("PlainUri")]
    public Task<string> FloorPlain() => Shared.GetBodyAsync(_floor, Shared.ConventionPath);

    [Benchmark(Description = "Floor, URL with fragment")]
    [BenchmarkCategory("PlainUri")]
    public Task<string> FloorFragment() => Shared.GetBodyAsync(_floor, Shared.ConventionPath + Fragment);

    [Benchmark(Baseline = true, Description = "FakeStatus route, span lookup on")]
    [BenchmarkCategory("RouteLookup")]
    public Task<string> RoutePlain() => Shared.GetBodyAsync(_byRouteClient, Shared.RoutePath);

    [Benchmark(Description = "FakeStatus route, span lookup off")]
    [BenchmarkCategory("RouteLookup")]
    public Task<string> RouteFallback() => Shared.GetBodyAsync(_byRouteClient, Shared.RoutePath + Fragment);
}
