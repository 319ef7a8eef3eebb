using System.Net.Http;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Flurl.Http.Testing;
using RichardSzalay.MockHttp;

namespace FakeStatus.Benchmarks;

/// <summary>
/// One request (GET, read the body, dispose) answering SMTP 530 with the canonical 63-byte body, for FakeStatus, MockHttp and
/// Flurl beside a hand-written floor handler, in four ways of use; each way is a category with its own floor as baseline.
/// <list type="bullet">
/// <item><c>LongLived</c>: one fake for the whole run, as an <c>IHttpClientFactory</c> client or a shared test fixture holds
/// it. Nothing is reset between iterations, so the request log grows as it does in real use.</item>
/// <item><c>Fresh</c>: a fake per request (construct, set up, one request, dispose), as a suite that builds one per test.</item>
/// <item><c>LongLived8</c> and <c>Fresh8</c>: the same with 8 tasks at once; the time column is per request.</item>
/// </list>
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class RequestBenchmarks
{
    private HttpClient _floor = null!;
    private HttpClient _harnessFloor = null!;
    private HttpClient _harnessFloorDated = null!;
    private HttpClient _requiredWork = null!;
    private FakeStatusHandler _byConvention = null!;
    private HttpClient _byConventionClient = null!;
    private FakeStatusHandler _byRoute = null!;
    private HttpClient _byRouteClient = null!;
    private MockHttpMessageHandler _mockHttp = null!;
    private HttpClient _mockHttpClient = null!;
    private FlurlContestant _flurl = null!;
    private HttpTest _flurlTest = null!;

    [GlobalSetup]
    public void GlobalSetup()
    {
        _floor = new HttpClient(new FloorHandler()) { BaseAddress = Shared.BaseUri };
        _harnessFloor = new HttpClient(new HarnessFloorHandler(withDate: false)) { BaseAddress = Shared.BaseUri };
        _harnessFloorDated = new HttpClient(new HarnessFloorHandler(withDate: true)) { BaseAddress = Shared.BaseUri };
        _requiredWork = new HttpClient(new RequiredWorkHandler()) { BaseAddress = Shared.BaseUri };
        _byConvention = new FakeStatusHandler();
        _byConventionClient = _byConvention.ToHttpClient(Shared.BaseUri);
        _byRoute = new FakeStatusHandler();
        _byRoute.When(HttpMethod.Get, Shared.RoutePath).Respond("smtp", 530);
        _byRouteClient = _byRoute.ToHttpClient(Shared.BaseUri);
        _mockHttp = MockHttpContestant.Create();
        _mockHttpClient = _mockHttp.ToHttpClient();
        _mockHttpClient.BaseAddress = Shared.BaseUri;
        _flurl = new FlurlContestant();

        // Set synchronously here, so the AsyncLocal stays on the thread that runs the benchmark and flows into its tasks.
        _flurlTest = FlurlContestant.StartTest();
    }

    [GlobalCleanup]
    public void GlobalCleanup()
    {
        _flurlTest.Dispose();
        _flurl.Dispose();
        _mockHttpClient.Dispose();
        _mockHttp.Dispose();
        _byRouteClient.Dispose();
        _byRoute.Dispose();
        _byConventionClient.Dispose();
        _byConvention.Dispose();
        _floor.Dispose();
        _harnessFloorDated.Dispose();
        _requiredWork.Dispose();
        _harnessFloor.Dispose();
    }

    [Benchmark(Baseline = true, Description = "Harness floor (no Date)")]
    [BenchmarkCategory("LongLived")]
    public Task<string> HarnessFloor() => Shared.GetBodyAsync(_harnessFloor, Shared.ConventionPath);

    [Benchmark(Description = "Harness floor + Date")]
    [BenchmarkCategory("LongLived")]
    public Task<string> HarnessFloorDated() => Shared.GetBodyAsync(_harnessFloorDated, Shared.ConventionPath);

    [Benchmark(Description = "The defaults' least work, by hand")]
    [BenchmarkCategory("LongLived")]
    public Task<string> RequiredWork() => Shared.GetBodyAsync(_requiredWork, Shared.ConventionPath);

    [Benchmark(Description = "Floor (Date, Content-Length)")]
    [BenchmarkCategory("LongLived")]
    public Task<string> Floor() => Shared.GetBodyAsync(_floor, Shared.ConventionPath);

    [Benchmark(Description = "FakeStatus /smtp/530")]
    [BenchmarkCategory("LongLived")]
    public Task<string> FakeStatusByConvention() => Shared.GetBodyAsync(_byConventionClient, Shared.ConventionPath);

    [Benchmark(Description = "FakeStatus route")]
    [BenchmarkCategory("LongLived")]
    public Task<string> FakeStatusByRoute() => Shared.GetBodyAsync(_byRouteClient, Shared.RoutePath);

    [Benchmark(Description = "MockHttp 7.1.0")]
    [BenchmarkCategory("LongLived")]
    public Task<string> MockHttp() => Shared.GetBodyAsync(_mockHttpClient, Shared.RoutePath);

    [Benchmark(Description = "Flurl 4.0.2 HttpTest")]
    [BenchmarkCategory("LongLived")]
    public Task<string> Flurl() => _flurl.GetBodyAsync();

    [Benchmark(Baseline = true, Description = "Floor, fresh")]
    [BenchmarkCategory("Fresh")]
    public Task<string> FreshFloor() => FreshFloorOnce();

    [Benchmark(Description = "FakeStatus /smtp/530, fresh")]
    [BenchmarkCategory("Fresh")]
    public Task<string> FreshFakeStatusByConvention() => FreshFakeStatusOnce(withRoute: false);

    [Benchmark(Description = "FakeStatus route, fresh")]
    [BenchmarkCategory("Fresh")]
    public Task<string> FreshFakeStatusByRoute() => FreshFakeStatusOnce(withRoute: true);

    [Benchmark(Description = "MockHttp 7.1.0, fresh")]
    [BenchmarkCategory("Fresh")]
    public Task<string> FreshMockHttp() => FreshMockHttpOnce();

    [Benchmark(Description = "Flurl 4.0.2 HttpTest, fresh")]
    [BenchmarkCategory("Fresh")]
    public Task<string> FreshFlurl() => FreshFlurlOnce();

    [Benchmark(Baseline = true, OperationsPerInvoke = EightTasks.Operations, Description = "Harness floor (no Date), 8 tasks")]
    [BenchmarkCategory("LongLived8")]
    public Task<string> HarnessFloor8() => EightTasks.RunAsync(HarnessFloor);

    [Benchmark(OperationsPerInvoke = EightTasks.Operations, Description = "Harness floor + Date, 8 tasks")]
    [BenchmarkCategory("LongLived8")]
    public Task<string> HarnessFloorDated8() => EightTasks.RunAsync(HarnessFloorDated);

    [Benchmark(OperationsPerInvoke = EightTasks.Operations, Description = "Floor (Date, Content-Length), 8 tasks")]
    [BenchmarkCategory("LongLived8")]
    public Task<string> Floor8() => EightTasks.RunAsync(Floor);

    [Benchmark(OperationsPerInvoke = EightTasks.Operations, Description = "FakeStatus /smtp/530, 8 tasks")]
    [BenchmarkCategory("LongLived8")]
    public Task<string> FakeStatusByConvention8() => EightTasks.RunAsync(FakeStatusByConvention);

    [Benchmark(OperationsPerInvoke = EightTasks.Operations, Description = "FakeStatus route, 8 tasks")]
    [BenchmarkCategory("LongLived8")]
    public Task<string> FakeStatusByRoute8() => EightTasks.RunAsync(FakeStatusByRoute);

    [Benchmark(OperationsPerInvoke = EightTasks.Operations, Description = "MockHttp 7.1.0, 8 tasks")]
    [BenchmarkCategory("LongLived8")]
    public Task<string> MockHttp8() => EightTasks.RunAsync(MockHttp);

    [Benchmark(OperationsPerInvoke = EightTasks.Operations, Description = "Flurl 4.0.2 HttpTest, 8 tasks")]
    [BenchmarkCategory("LongLived8")]
    public Task<string> Flurl8() => EightTasks.RunAsync(Flurl);

    [Benchmark(Baseline = true, OperationsPerInvoke = EightTasks.Operations, Description = "Floor, fresh, 8 tasks")]
    [BenchmarkCategory("Fresh8")]
    public Task<string> FreshFloor8() => EightTasks.RunAsync(FreshFloorOnce);

    [Benchmark(OperationsPerInvoke = EightTasks.Operations, Description = "FakeStatus /smtp/530, fresh, 8 tasks")]
    [BenchmarkCategory("Fresh8")]
    public Task<string> FreshFakeStatusByConvention8() => EightTasks.RunAsync(() => FreshFakeStatusOnce(withRoute: false));

    [Benchmark(OperationsPerInvoke = EightTasks.Operations, Description = "FakeStatus route, fresh, 8 tasks")]
    [BenchmarkCategory("Fresh8")]
    public Task<string> FreshFakeStatusByRoute8() => EightTasks.RunAsync(() => FreshFakeStatusOnce(withRoute: true));

    [Benchmark(OperationsPerInvoke = EightTasks.Operations, Description = "MockHttp 7.1.0, fresh, 8 tasks")]
    [BenchmarkCategory("Fresh8")]
    public Task<string> FreshMockHttp8() => EightTasks.RunAsync(FreshMockHttpOnce);

    [Benchmark(OperationsPerInvoke = EightTasks.Operations, Description = "Flurl 4.0.2 HttpTest, fresh, 8 tasks")]
    [BenchmarkCategory("Fresh8")]
    public Task<string> FreshFlurl8() => EightTasks.RunAsync(FreshFlurlOnce);

    private static async Task<string> FreshFloorOnce()
    {
        using var client = new HttpClient(new FloorHandler()) { BaseAddress = Shared.BaseUri };
        return await Shared.GetBodyAsync(client, Shared.ConventionPath);
    }

    private static async Task<string> FreshFakeStatusOnce(bool withRoute)
    {
        using var handler = new FakeStatusHandler();
        if (withRoute)
        {
            handler.When(HttpMethod.Get, Shared.RoutePath).Respond("smtp", 530);
        }

        using HttpClient client = handler.ToHttpClient(Shared.BaseUri);
        return await Shared.GetBodyAsync(client, withRoute ? Shared.RoutePath : Shared.ConventionPath);
    }

    private static async Task<string> FreshMockHttpOnce()
    {
        using MockHttpMessageHandler handler = MockHttpContestant.Create();
        using HttpClient client = handler.ToHttpClient();
        client.BaseAddress = Shared.BaseUri;
        return await Shared.GetBodyAsync(client, Shared.RoutePath);
    }

    // The FlurlClient is shared: in a Flurl test the HttpTest is what is made per test, the client is the code under test's.
    private async Task<string> FreshFlurlOnce()
    {
        using HttpTest test = FlurlContestant.StartTest();
        return await _flurl.GetBodyAsync();
    }
}
