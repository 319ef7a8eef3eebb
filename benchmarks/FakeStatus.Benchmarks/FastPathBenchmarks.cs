using System;
using System.Collections.Generic;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace FakeStatus.Benchmarks;

/// <summary>
/// Each hand-written fast path in the request path beside the plain BCL call it replaces, warm, one category each with the
/// BCL call as baseline. Both sides of a category return the same value (the smoke test checks it), so they do the same work.
/// A request brings a fresh <see cref="Uri"/>, and <see cref="Uri"/> caches its parts, so the URI benchmarks build one per
/// operation on both sides: the ratio includes that shared cost, the difference in nanoseconds is the saving.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class FastPathBenchmarks
{
    public const string Url = Shared.BaseAddress + "/smtp/530?variant=x";

    private readonly Dictionary<string, int> _routes = new(StringComparer.Ordinal);
    private Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _routesBySpan;

    [GlobalSetup]
    public void GlobalSetup()
    {
        // What RouteTable holds: literal paths, here ten of them, the measured one among them.
        for (int i = 0; i < 9; i++)
        {
            _routes.Add("/r/" + i.ToString(CultureInfo.InvariantCulture), i);
        }

        _routes.Add(Shared.RoutePath, 530);
        _routesBySpan = _routes.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    [Benchmark(Baseline = true, Description = "uri.AbsolutePath + uri.Query")]
    [BenchmarkCategory("PlainUri")]
    public int UriProperties()
    {
        var uri = new Uri(Url);
        return (uri.AbsolutePath.Length * 1000) + uri.Query.Length;
    }

    [Benchmark(Description = "PlainUri.TrySplit")]
    [BenchmarkCategory("PlainUri")]
    public int PlainUriSplit()
    {
        var uri = new Uri(Url);
        return PlainUri.TrySplit(uri, out ReadOnlyMemory<char> path, out ReadOnlyMemory<char> query)
            ? (path.Length * 1000) + query.Length
            : -1;
    }

    [Benchmark(Baseline = true, Description = "RequestPath.Of + string lookup")]
    [BenchmarkCategory("RouteLookup")]
    public int StringLookup()
    {
        var uri = new Uri(Shared.BaseAddress + Shared.RoutePath);
        return _routes.TryGetValue(RequestPath.Of(uri), out int value) ? value : -1;
    }

    [Benchmark(Description = "PlainUri + span lookup (.NET 9+)")]
    [BenchmarkCategory("RouteLookup")]
    public int SpanLookup()
    {
        var uri = new Uri(Shared.BaseAddress + Shared.RoutePath);
        return PlainUri.TrySplit(uri, out ReadOnlyMemory<char> path, out _)
            && _routesBySpan.TryGetValue(RequestPath.Normalise(path.Span), out int value) ? value : -1;
    }
}
