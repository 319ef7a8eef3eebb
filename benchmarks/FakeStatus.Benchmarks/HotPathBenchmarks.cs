using System;
using System.Net.Http;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace FakeStatus.Benchmarks;

/// <summary>
/// The pieces of FakeStatus's request path, timed alone, to show where the time above the floor goes. Each returns 530 so
/// the smoke test can check it did the real work. Not part of the targets: read alongside <see cref="RequestBenchmarks"/>.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
[BenchmarkCategory("HotPath")]
public class HotPathBenchmarks
{
    private readonly Uri _uri = new(Shared.BaseAddress + Shared.ConventionPath);
    private readonly HttpRequestMessage _request = new(HttpMethod.Get, Shared.BaseAddress + Shared.ConventionPath);
    private readonly StatusCatalog _registry = StatusCatalog.Default;
    private ResponseTemplate _template = null!;
    private RecordedRequest? _record;

    [GlobalSetup]
    public void GlobalSetup() => _template = StatusCatalog.Default.FindTable("smtp")!.FindOrUnknown(530).Template;

    [GlobalCleanup]
    public void GlobalCleanup() => _request.Dispose();

    [Benchmark(Baseline = true, Description = "FloorHandler.Respond (build the message)")]
    public int FloorRespond()
    {
        using HttpResponseMessage response = FloorHandler.Respond(_request, "Wed, 25 Feb 2026 12:00:00 GMT");
        return (int)response.StatusCode;
    }

    [Benchmark(Description = "ResponseTemplate.Create (build the message)")]
    public int TemplateCreate()
    {
        using HttpResponseMessage response = _template.Create(_request, TimeProvider.System.GetUtcNow());
        return (int)response.StatusCode;
    }

    [Benchmark(Description = "UrlConventions.Match(/smtp/530)")]
    public int ConventionMatch() => UrlConventions.Match(_uri, _registry).Entry!.Definition.Code;

    [Benchmark(Description = "TimeProvider.System.GetUtcNow()")]
    public int Clock() => TimeProvider.System.GetUtcNow().Year > 2000 ? 530 : 0;

    // Kept in a field, as the handler's log keeps it, so the JIT cannot put it on the stack.
    [Benchmark(Description = "new RecordedRequest(...)")]
    public int Record()
    {
        var exchange = new Exchange(_request, default);
        exchange.Complete(RequestOutcome.Answered, 530, "convention");
        _record = new RecordedRequest(exchange, default);
        return _record.StatusCode!.Value;
    }
}
