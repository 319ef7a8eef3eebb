using System;
using System.Collections.Generic;

namespace FakeStatus;

/// <summary>What the URL conventions made of a request: a status (or weighted choice) to answer, a malformed input, or nothing.</summary>
internal struct ConventionMatch
{
    public static readonly ConventionMatch NoMatch;

    private ConventionMatch(ConventionOutcome outcome) => Outcome = outcome;

    public ConventionOutcome Outcome { get; private init; }

    /// <summary>The single status to answer, when there is no choice to draw.</summary>
    public StatusEntry? Entry { get; private init; }

    /// <summary>Weighted choices (<c>/random/200,500</c>, <c>/status/200:0.9,500:0.1</c>), with running weight totals.</summary>
    public IReadOnlyList<(StatusEntry Entry, double Cumulative)>? Choices { get; private init; }

    public TimeSpan Delay { get; set; }

    public bool SuppressBody { get; set; }

    public BodyFormat Format { get; set; }

    public List<HeaderEntry>? ExtraHeaders { get; set; }

    /// <summary>The error style named by the URL (<c>/azure-storage/503</c>), or null.</summary>
    public ErrorStyle? Style { get; set; }

    public string? Problem { get; private init; }

    public static ConventionMatch Status(StatusEntry entry) => new(ConventionOutcome.Status) { Entry = entry };

    public static ConventionMatch Choice(IReadOnlyList<(StatusEntry Entry, double Cumulative)> choices) =>
        new(ConventionOutcome.Status) { Choices = choices };

    public static ConventionMatch Malformed(string problem) => new(ConventionOutcome.Malformed) { Problem = problem };
}

/// <summary>The three outcomes of <see cref="UrlConventions.Match"/>.</summary>
internal enum ConventionOutcome
{
    NoMatch = 0,
    Status = 1,
    Malformed = 2,
}

/// <summary>The body a convention answer carries, chosen by the request's <c>Accept</c> header.</summary>
internal enum BodyFormat
{
    Json = 0,
    Text = 1,
    Problem = 2,
}
