using System.Net.Http;
using BenchmarkDotNet.Attributes;

namespace FakeStatus.Benchmarks.Tests;

/// <summary>
/// Runs every benchmark method once, with its class's setup and cleanup, so that none rots between benchmark runs.
/// Asserts only what each method answers, never how long it took.
/// </summary>
public sealed class BenchmarkSmokeTests
{
    private const string CanonicalBody = "{\"error\": \"server_error\", \"message\": \"Authentication Required\"}";

    private static IEnumerable<TestCaseData> Cases() =>
        BenchmarkCase.All().Select(c => new TestCaseData(c).SetArgDisplayNames(c.ToString()));

    [Test]
    public void All_BenchmarkAssembly_FindsEveryBenchmarkClass() =>
        BenchmarkCase.All().Select(c => c.Type.Name).Distinct().Should().Contain(
        [
            nameof(RequestBenchmarks), nameof(RouteScalingBenchmarks), nameof(ConcurrencyBenchmarks),
            nameof(ConstructionBenchmarks), nameof(CatalogLoadBenchmarks), nameof(HotPathBenchmarks),
        ]);

    [TestCaseSource(nameof(Cases))]
    public async Task Benchmark_InvokedOnce_GivesTheCanonicalAnswer(BenchmarkCase benchmark)
    {
        object instance = Activator.CreateInstance(benchmark.Type)!;
        foreach ((System.Reflection.PropertyInfo property, object? value) in benchmark.Parameters)
        {
            property.SetValue(instance, value);
        }

        BenchmarkCase.InvokeAll<GlobalSetupAttribute>(instance);
        try
        {
            object? result = benchmark.Method.Invoke(instance, null);
            if (result is Task task)
            {
                await task;
                result = task.GetType().GetProperty(nameof(Task<object>.Result))?.GetValue(task);
            }

            AssertSane(result);
        }
        finally
        {
            BenchmarkCase.InvokeAll<GlobalCleanupAttribute>(instance);
        }
    }

    private static void AssertSane(object? result)
    {
        switch (result)
        {
            case string body:
                body.Should().Be(CanonicalBody).And.HaveLength(63);
                break;
            case int status:
                status.Should().Be(530);
                break;
            case HttpMessageHandler handler:
                handler.Dispose();
                break;
            case StatusCatalog registry:
                registry.TryGet("smtp", 530, out StatusDefinition? definition).Should().BeTrue();
                definition!.ReasonPhrase.Should().Be("Authentication Required");
                break;
            default:
                Assert.Fail($"A benchmark returned {result?.GetType().Name ?? "null"}; the smoke test knows string bodies, status codes, handlers and registries.");
                break;
        }
    }
}
