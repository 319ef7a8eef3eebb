using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;

namespace FakeStatus;

/// <summary>A header a route requires, request or content header, with one of its values equal (ordinal) when a value is given.</summary>
internal sealed class HeaderCriterion(string name, string? value) : RouteCriterion
{
    public override string Expectation => "header " + name + (value is null ? " present" : ": " + Secrets.Show(name, value));

    public override bool Check(ref MatchInput input, List<string>? why)
    {
        HttpRequestMessage request = input.Request;
        if (!request.Headers.TryGetValues(name, out IEnumerable<string>? values) &&
            (request.Content is null || !request.Content.Headers.TryGetValues(name, out values)))
        {
            why?.Add("the request has no " + name + " header");
            return false;
        }

        if (value is null)
        {
            return true;
        }

        foreach (string candidate in values)
        {
            if (string.Equals(candidate, value, StringComparison.Ordinal))
            {
                return true;
            }
        }

        why?.Add("got " + string.Join(", ", values.Select(v => Secrets.Show(name, v))));
        return false;
    }
}
