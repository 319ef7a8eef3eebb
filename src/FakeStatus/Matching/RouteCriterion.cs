using System.Collections.Generic;

namespace FakeStatus;

/// <summary>
/// One thing a route requires of a request (its method, a query value, a JSON body...). The same <see cref="Check"/> decides
/// a match and explains a near miss, so the explanation cannot disagree with the matcher.
/// </summary>
internal abstract class RouteCriterion
{
    /// <summary>What the route expects, for messages: <c>method POST</c>, <c>query page=2</c>.</summary>
    public abstract string Expectation { get; }

    /// <summary>Whether the request fits. With <paramref name="why"/> (only when explaining), adds what differed.</summary>
    public abstract bool Check(ref MatchInput input, List<string>? why);
}
