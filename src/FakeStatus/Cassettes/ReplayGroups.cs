using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;

namespace FakeStatus;

/// <summary>
/// Turns recorded exchanges (cassette interactions, HAR entries) into routes: one per (method, URL, recorded body), each
/// answering its recordings in recorded order. Recordings without a body are registered first, so a route that also
/// matches the body answers before them (the most recently registered match wins).
/// </summary>
internal static class ReplayGroups
{
    public static List<FakeRoute> Register<T>(
        FakeStatusHandler handler,
        IReadOnlyList<T> recorded,
        Func<T, ReplayKey> keyOf,
        Func<Uri, string> urlOf,
        Func<RouteBuilder, T[], FakeRoute> respond)
    {
        var keys = recorded.Select(keyOf).ToArray();
        var groups = Enumerable.Range(0, recorded.Count)
            .GroupBy(i => (keys[i].Method, keys[i].Url, Body: keys[i].Body?.Key))
            .OrderBy(g => g.Key.Body is null ? 0 : 1)
            .ToArray();
        var bodiesPerUrl = new Dictionary<(string, string), int>();
        var routes = new List<FakeRoute>();
        foreach (IGrouping<(string Method, string Url, string? Body), int> group in groups)
        {
            (string method, string url, _) = group.Key;
            RequestBodyMatch? body = keys[group.First()].Body;
            string name = method + " " + url;
            if (body is not null)
            {
                int n = bodiesPerUrl.TryGetValue((method, url), out int before) ? before + 1 : 1;
                bodiesPerUrl[(method, url)] = n;
                name += string.Format(CultureInfo.InvariantCulture, " (body {0})", n);
            }

            // A predicate on the whole URL, not a template: recorded paths may hold characters templates give meaning to.
            RouteBuilder route = handler.When(new HttpMethod(method), "*")
                .ForCriterion(new RecordedRequestCriterion(url, urlOf, body))
                .Named(name);
            routes.Add(respond(route, group.Select(i => recorded[i]).ToArray()));
        }

        return routes;
    }
}

/// <summary>What a replayed request must match: the method, the URL as recorded, and the recorded body when there was one.</summary>
internal readonly record struct ReplayKey(string Method, string Url, RequestBodyMatch? Body);
