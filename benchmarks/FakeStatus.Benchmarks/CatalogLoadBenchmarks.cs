using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;

namespace FakeStatus.Benchmarks;

/// <summary>
/// The built-in catalog is read once per process, on the first request, so what matters is its cost in a fresh process: a
/// cold-start job launches a new process per measurement and times the first and only call, JIT included. Three levels, each
/// with the plain System.Text.Json way (one source-generated reader for every catalog, a key given twice refused) as baseline
/// beside the hand-written <see cref="EmbeddedCatalogReader"/> the built-in catalog uses today:
/// <list type="bullet">
/// <item><c>CatalogReader</c>: JSON to documents only.</item>
/// <item><c>CatalogLoad</c>: resources to a validated <see cref="StatusCatalog"/>.</item>
/// <item><c>FirstRequest</c>: a test's first request in a process: catalog, handler, one request.</item>
/// </list>
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
[SimpleJob(RunStrategy.ColdStart, launchCount: 10, warmupCount: 0, iterationCount: 1, id: "FreshProcess")]
public class CatalogLoadBenchmarks
{
    private IReadOnlyList<(string Resource, byte[] Utf8)> _files = null!;

    [GlobalSetup]
    public void GlobalSetup() => _files = EmbeddedCatalogBytes.Read();

    [Benchmark(Baseline = true, Description = "Source-generated, repeated keys refused")]
    [BenchmarkCategory("CatalogReader")]
    public int ReadSourceGenerated()
    {
        int definitions = 0;
        foreach ((_, byte[] utf8) in _files)
        {
            definitions += JsonSerializer.Deserialize(utf8, CatalogJsonContext.Default.CatalogDocument)!.Definitions!.Count;
        }

        return definitions;
    }

    [Benchmark(Description = "EmbeddedCatalogReader")]
    [BenchmarkCategory("CatalogReader")]
    public int ReadEmbeddedReader()
    {
        int definitions = 0;
        foreach ((_, byte[] utf8) in _files)
        {
            definitions += EmbeddedCatalogReader.TryRead(utf8)!.Definitions!.Count;
        }

        return definitions;
    }

    [Benchmark(Baseline = true, Description = "Load via source-generated + check")]
    [BenchmarkCategory("CatalogLoad")]
    public StatusCatalog LoadSourceGenerated() => LoadThroughSerializer();

    [Benchmark(Description = "Load via EmbeddedCatalogReader (today)")]
    [BenchmarkCategory("CatalogLoad")]
    public StatusCatalog LoadEmbedded() => CatalogLoader.LoadEmbedded();

    [Benchmark(Baseline = true, Description = "First request, source-generated")]
    [BenchmarkCategory("FirstRequest")]
    public Task<string> FirstRequestSourceGenerated() => FirstRequest(new FakeStatusOptions { Catalog = LoadThroughSerializer() });

    [Benchmark(Description = "First request, EmbeddedCatalogReader (today)")]
    [BenchmarkCategory("FirstRequest")]
    public Task<string> FirstRequestEmbedded() => FirstRequest(new FakeStatusOptions { Catalog = CatalogLoader.LoadEmbedded() });

    /// <summary>What the built-in catalog's load would be with the embedded reader deleted: the user-catalog path.</summary>
    private static StatusCatalog LoadThroughSerializer()
    {
        var definitions = new List<StatusDefinition>();
        foreach ((string resource, byte[] utf8) in EmbeddedCatalogBytes.Read())
        {
            definitions.AddRange(CatalogLoader.Parse(utf8, resource));
        }

        return new StatusCatalog(definitions);
    }

    private static async Task<string> FirstRequest(FakeStatusOptions options)
    {
        using var handler = new FakeStatusHandler(options);
        using HttpClient client = handler.ToHttpClient(Shared.BaseUri);
        return await Shared.GetBodyAsync(client, Shared.ConventionPath);
    }
}
