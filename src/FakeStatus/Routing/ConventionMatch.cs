using System;

namespace FakeStatus;

/// <summary>What the URL conventions made of a request: a status to answer, a malformed input to report, or nothing.</summary>
internal readonly struct ConventionMatch
{
    private ConventionMatch(ConventionOutcome outcome, StatusEntry? entry, TimeSpan delay, string? problem)
    {
        Outcome = outcome;
        Entry = entry;
        Delay = delay;
        Problem = problem;
    }

    public ConventionOutcome Outcome { get; }

    public StatusEntry? Entry { get; }

    public TimeSpan Delay { get; }

    public string? Problem { get; }

    public static ConventionMatch NoMatch => default;

    public static ConventionMatch Status(StatusEntry entry, TimeSpan delay) => new(ConventionOutcome.Status, entry, delay, null);

    public static ConventionMatch Malformed(string problem) => new(ConventionOutcome.Malformed, null, TimeSpan.Zero, problem);
}

/// <summary>The three outcomes of <see cref="UrlConventions.Match"/>.</summary>
internal enum ConventionOutcome
{
    NoMatch = 0,
    Status = 1,
    Malformed = 2,
}
