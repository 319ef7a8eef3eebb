using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace FakeStatus.OpenApi;

/// <summary>
/// Which documented (operation, status) pairs a test run tried: as a Markdown table for people (<see cref="ToMarkdown"/>) and
/// as JSON for tools (<see cref="ToJson"/>).
/// </summary>
public sealed class OpenApiCoverage
{
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
    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.Append(string.Format(CultureInfo.InvariantCulture, "{0}: {1} of {2} documented (operation, status) pairs tried\n\n", Source, TriedCount, Entries.Count));
        text.Append("| operation | method | path | status | calls | tried |\n");
        text.Append("|---|---|---|---|---|---|\n");
        foreach (OpenApiCoverageEntry entry in Entries)
        {
            text.Append(string.Format(
                CultureInfo.InvariantCulture, "| {0} | {1} | {2} | {3} | {4} | {5} |\n", entry.OperationId, entry.Method, entry.Path, entry.Status, entry.Calls, entry.Tried ? "yes" : "**no**"));
        }

        return text.ToString();
    }

    /// <summary>
    /// The report as indented JSON: <c>{"source", "total", "tried", "pairs": [{"operationId", "method", "path", "status", "calls", "tried"}]}</c>,
    /// pairs in document order, so the file diffs cleanly between runs.
    /// </summary>
    /// <returns>The JSON text.</returns>
    public string ToJson()
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("source", Source);
            json.WriteNumber("total", Entries.Count);
            json.WriteNumber("tried", TriedCount);
            json.WriteStartArray("pairs");
            foreach (OpenApiCoverageEntry entry in Entries)
            {
                json.WriteStartObject();
                json.WriteString("operationId", entry.OperationId);
                json.WriteString("method", entry.Method);
                json.WriteString("path", entry.Path);
                json.WriteNumber("status", entry.Status);
                json.WriteNumber("calls", entry.Calls);
                json.WriteBoolean("tried", entry.Tried);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>The Markdown report.</summary>
    public override string ToString() => ToMarkdown();
}
