using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;

namespace FakeStatus;

/// <summary>
/// The routes of one route set, indexed as they are registered: literal paths in a hash table (<see cref="LiteralRoutes"/>,
/// so 10,000 routes cost about what one does), templated paths in a <see cref="TemplateNode"/> tree. A registration adds to
/// the index in O(1) amortised (per segment), so registering between requests never rebuilds anything. One writer at a time adds, under the route set's lock;
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
    private LiteralRoutes? _literal;
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
        // First: a request that finds the route has read the body it needs.
        if (route.NeedsBody)
        {
            Volatile.Write(ref _needsBody, 1);
        }

        if (route.LiteralPath is string path)
        {
            // A path with one route holds the route itself: one indirection less per request, which shows at 10,000 paths.
            LiteralRoutes literal = _literal ?? Publish(ref _literal, new LiteralRoutes());
            object? entry = literal.Get(path);
            if (entry is null)
            {
                literal.Set(path, route);
            }
            else if (entry is AppendOnlyList<FakeRoute> bucket)
            {
                bucket.Add(route);
            }
            else
            {
                var both = new AppendOnlyList<FakeRoute>();
                both.Add((FakeRoute)entry);
                both.Add(route);
                literal.Set(path, both);
            }
        }
        else
        {
            (_templated ?? Publish(ref _templated, new TemplateNode())).Add(route);
        }

        // Last: a request that counts the route finds it indexed.
        _routes.Add(route);
    }

    public FakeRoute? Match(HttpRequestMessage request, Uri uri, RequestBody? body)
    {
        var input = new MatchInput(request, uri, body);
        if (Volatile.Read(ref _literal) is LiteralRoutes literal)
        {
            // A plain URI's path is looked up as a span of the original text: no path string per request.
            object? entry = PlainUri.TrySplit(uri, out ReadOnlyMemory<char> plainPath, out _)
                ? literal.Find(RequestPath.Normalise(plainPath.Span))
                : literal.Find(RequestPath.Of(uri).AsSpan());

            // A literal path is the most specific there is: no templated route can beat one that fits.
            FakeRoute? found = entry switch
            {
                FakeRoute single => single.MatchesRest(ref input) ? single : null,
                AppendOnlyList<FakeRoute> bucket => Latest(bucket, ref input),
                _ => null,
            };
            if (found is not null)
            {
                return found;
            }
        }

        if (Volatile.Read(ref _templated) is not TemplateNode templated)
        {
            return null;
        }

        return templated.Match(RequestPath.SegmentsOf(uri), 0, ref input);
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
}
