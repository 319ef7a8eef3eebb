using System.Collections.Generic;
using System.Linq;

namespace FakeStatus;

/// <summary>
/// Which statuses of a chosen set (e.g. <see cref="StatusCases.HttpServerErrors"/>) a handler answered with, made by
/// <see cref="FakeStatusHandler.Coverage(IEnumerable{StatusDefinition}, string?)"/>: as a Markdown table for people
/// (<see cref="ToMarkdown"/>), as JSON for tools (<see cref="ToJson"/>), and as a check (<see cref="VerifyAllTried"/>).
/// The same report as the OpenAPI package's, for statuses named without a document. A snapshot: later requests do not change it.
/// </summary>
public sealed class StatusCoverage
{
    private static readonly CoverageReport<StatusCoverageEntry> Report = new(
        "statuses",
        "statuses",
        e => e.CallCount,
        ("protocol", "protocol", e => e.Protocol),
        ("code", "code", e => e.Code),
        ("reason phrase", "reasonPhrase", e => e.ReasonPhrase),
        ("vendor", "vendor", e => e.Vendor),
        ("variant", "variant", e => e.Variant));

    internal StatusCoverage(string source, IReadOnlyList<StatusCoverageEntry> entries)
    {
        Source = source;
        Entries = entries;
        Tried = entries.Where(e => e.Tried).ToArray();
        Untried = entries.Where(e => !e.Tried).ToArray();
    }

    /// <summary>The name of the set, as given to <c>Coverage</c> (<c>catalog</c> when none was given).</summary>
    public string Source { get; }

    /// <summary>Every status of the set, in the set's order, each once.</summary>
    public IReadOnlyList<StatusCoverageEntry> Entries { get; }

    /// <summary>The statuses the handler answered with at least once.</summary>
    public IReadOnlyList<StatusCoverageEntry> Tried { get; }

    /// <summary>The statuses no response was given with.</summary>
    public IReadOnlyList<StatusCoverageEntry> Untried { get; }

    /// <summary>How many statuses were tried.</summary>
    public int TriedCount => Tried.Count;

    /// <summary>Asserts every status of the set was answered at least once.</summary>
    /// <exception cref="FakeStatusVerificationException">Some never were; the message lists them and how to reach each.</exception>
    public void VerifyAllTried()
    {
        if (Untried.Count > 0)
        {
            throw new FakeStatusVerificationException(CoverageMessage.Untried(this));
        }
    }

    /// <summary>A summary line and a Markdown table with one row per status; it reads as plain text too.</summary>
    /// <returns>The report, lines separated by <c>\n</c>.</returns>
    public string ToMarkdown() => Report.ToMarkdown(Source, Entries);

    /// <summary>
    /// The report as indented JSON: <c>{"source", "total", "tried", "statuses": [{"protocol", "code", "reasonPhrase", "vendor",
    /// "variant", "calls", "tried"}]}</c>, statuses in the set's order, so the file diffs cleanly between runs.
    /// </summary>
    /// <returns>The JSON text.</returns>
    public string ToJson() => Report.ToJson(Source, Entries);

    /// <summary>The Markdown report.</summary>
    public override string ToString() => ToMarkdown();
}
