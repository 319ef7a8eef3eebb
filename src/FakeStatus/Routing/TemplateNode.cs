using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;

namespace FakeStatus;

/// <summary>
/// A tree of templated routes by path segment, so a request visits only the routes its path can fit. Searched depth first,
/// a literal child before the one-segment child (<c>{name}</c> or a middle <c>*</c>) before the routes ending in <c>*</c>
/// here: the first route found that fits is then the most specific (ASP.NET Core's precedence, segment by segment from the
/// left), and within one node the most recently registered is tried first. One writer at a time adds under the route set's
/// lock; readers search without one.
/// </summary>
internal sealed class TemplateNode
{
    private ConcurrentDictionary<string, TemplateNode>? _literals;
    private TemplateNode? _oneSegment;

    // Routes whose template ends at this node, and routes whose last segment '*' stands at this node's depth.
    private AppendOnlyList<FakeRoute>? _ends;
    private AppendOnlyList<FakeRoute>? _rest;

    /// <summary>Files <paramref name="route"/> under its segments; the caller holds the route set's lock.</summary>
    public void Add(FakeRoute route)
    {
        IReadOnlyList<RouteTemplate.Segment> segments = route.ParsedTemplate.Segments;
        TemplateNode node = this;
        for (int i = 0; i < segments.Count; i++)
        {
            RouteTemplate.Segment segment = segments[i];
            if (segment.Kind == RouteTemplate.SegmentKind.Wildcard && i == segments.Count - 1)
            {
                Publish(ref node._rest).Add(route);
                return;
            }

            if (segment.Kind == RouteTemplate.SegmentKind.Literal)
            {
                ConcurrentDictionary<string, TemplateNode> literals = Publish(ref node._literals);
                if (!literals.TryGetValue(segment.Text, out TemplateNode? child))
                {
                    child = new TemplateNode();
                    literals[segment.Text] = child;
                }

                node = child;
            }
            else
            {
                node = Publish(ref node._oneSegment);
            }
        }

        Publish(ref node._ends).Add(route);
    }

    /// <summary>The most specific route that fits, the most recently registered among equals; null when none does.</summary>
    public FakeRoute? Match(string[] segments, int depth, ref MatchInput input)
    {
        if (depth == segments.Length)
        {
            if (Latest(Volatile.Read(ref _ends), segments, ref input) is FakeRoute ending)
            {
                return ending;
            }
        }
        else
        {
            if (Volatile.Read(ref _literals) is { } literals && literals.TryGetValue(segments[depth], out TemplateNode? child)
                && child.Match(segments, depth + 1, ref input) is FakeRoute literal)
            {
                return literal;
            }

            if (Volatile.Read(ref _oneSegment) is { } any && any.Match(segments, depth + 1, ref input) is FakeRoute parameter)
            {
                return parameter;
            }
        }

        return Latest(Volatile.Read(ref _rest), segments, ref input);
    }

    private static FakeRoute? Latest(AppendOnlyList<FakeRoute>? routes, string[] segments, ref MatchInput input)
    {
        if (routes is null)
        {
            return null;
        }

        AppendOnlyList<FakeRoute>.View view = routes.Snapshot();
        for (int i = view.Count - 1; i >= 0; i--)
        {
            // The tree has matched the segments' kinds; the template still refuses an empty segment for {name}.
            FakeRoute route = view[i];
            if (route.ParsedTemplate.MatchesPath(segments) && route.MatchesRest(ref input))
            {
                return route;
            }
        }

        return null;
    }

    private static T Publish<T>(ref T? field)
        where T : class, new()
    {
        T? value = field;
        if (value is null)
        {
            value = new T();
            Volatile.Write(ref field, value);
        }

        return value;
    }
}
