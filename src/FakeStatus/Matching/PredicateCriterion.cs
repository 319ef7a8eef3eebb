using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;

namespace FakeStatus;

/// <summary>A predicate given to <c>ForRequest</c> or <c>ForBody</c>; numbered in registration order for messages.</summary>
internal sealed class PredicateCriterion : RouteCriterion
{
    private readonly Func<HttpRequestMessage, bool>? _request;
    private readonly Func<string, bool>? _body;

    public PredicateCriterion(int number, Func<HttpRequestMessage, bool> predicate)
    {
        _request = predicate;
        Expectation = "predicate " + number.ToString(CultureInfo.InvariantCulture) + " (ForRequest)";
    }

    public PredicateCriterion(int number, Func<string, bool> predicate)
    {
        _body = predicate;
        Expectation = "predicate " + number.ToString(CultureInfo.InvariantCulture) + " (ForBody)";
    }

    public override string Expectation { get; }

    public bool ReadsBody => _body is not null;

    public override bool Check(ref MatchInput input, List<string>? why)
    {
        bool fits = _request is not null ? _request(input.Request) : _body!(input.Body?.Text ?? string.Empty);
        if (!fits)
        {
            why?.Add("returned false");
        }

        return fits;
    }
}
