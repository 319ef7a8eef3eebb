using System.Net.Http;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace FakeStatus.Benchmarks;

/// <summary>
/// 8 tasks share one handler and one client on 2 cores, each sending <see cref="RequestsPerTask"/> requests. The time column
/// is per request, so throughput is its inverse: the target (FakeStatus at least 0.8x the floor's throughput) is a ratio of
/// at most 1.25. Each invocation builds a fresh handler, as a test would, so the request log stays one test's size.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
[BenchmarkCategory("Concurrent8")]
public class ConcurrencyBenchmarks
{
    public const int Tasks = 8;

    public const int RequestsPerTask = 128;

    private const int Operations = Tasks * RequestsPerTask;

    [Benchmark(Baseline = true, OperationsPerInvoke = Operations, Description = "Floor, 8 tasks")]
    public async Task<string> Floor()
    {
        using var client = new HttpClient(new FloorHandler()) { BaseAddress = Shared.BaseUri };
        return await SendConcurrently(client);
    }

    [Benchmark(OperationsPerInvoke = Operations, Description = "FakeStatus /smtp/530, 8 tasks")]
    public async Task<string> FakeStatusConvention()
    {
        using var handler = new FakeStatusHandler();
        using HttpClient client = handler.ToHttpClient(Shared.BaseUri);
        return await SendConcurrently(client);
    }

    /// <summary>Returns the canonical body when every request got it, otherwise the first body that differed.</summary>
    private static async Task<string> SendConcurrently(HttpClient client)
    {
        var tasks = new Task<string>[Tasks];
        for (int t = 0; t < Tasks; t++)
        {
            tasks[t] = Task.Run(() => SendMany(client));
        }

        string[] results = await Task.WhenAll(tasks);
        foreach (string result in results)
        {
            if (result != Shared.Body)
            {
                return result;
            }
        }

        return Shared.Body;
    }

    private static async Task<string> SendMany(HttpClient client)
    {
        for (int i = 0; i < RequestsPerTask; i++)
        {
            string body = await Shared.GetBodyAsync(client, Shared.ConventionPath);
            if (body != Shared.Body)
            {
                return body;
            }
        }

        return Shared.Body;
    }
}
