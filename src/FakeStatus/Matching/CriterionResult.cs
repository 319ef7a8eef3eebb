using System.Collections.Generic;

namespace FakeStatus;

/// <summary>One criterion of a route checked against one request: what the route expects, and what differed when it did not fit.</summary>
internal sealed class CriterionResult(string expectation, bool matched, IReadOnlyList<string> why)
{
    public string Expectation { get; } = expectation;

    public bool Matched { get; } = matched;

    /// <summary>What differed (one line each); empty when <see cref="Matched"/>.</summary>
    public IReadOnlyList<string> Why { get; } = why;
}
