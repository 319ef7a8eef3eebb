using System.Collections.Generic;
using System.Linq;

namespace FakeStatus.OpenApi;

/// <summary>
/// Which documented (operation, status) pairs a test run tried: as a Markdown table for people (<see cref="ToMarkdown"/>) and
/// as JSON for tools (<see cref="ToJson"/>).
/// </summary>
public sealed class OpenApiCoverage
{
    private static readonly CoverageReport<OpenApiCoverageEntry> Report = new(
        "documented (operation, status) pairs",
        "pairs",
        e => e.CallCount,
        ("operation", "operationId", e => e.OperationId),
        ("method", "method", e => e.Method),
        ("path", "path", e => e.Path),
        ("status", "status", e => e.StatusCode));

    internal OpenApiCoverage(string source, IReadOnlyList<OpenApiCoverageEntry> entries)
    {
        Source = source;
        Entries = entries;
        Untried = entries.Where(e => !e.Tried).ToArray();
    }

    /// <summary>The file name of the document the pairs come from.</summary>
    public string Source { get; }

    /// <summary>Every documented pair, in document order.</summary>
    public IReadOnlyList<OpenApiCoverageEntry> Entries { get; }

    /// <summary>The pairs no request got.</summary>
    public IReadOnlyList<OpenApiCoverageEntry> Untried { get; }

    /// <summary>How many pairs were tried.</summary>
    public int TriedCount => Entries.Count - Untried.Count;

    /// <summary>A summary line and a Markdown table with one row per pair; it reads as plain text too.</summary>
    /// <returns>The report, lines separated by <c>\n</c>.</returns>
    public string ToMarkdown() => Report.ToMarkdown(Source, Entries);

    /// <summary>
    /// The report as indented JSON: <c>{"source", "total", "tried", "pairs": [{"operationId", "method", "path", "status", "calls", "tried"}]}</c>,
    /// pairs in document order, so the file diffs cleanly between runs.
    /// </summary>
    /// <returns>The JSON text.</returns>
    public string ToJson() => Report.ToJson(Source, Entries);

    /// <summary>The Markdown report.</summary>
    public override string ToString() => ToMarkdown();
}
