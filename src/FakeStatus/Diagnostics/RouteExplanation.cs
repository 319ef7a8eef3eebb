using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;

namespace FakeStatus;

/// <summary>One route checked against one request, criterion by criterion, with what ranks it among the near misses.</summary>
internal sealed class RouteExplanation
{
    private RouteExplanation(FakeRoute route, HttpRequestMessage request, byte[]? body, IReadOnlyList<CriterionResult> results, int pathDistance)
    {
        Route = route;
        Request = request;
        Body = body;
        Results = results;
        Matched = results.Count(r => r.Matched);
        PathDistance = pathDistance;
    }

    public FakeRoute Route { get; }

    public HttpRequestMessage Request { get; }

    public byte[]? Body { get; }

    public IReadOnlyList<CriterionResult> Results { get; }

    /// <summary>How many criteria the request met: the first ranking key.</summary>
    public int Matched { get; }

    /// <summary>The edit distance from the request path to the template path: the second ranking key.</summary>
    public int PathDistance { get; }

    public bool IsMatch => Matched == Results.Count;

    /// <summary>The first criterion the request failed, which the next-step line names.</summary>
    public CriterionResult? FirstMiss => Results.FirstOrDefault(r => !r.Matched);

    public static RouteExplanation Of(FakeRoute route, HttpRequestMessage request, byte[]? body) => Of(route, request, body, RequestBody.Of(request, body));

    /// <summary>The explanation, with the body's decoded views shared by every route explained for one request: a large body is decoded once.</summary>
    public static RouteExplanation Of(FakeRoute route, HttpRequestMessage request, byte[]? body, RequestBody? views)
    {
        Uri uri = request.RequestUri!;
        IReadOnlyList<CriterionResult> results = route.Explain(request, uri, views);
        return new RouteExplanation(route, request, body, results, EditDistance.Between(RequestPath.Of(uri), route.ParsedTemplate.Path));
    }

    /// <summary>Most criteria met first, then the closest path, then the earliest registered.</summary>
    public static List<RouteExplanation> Rank(IEnumerable<RouteExplanation> explanations) =>
        explanations.OrderByDescending(e => e.Matched).ThenBy(e => e.PathDistance).ThenBy(e => e.Route.Order).ToList();
}
