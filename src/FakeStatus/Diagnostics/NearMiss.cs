using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Text;

namespace FakeStatus;

/// <summary>
/// Writes near-miss explanations: the routes nearest to a request (or the requests nearest to a route), each criterion marked
/// <c>[ok]</c> or <c>[x]</c> with what differed, and one line saying what to do next.
/// </summary>
internal static class NearMiss
{
    /// <summary>How many routes or requests an explanation shows in full.</summary>
    public const int Shown = 3;

    private const int MaxDifferences = 10;

    /// <summary>Appends the nearest of <paramref name="routes"/> to the request and returns the nearest, if any.</summary>
    public static RouteExplanation? AppendNearestRoutes(StringBuilder text, IReadOnlyCollection<FakeRoute> routes, HttpRequestMessage request, byte[]? body, string indent)
    {
        if (routes.Count == 0 || request.RequestUri is not { IsAbsoluteUri: true })
        {
            return null;
        }

        RequestBody? views = RequestBody.Of(request, body);
        List<RouteExplanation> ranked = RouteExplanation.Rank(routes.Select(r => RouteExplanation.Of(r, request, body, views)));
        text.Append('\n').Append(indent).Append("Nearest routes:");
        foreach (RouteExplanation explanation in ranked.Take(Shown))
        {
            text.Append('\n').Append(indent).Append("  ").Append(explanation.Route.Describe());
            AppendCriteria(text, explanation, indent + "    ");
        }

        AppendMore(text, ranked.Count, indent + "  ", "route(s)");
        return ranked[0];
    }

    /// <summary>Appends the recorded requests nearest to <paramref name="route"/>, each with the route's criteria checked against it.</summary>
    public static void AppendNearestRequests(StringBuilder text, FakeRoute route, IReadOnlyCollection<RecordedRequest> requests, string indent, int shown)
    {
        var replicas = requests.Select(RequestReplica.Create).Where(r => r is not null).Select(r => r!).ToList();
        try
        {
            List<RouteExplanation> ranked = RouteExplanation.Rank(replicas.Select(r => RouteExplanation.Of(route, r.Request, r.Body)));
            if (ranked.Count == 0)
            {
                return;
            }

            text.Append('\n').Append(indent).Append("Nearest requests to '").Append(route.Name).Append("':");
            foreach (RouteExplanation explanation in ranked.Take(shown))
            {
                RequestSummary.Append(text, explanation.Request, explanation.Body, indent + "  ", replicas.Find(r => ReferenceEquals(r.Request, explanation.Request))?.BodyLength);
                AppendCriteria(text, explanation, indent + "    ");
            }

            AppendMore(text, ranked.Count, indent + "  ", "request(s)", shown);
            if (ranked[0].FirstMiss is CriterionResult miss)
            {
                text.Append('\n').Append(indent).Append("Next step: fix the request or the route: the nearest request, ")
                    .Append(RequestSummary.Line(ranked[0].Request)).Append(", fails ").Append(Describe(miss)).Append('.');
            }
        }
        finally
        {
            foreach (RequestReplica replica in replicas)
            {
                replica.Dispose();
            }
        }
    }

    /// <summary>The closing line of an unmatched message: what to register, or what the nearest route expects instead.</summary>
    public static string NextStep(HttpRequestMessage request, RouteExplanation? nearest)
    {
        string target = request.Method.Method + " " + (request.RequestUri is { IsAbsoluteUri: true } uri ? uri.AbsolutePath : request.RequestUri?.ToString());
        return nearest?.FirstMiss is CriterionResult miss
            ? $"Next step: register a route for {target}, or fix the request: the nearest route, '{nearest.Route.Name}', expects {Describe(miss)}."
            : $"Next step: register a route for {target} with handler.When(...), or set FakeStatusOptions.Unmatched (Respond or PassThrough).";
    }

    public static void AppendCriteria(StringBuilder text, RouteExplanation explanation, string indent)
    {
        foreach (CriterionResult result in explanation.Results)
        {
            text.Append('\n').Append(indent).Append(result.Matched ? "[ok] " : "[x] ").Append(result.Expectation);
            if (result.Why.Count == 1)
            {
                text.Append(": ").Append(result.Why[0]);
            }
            else
            {
                foreach (string why in result.Why.Take(MaxDifferences))
                {
                    text.Append('\n').Append(indent).Append("    ").Append(why);
                }

                AppendMore(text, result.Why.Count, indent + "    ", "difference(s)", MaxDifferences);
            }
        }
    }

    private static string Describe(CriterionResult miss) =>
        miss.Expectation + (miss.Why.Count == 0 ? string.Empty : " (" + miss.Why[0] + (miss.Why.Count > 1 ? ", ..." : string.Empty) + ")");

    private static void AppendMore(StringBuilder text, int count, string indent, string what, int shown = Shown)
    {
        if (count > shown)
        {
            text.Append('\n').Append(indent).Append(string.Format(CultureInfo.InvariantCulture, "({0} more {1})", count - shown, what));
        }
    }
}
