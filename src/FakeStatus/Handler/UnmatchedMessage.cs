using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text;

namespace FakeStatus;

/// <summary>Writes the message of <see cref="UnmatchedRequestException"/>: the request, the nearest routes, and what is accepted.</summary>
internal static class UnmatchedMessage
{
    private static readonly string[] NotableHeaders = ["Accept", "Content-Type", "Authorization", "X-HttpStatus-Sleep"];

    public static string Build(HttpRequestMessage request, string why, IReadOnlyList<FakeRoute> routes, bool conventions, string? scopeNote)
    {
        var text = new StringBuilder();
        text.Append("FakeStatusHandler cannot answer ").Append(request.Method).Append(' ').Append(request.RequestUri).Append(": ").Append(why).Append('.');
        foreach (string name in NotableHeaders)
        {
            if (request.Headers.TryGetValues(name, out IEnumerable<string>? values) ||
                (request.Content is not null && request.Content.Headers.TryGetValues(name, out values)))
            {
                string shown = name == "Authorization" ? "(present)" : string.Join(", ", values);
                text.Append("\n  request header ").Append(name).Append(": ").Append(shown);
            }
        }

        if (routes.Count > 0)
        {
            string target = request.Method.Method + " " + request.RequestUri?.AbsolutePath;
            text.Append("\nNearest registered routes:");
            foreach (FakeRoute route in routes.OrderBy(r => Distance(target, (r.Method?.Method ?? request.Method.Method) + " " + r.Template)).ThenBy(r => r.Order).Take(3))
            {
                text.Append("\n  ").Append(route);
            }

            if (routes.Count > 3)
            {
                text.Append("\n  (").Append(routes.Count - 3).Append(" more)");
            }
        }

        if (scopeNote is not null)
        {
            text.Append('\n').Append(scopeNote);
        }

        if (conventions)
        {
            text.Append("\nURL conventions accept: ").Append(UrlConventions.AcceptedForms).Append('.');
        }

        text.Append("\nTo answer it, register a route with handler.When(...), or set FakeStatusOptions.Unmatched (Respond or PassThrough).");
        return text.ToString();
    }

    /// <summary>Levenshtein distance, bounded to the short strings of method plus path.</summary>
    private static int Distance(string a, string b)
    {
        if (a.Length > 256 || b.Length > 256)
        {
            return Math.Abs(a.Length - b.Length) + 256;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
