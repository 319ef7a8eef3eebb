using System;
using System.Collections.Generic;
using System.Linq;

namespace FakeStatus;

/// <summary>A query parameter a route requires: <c>name=value</c>, unescaped and ordinal.</summary>
internal sealed class QueryCriterion(string name, string value) : RouteCriterion
{
    public override string Expectation => "query " + name + "=" + Secrets.Show(name, value);

    public override bool Check(ref MatchInput input, List<string>? why)
    {
        // A loop rather than a lambda: this runs per request, and a capturing lambda allocates on every call.
        foreach (KeyValuePair<string, string> pair in input.Query)
        {
            if (string.Equals(pair.Key, name, StringComparison.Ordinal) && string.Equals(pair.Value, value, StringComparison.Ordinal))
            {
                return true;
            }
        }

        if (why is not null)
        {
            string[] got = input.Query.Where(p => string.Equals(p.Key, name, StringComparison.Ordinal)).Select(p => Secrets.Show(name, p.Value)).ToArray();
            why.Add(got.Length == 0 ? "the query has no '" + name + "'" : "got " + name + "=" + string.Join(", ", got));
        }

        return false;
    }
}
