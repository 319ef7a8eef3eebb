using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;

namespace FakeStatus;

/// <summary>
/// The routes of one route set, indexed as they are registered: literal paths in a dictionary (so 10,000 routes cost what
/// one does), templated paths in a <see cref="TemplateNode"/> tree. A registration adds to the index in O(1) amortised (per
/// segment), so registering between requests never rebuilds anything. One writer at a time adds, under the route set's lock;
/// requests read without a lock.
/// </summary>
/// <remarks>
/// Which route answers: the most specific path, segment by segment from the left (a literal beats <c>{name}</c> or a middle
/// <c>*</c>, which beat a last <c>*</c>), so a route with a literal path beats every templated one; among routes with equally
/// specific paths, the most recently registered, so a test can override a default from its setup.
/// </remarks>
internal sealed class RouteTable
{
    private readonly AppendOnlyList<FakeRoute> _routes = new();
    private LiteralIndex? _literal;
    private TemplateNode? _templated;
    private int _needsBody;

    /// <summary>Every route, in registration order: the ones registered when this is read.</summary>
    public IReadOnlyList<FakeRoute> Routes => _routes.Snapshot().AsReadOnlyList();

    public int Count => _routes.Count;

    public bool IsEmpty => _routes.Count == 0;

    /// <summary>Whether some route inspects the body, so it must be read before matching.</summary>
    public bool NeedsBody => Volatile.Read(ref _needsBody) != 0;

    /// <summary>Indexes <paramref name="route"/>; the caller holds the route set's lock.</summary>
    public void Add(FakeRoute route)
    {
        if (route.ParsedTemplate.IsLiteral)
        {
            LiteralIndex literal = _literal ?? Publish(ref _literal, new LiteralIndex());
            if (!literal.Routes.TryGetValue(route.ParsedTemplate.Path, out AppendOnlyList<FakeRoute>? bucket))
            {
                bucket = new AppendOnlyList<FakeRoute>();
                literal.Routes[route.ParsedTemplate.Path] = bucket;
            }

            bucket.Add(route);
        }
        else
        {
            (_templated ?? Publish(ref _templated, new TemplateNode())).Add(route);
        }

        if (route.NeedsBody)
        {
            Volatile.Write(ref _needsBody, 1);
        }

        // Last: a request that counts the route finds it indexed.
        _routes.Add(route);
    }

    public FakeRoute? Match(HttpRequestMessage request, Uri uri, RequestBody? body)
    {
        string? path = null;
        var input = new MatchInput(request, uri, body);
        if (Volatile.Read(ref _literal) is LiteralIndex literal)
        {
            AppendOnlyList<FakeRoute>? bucket;
#if NET9_0_OR_GREATER
            // A plain URI's path is looked up as a span of the original text: no path string per request.
            if (PlainUri.TrySplit(uri, out ReadOnlyMemory<char> plainPath, out _))
            {
                literal.BySpan.TryGetValue(RequestPath.Normalise(plainPath.Span), out bucket);
            }
            else
#endif
            {
                path = RequestPath.Of(uri);
                literal.Routes.TryGetValue(path, out bucket);
            }

            // A literal path is the most specific there is: no templated route can beat one that fits.
            if (bucket is not null && Latest(bucket, ref input) is FakeRoute found)
            {
                return found;
            }
        }

        if (Volatile.Read(ref _templated) is not TemplateNode templated)
        {
            return null;
        }

        return templated.Match(RequestPath.Segments(path ?? RequestPath.Of(uri)), 0, ref input);
    }

    private static FakeRoute? Latest(AppendOnlyList<FakeRoute> bucket, ref MatchInput input)
    {
        AppendOnlyList<FakeRoute>.View view = bucket.Snapshot();
        for (int i = view.Count - 1; i >= 0; i--)
        {
            if (view[i].MatchesRest(ref input))
            {
                return view[i];
            }
        }

        return null;
    }

    private static T Publish<T>(ref T? field, T value)
        where T : class
    {
        Volatile.Write(ref field, value);
        return value;
    }

    /// <summary>The literal routes by normalised path, and (on .NET 9 and later) the same map looked up by span.</summary>
    private sealed class LiteralIndex
    {
        public LiteralIndex()
        {
#if NET9_0_OR_GREATER
            BySpan = Routes.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
        }

        public ConcurrentDictionary<string, AppendOnlyList<FakeRoute>> Routes { get; } = new(StringComparer.Ordinal);

#if NET9_0_OR_GREATER
        public ConcurrentDictionary<string, AppendOnlyList<FakeRoute>>.AlternateLookup<ReadOnlySpan<char>> BySpan { get; }
#endif
    }
}
