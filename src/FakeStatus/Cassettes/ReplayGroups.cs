using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;

namespace FakeStatus;

/// <summary>
/// Turns recorded exchanges (cassette interactions, HAR entries) into routes: one per (method, URL, recorded body), each
/// answering its recordings in recorded order. Recordings without a body are registered first, so a route that also
/// matches the body answers before them (among routes on one path, the most recently registered match wins).
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

            // The whole URL is matched by the criterion; the template only files the route in the handler's route table, by its
            // literal path where it has one, so a replayed request is found as fast as a hand-registered one and ranks as
            // specifically (a later replay overrides an earlier route on the same path).
            RouteBuilder route = handler.When(new HttpMethod(method), PathTemplate(url))
                .ForCriterion(new RecordedRequestCriterion(url, urlOf, body))
                .Named(name);
            routes.Add(respond(route, group.Select(i => recorded[i]).ToArray()));
        }

        return routes;
    }

    /// <summary>
    /// The URL as a client sends it, the one form recordings and requests are compared in: escaped, the host in lower case,
    /// no default port, and no fragment, which a client never sends (a request's <c>RequestUri</c> may still carry one).
    /// </summary>
    internal static string SentUrl(Uri uri)
    {
        string url = uri.AbsoluteUri;
        int hash = url.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? url : url.Substring(0, hash);
    }

    /// <summary>
    /// The recorded URL's path as a literal template, or <c>*</c> when the path holds what a template gives meaning to
    /// (<c>{</c>, <c>}</c>, <c>*</c>) or escapes (<c>%2F</c>), which the whole-URL criterion still matches exactly.
    /// </summary>
    private static string PathTemplate(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out Uri? uri))
        {
            return "*";
        }

        string path = uri.AbsolutePath;
        foreach (char c in path)
        {
            bool plain = c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '/' or '-' or '.' or '_' or '~';
            if (!plain)
            {
                return "*";
            }
        }

        return path;
    }
}

/// <summary>What a replayed request must match: the method, the URL as recorded, and the recorded body when there was one.</summary>
internal readonly record struct ReplayKey(string Method, string Url, RequestBodyMatch? Body);
