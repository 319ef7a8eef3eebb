using System;
using System.Collections.Generic;
using System.Net.Http;

namespace FakeStatus;

/// <summary>
/// An immutable snapshot of the routes, built once after registration changes: literal paths in a dictionary (so 10,000
/// routes cost what one does), templates in registration order. The most recently registered matching route wins, so a test can override
/// a default registered in its setup.
/// </summary>
internal sealed class RouteTable
{
    public static readonly RouteTable Empty = new([]);

    private readonly Dictionary<string, FakeRoute[]> _literal = new(StringComparer.Ordinal);
    private readonly FakeRoute[] _templated;
#if NET9_0_OR_GREATER
    private readonly Dictionary<string, FakeRoute[]>.AlternateLookup<ReadOnlySpan<char>> _literalBySpan;
#endif

    public RouteTable(IReadOnlyList<FakeRoute> routes)
    {
        Routes = routes;
        var literal = new Dictionary<string, List<FakeRoute>>(StringComparer.Ordinal);
        var templated = new List<FakeRoute>();
        foreach (FakeRoute route in routes)
        {
            if (route.ParsedTemplate.IsLiteral)
            {
                if (!literal.TryGetValue(route.ParsedTemplate.Path, out List<FakeRoute>? bucket))
                {
                    literal[route.ParsedTemplate.Path] = bucket = [];
                }

                bucket.Add(route);
            }
            else
            {
                templated.Add(route);
            }

            NeedsBody |= route.NeedsBody;
        }

        foreach (KeyValuePair<string, List<FakeRoute>> pair in literal)
        {
            _literal.Add(pair.Key, pair.Value.ToArray());
        }

        _templated = templated.ToArray();
#if NET9_0_OR_GREATER
        _literalBySpan = _literal.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
    }

    public IReadOnlyList<FakeRoute> Routes { get; }

    public bool IsEmpty => Routes.Count == 0;

    /// <summary>Whether some route inspects the body, so it must be read before matching.</summary>
    public bool NeedsBody { get; }

    public FakeRoute? Match(HttpRequestMessage request, Uri uri, RequestBody? body)
    {
        string? path = null;
        var input = new MatchInput(request, uri, body);
        FakeRoute? best = null;
        FakeRoute[]? bucket;
#if NET9_0_OR_GREATER
        // A plain URI's path is looked up as a span of the original text: no path string per request.
        if (PlainUri.TrySplit(uri, out ReadOnlyMemory<char> plainPath, out _))
        {
            _literalBySpan.TryGetValue(RequestPath.Normalise(plainPath.Span), out bucket);
        }
        else
#endif
        {
            path = RequestPath.Of(uri);
            _literal.TryGetValue(path, out bucket);
        }

        if (bucket is not null)
        {
            for (int i = bucket.Length - 1; i >= 0; i--)
            {
                if (bucket[i].MatchesRest(ref input))
                {
                    best = bucket[i];
                    break;
                }
            }
        }

        if (_templated.Length > 0)
        {
            string[] segments = RequestPath.Segments(path ?? RequestPath.Of(uri));
            for (int i = _templated.Length - 1; i >= 0; i--)
            {
                FakeRoute route = _templated[i];
                if (best is not null && route.Order < best.Order)
                {
                    break;
                }

                if (route.ParsedTemplate.MatchesPath(segments) && route.MatchesRest(ref input))
                {
                    best = route;
                    break;
                }
            }
        }

        return best;
    }
}
