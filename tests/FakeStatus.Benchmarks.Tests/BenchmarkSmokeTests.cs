using System.Net.Http;

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

    /// <summary>
    /// Categories whose methods return a number: a fast path and the BCL call it replaces, or a gRPC reply through FakeStatus
    /// and through the hand-written floor, which must agree.
    /// </summary>
    private static IEnumerable<TestCaseData> NumericCategories() =>
        BenchmarkCase.All()
            .Where(c => c.Method.ReturnType == typeof(int))
            .GroupBy(c => c.Type.Name + "." + string.Join(",", c.Categories))
            .Select(g => new TestCaseData((object)g.ToArray()).SetArgDisplayNames(g.Key));

    [Test]
    public void All_BenchmarkAssembly_FindsEveryBenchmarkClass() =>
        BenchmarkCase.All().Select(c => c.Type.Name).Distinct().Should().BeEquivalentTo(
        [
            nameof(RequestBenchmarks), nameof(RouteScalingBenchmarks), nameof(ConstructionBenchmarks),
            nameof(CatalogLoadBenchmarks), nameof(FastPathBenchmarks), nameof(FastPathRequestBenchmarks), nameof(GrpcBenchmarks),
        ]);

    [TestCaseSource(nameof(Cases))]
    public async Task Benchmark_InvokedOnce_GivesTheCanonicalAnswer(BenchmarkCase benchmark)
    {
        object? result = await benchmark.RunOnceAsync();

        switch (result)
        {
            case string body:
                body.Should().Be(CanonicalBody).And.HaveLength(63);
                break;
            case int value:
                value.Should().BePositive("a fast-path benchmark returns -1 when its fast path declined");
                break;
            case HttpMessageHandler handler:
                handler.Dispose();
                break;
            case StatusCatalog catalog:
                catalog.TryGet("smtp", 530, out StatusDefinition? definition).Should().BeTrue();
                definition!.ReasonPhrase.Should().Be("Authentication Required");
                break;
            default:
                Assert.Fail($"A benchmark returned {result?.GetType().Name ?? "null"}; the smoke test knows bodies, numbers, handlers and catalogs.");
                break;
        }
    }

    [TestCaseSource(nameof(NumericCategories))]
    public async Task Benchmark_FastPathAndBclCall_ReturnTheSameValue(BenchmarkCase[] category)
    {
        var results = new List<object?>();
        foreach (BenchmarkCase benchmark in category)
        {
            results.Add(await benchmark.RunOnceAsync());
        }

        category.Should().HaveCountGreaterThan(1, "each fast path is measured beside the call it replaces");
        results.Distinct().Should().ContainSingle("both sides of a comparison must compute the same thing");
    }
}
