using System;
using System.Collections.Generic;
using System.Linq;

namespace FakeStatus;

/// <summary>
/// A replayed request must be the recorded one: the whole URL (secret query values masked on both sides) and the recorded
/// body when there was one. A near miss names what differed: the path, the query value, or where in the body.
/// </summary>
internal sealed class RecordedRequestCriterion(string url, Func<Uri, string> urlOf, RequestBodyMatch? body) : RouteCriterion
{
    public override string Expectation => body is null ? "the recorded URL" : "the recorded URL and body";

    public override bool Check(ref MatchInput input, List<string>? why)
    {
        string got = urlOf(input.Request.RequestUri ?? input.Uri);
        if (!string.Equals(got, url, StringComparison.Ordinal))
        {
            why?.Add(UrlDifference(got));
            return false;
        }

        if (body is not null && !body.Matches(input.Request))
        {
            why?.Add(body.Difference(input.Request));
            return false;
        }

        return true;
    }

    private string UrlDifference(string got)
    {
        int recordedQuery = url.IndexOf('?', StringComparison.Ordinal);
        int sentQuery = got.IndexOf('?', StringComparison.Ordinal);
        string recordedBase = recordedQuery < 0 ? url : url.Substring(0, recordedQuery);
        string sentBase = sentQuery < 0 ? got : got.Substring(0, sentQuery);
        if (!string.Equals(recordedBase, sentBase, StringComparison.Ordinal))
        {
            return "recorded " + recordedBase + ", got " + sentBase;
        }

        List<KeyValuePair<string, string>> recorded = QueryString.Parse(recordedQuery < 0 ? string.Empty : url.Substring(recordedQuery));
        List<KeyValuePair<string, string>> sent = QueryString.Parse(sentQuery < 0 ? string.Empty : got.Substring(sentQuery));
        var differences = new List<string>();
        foreach (IGrouping<string, string> name in recorded.GroupBy(p => p.Key, p => p.Value, StringComparer.Ordinal))
        {
            string[] values = sent.Where(p => string.Equals(p.Key, name.Key, StringComparison.Ordinal)).Select(p => p.Value).ToArray();
            if (!values.SequenceEqual(name, StringComparer.Ordinal))
            {
                differences.Add($"query {name.Key}: recorded {Show(name.Key, name)}, got {(values.Length == 0 ? "none" : Show(name.Key, values))}");
            }
        }

        foreach (string extra in sent.Select(p => p.Key).Distinct(StringComparer.Ordinal).Where(n => !recorded.Any(p => string.Equals(p.Key, n, StringComparison.Ordinal))))
        {
            differences.Add($"query {extra}: not recorded, got {Show(extra, sent.Where(p => string.Equals(p.Key, extra, StringComparison.Ordinal)).Select(p => p.Value))}");
        }

        return differences.Count > 0 ? string.Join("; ", differences) : "recorded " + url + ", got " + got;
    }

    private static string Show(string name, IEnumerable<string> values) => string.Join(", ", values.Select(v => Secrets.Show(name, v)));
}
