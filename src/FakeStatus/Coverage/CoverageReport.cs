using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace FakeStatus;

/// <summary>
/// Writes a coverage report, as a summary line and a Markdown table or as JSON, for any kind of entry, so that every
/// coverage report FakeStatus produces has one layout: the entry's own columns, then <c>calls</c> and <c>tried</c>.
/// </summary>
/// <remarks>
/// Compiled into the OpenAPI package as well (linked source, not <c>InternalsVisibleTo</c>), so that package keeps working
/// with any later version of the core.
/// </remarks>
/// <typeparam name="TEntry">The entry type: a status, or a documented (operation, status) pair.</typeparam>
internal sealed class CoverageReport<TEntry>
{
    private readonly string _noun;
    private readonly string _arrayName;
    private readonly (string Header, string JsonName, Func<TEntry, object?> Value)[] _columns;
    private readonly Func<TEntry, long> _calls;

    /// <param name="noun">What the entries are, in the summary line: <c>statuses</c>.</param>
    /// <param name="arrayName">The JSON array's name: <c>statuses</c>.</param>
    /// <param name="calls">How many requests an entry answered; an entry is tried when it is above zero.</param>
    /// <param name="columns">The entry's own columns, in order. A value is a string, an integer or null.</param>
    public CoverageReport(string noun, string arrayName, Func<TEntry, long> calls, params (string Header, string JsonName, Func<TEntry, object?> Value)[] columns)
    {
        _noun = noun;
        _arrayName = arrayName;
        _calls = calls;
        _columns = columns;
    }

    public string ToMarkdown(string source, IReadOnlyList<TEntry> entries)
    {
        var text = new StringBuilder();
        text.Append(string.Format(CultureInfo.InvariantCulture, "{0}: {1} of {2} {3} tried\n\n", source, entries.Count(e => _calls(e) > 0), entries.Count, _noun));
        text.Append('|');
        foreach (var column in _columns)
        {
            text.Append(' ').Append(column.Header).Append(" |");
        }

        text.Append(" calls | tried |\n|");
        for (int i = 0; i < _columns.Length + 2; i++)
        {
            text.Append("---|");
        }

        text.Append('\n');
        foreach (TEntry entry in entries)
        {
            text.Append('|');
            foreach (var column in _columns)
            {
                text.Append(' ').Append(Convert.ToString(column.Value(entry), CultureInfo.InvariantCulture)).Append(" |");
            }

            long calls = _calls(entry);
            text.Append(' ').Append(calls.ToString(CultureInfo.InvariantCulture)).Append(calls > 0 ? " | yes |\n" : " | **no** |\n");
        }

        return text.ToString();
    }

    public string ToJson(string source, IReadOnlyList<TEntry> entries)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("source", source);
            json.WriteNumber("total", entries.Count);
            json.WriteNumber("tried", entries.Count(e => _calls(e) > 0));
            json.WriteStartArray(_arrayName);
            foreach (TEntry entry in entries)
            {
                json.WriteStartObject();
                foreach (var column in _columns)
                {
                    switch (column.Value(entry))
                    {
                        case null:
                            json.WriteNull(column.JsonName);
                            break;
                        case string text:
                            json.WriteString(column.JsonName, text);
                            break;
                        case var number:
                            json.WriteNumber(column.JsonName, Convert.ToInt64(number, CultureInfo.InvariantCulture));
                            break;
                    }
                }

                long calls = _calls(entry);
                json.WriteNumber("calls", calls);
                json.WriteBoolean("tried", calls > 0);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
