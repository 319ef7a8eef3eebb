using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using System.Text.RegularExpressions;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace FakeStatus.OpenApi;

/// <summary>Reads an OpenAPI document with Microsoft.OpenApi and turns its first error into one <see cref="OpenApiImportException"/>.</summary>
internal static class DocumentReader
{
    private static readonly Regex YamlLine = new(@"at line (\d+), column (\d+)", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    private static readonly Regex JsonLine = new(@"LineNumber: (\d+) \| BytePositionInLine: (\d+)", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    // The reader's own rules, less one that OpenAPI 3.2 withdrew: a discriminator's property need not be required (OpenAI's
    // published document, among others, leaves it optional). An import reads the document to answer like the API; it
    // refuses what it cannot read, not what a linter would flag.
    private static readonly ValidationRuleSet Rules = WithoutRequiredDiscriminator();

    /// <summary>Reads the document; <paramref name="documentPath"/>, when given, is where relative references resolve.</summary>
    public static ReadResult Read(string text, string sourceName, string? documentPath)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new OpenApiImportException(sourceName, "line 1", "the document is empty; expected an OpenAPI 3.0 or 3.1 document (JSON or YAML) starting with 'openapi: 3.1.0' or '{\"openapi\": \"3.1.0\"'.");
        }

        if (text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n')[0] == '[')
        {
            throw new OpenApiImportException(sourceName, "line 1", "the document is a list; an OpenAPI document is one object with 'openapi', 'info' and 'paths'.");
        }

        var settings = new OpenApiReaderSettings { RuleSet = Rules };
        settings.AddYamlReader();
        string format = LooksLikeJson(text) ? OpenApiConstants.Json : OpenApiConstants.Yaml;
        List<(string Value, int Line)> references = ExternalReferences.Find(text);
        ExternalReferences.Check(references, sourceName, documentPath);

        ReadResult result;
        try
        {
            if (references.Count == 0)
            {
                result = OpenApiDocument.Parse(text, format, settings);
            }
            else
            {
                // Only a document that refers to other files is loaded from its path, so the reader resolves them beside it.
                string full = Path.GetFullPath(documentPath!);
                settings.LoadExternalRefs = true;
                settings.BaseUrl = new Uri(full);
                result = Task.Run(() => OpenApiDocument.LoadAsync(full, settings)).GetAwaiter().GetResult();
            }
        }
        catch (Exception e) when (e is OpenApiException or OpenApiUnsupportedSpecVersionException or System.Text.Json.JsonException or FormatException or InvalidOperationException or ArgumentException)
        {
            throw new OpenApiImportException(sourceName, "#/openapi", e.Message, e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException && references.Count > 0)
        {
            throw new OpenApiImportException(sourceName, "line " + references[0].Line.ToString(CultureInfo.InvariantCulture), $"a file the document refers to could not be read ({e.Message}); references resolve next to the document.", e);
        }
        catch (Exception e) when (e is not OpenApiImportException)
        {
            // The reader's own failures (an IndexOutOfRangeException on some multi-file Swagger 2.0 documents) are still a
            // document it could not read: only OpenApiImportException leaves an import.
            string hint = references.Count > 0 ? $" The document refers to other files ('{references[0].Value}', line {references[0].Line}); Swagger 2.0 references into other files are not supported: bundle the document into one file or convert it to OpenAPI 3." : string.Empty;
            throw new OpenApiImportException(sourceName, "#", $"Microsoft.OpenApi could not read the document ({e.GetType().Name}: {e.Message}).{hint}", e);
        }

        OpenApiError? error = result.Diagnostic?.Errors.FirstOrDefault();
        if (error is not null)
        {
            int more = result.Diagnostic!.Errors.Count - 1;
            string problem = error.Message + (more > 0 ? $" ({more} more error{(more == 1 ? "" : "s")} after this one)" : string.Empty);
            (string location, long? line, long? position) = LocationOf(error);
            throw new OpenApiImportException(sourceName, location, problem, line, position);
        }

        if (result.Document is null)
        {
            throw new OpenApiImportException(sourceName, "#", "the reader returned no document; is this an OpenAPI 3.0 or 3.1 file?");
        }

        return result;
    }

    private static ValidationRuleSet WithoutRequiredDiscriminator()
    {
        var rules = new ValidationRuleSet(ValidationRuleSet.GetDefaultRuleSet());
        rules.Remove(nameof(OpenApiSchemaRules.ValidateSchemaDiscriminator));
        return rules;
    }

    private static bool LooksLikeJson(string text)
    {
        foreach (char c in text)
        {
            if (!char.IsWhiteSpace(c) && c != '\uFEFF')
            {
                return c == '{';
            }
        }

        return false;
    }

    /// <summary>Where the reader found <paramref name="error"/>: a YAML line and column, or a JSON pointer with the JSON reader's line and byte.</summary>
    private static (string Location, long? Line, long? Position) LocationOf(OpenApiError error)
    {
        Match yaml = YamlLine.Match(error.Message);
        if (yaml.Success)
        {
            return ($"line {yaml.Groups[1].Value}, column {yaml.Groups[2].Value}", null, null);
        }

        // A JSON syntax error is at no pointer (the reader says "#line=0"): the document root, at System.Text.Json's line and
        // byte, which count from zero where editors count from one.
        Match json = JsonLine.Match(error.Message);
        if (json.Success)
        {
            return ("#", long.Parse(json.Groups[1].Value, CultureInfo.InvariantCulture) + 1, long.Parse(json.Groups[2].Value, CultureInfo.InvariantCulture) + 1);
        }

        return (string.IsNullOrEmpty(error.Pointer) ? "#" : error.Pointer!, null, null);
    }
}
