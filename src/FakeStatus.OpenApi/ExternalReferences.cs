using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;

namespace FakeStatus.OpenApi;

/// <summary>
/// The <c>$ref</c> values of a document that point into another file, found in its text so that each can be quoted as
/// written and located by line, and checked before the reader runs: a missing file is reported, never replaced by a
/// local schema of the same name.
/// </summary>
internal static class ExternalReferences
{
    // "$ref": "x" in JSON, $ref: x / '$ref': 'x' in YAML; a value starting with '#' stays inside the document.
    private static readonly Regex Ref = new(
        @"[""']?\$ref[""']?\s*:\s*[""']?(?<value>[^""'\s#,}][^""'\s,}]*)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture,
        TimeSpan.FromSeconds(5));

    public static List<(string Value, int Line)> Find(string text)
    {
        var found = new List<(string, int)>();
        foreach (Match match in Ref.Matches(text))
        {
            Group value = match.Groups["value"];
            found.Add((value.Value, LineOf(text, value.Index)));
        }

        return found;
    }

    /// <summary>Throws when a reference cannot be read from beside <paramref name="documentPath"/> (or at all, for text).</summary>
    public static void Check(List<(string Value, int Line)> references, string sourceName, string? documentPath)
    {
        foreach ((string value, int line) in references)
        {
            string location = "line " + line.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (documentPath is null)
            {
                throw new OpenApiImportException(sourceName, location, $"the reference '{value}' points into another file, which a document given as text cannot reach; import the file with ImportOpenApi(path) so references resolve next to it.");
            }

            if (value.Contains("://", StringComparison.Ordinal))
            {
                throw new OpenApiImportException(sourceName, location, $"the reference '{value}' points to another host; FakeStatus reads no network: save the file next to the document and refer to it by a relative path.");
            }

            int hash = value.IndexOf('#', StringComparison.Ordinal);
            string file = Uri.UnescapeDataString(hash < 0 ? value : value.Substring(0, hash));
            string full = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(documentPath)) ?? ".", file));
            if (!File.Exists(full))
            {
                throw new OpenApiImportException(sourceName, location, $"the reference '{value}' points to '{file}', which does not exist next to the document (looked for {full}).");
            }
        }
    }

    private static int LineOf(string text, int index)
    {
        int line = 1;
        for (int i = 0; i < index; i++)
        {
            if (text[i] == '\n')
            {
                line++;
            }
        }

        return line;
    }
}
