using System;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace FakeStatus.OpenApi;

/// <summary>Reads an OpenAPI document with Microsoft.OpenApi and turns its first error into one <see cref="OpenApiImportException"/>.</summary>
internal static class DocumentReader
{
    private static readonly Regex YamlLine = new(@"at line (\d+), column (\d+)", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    private static readonly Regex JsonLine = new(@"LineNumber: (\d+) \| BytePositionInLine: (\d+)", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    public static ReadResult Read(string text, string sourceName)
    {
        var settings = new OpenApiReaderSettings();
        settings.AddYamlReader();
        string format = LooksLikeJson(text) ? OpenApiConstants.Json : OpenApiConstants.Yaml;

        ReadResult result;
        try
        {
            result = OpenApiDocument.Parse(text, format, settings);
        }
        catch (Exception e) when (e is OpenApiException or OpenApiUnsupportedSpecVersionException or System.Text.Json.JsonException or FormatException or InvalidOperationException or ArgumentException)
        {
            throw new OpenApiImportException(sourceName, "#/openapi", e.Message, e);
        }

        OpenApiError? error = result.Diagnostic?.Errors.FirstOrDefault();
        if (error is not null)
        {
            int more = result.Diagnostic!.Errors.Count - 1;
            string problem = error.Message + (more > 0 ? $" ({more} more error{(more == 1 ? "" : "s")} after this one)" : string.Empty);
            throw new OpenApiImportException(sourceName, LocationOf(error), problem);
        }

        if (result.Document is null)
        {
            throw new OpenApiImportException(sourceName, "#", "the reader returned no document; is this an OpenAPI 3.0 or 3.1 file?");
        }

        return result;
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

    private static string LocationOf(OpenApiError error)
    {
        Match yaml = YamlLine.Match(error.Message);
        if (yaml.Success)
        {
            return $"line {yaml.Groups[1].Value}, column {yaml.Groups[2].Value}";
        }

        // System.Text.Json counts lines and bytes from zero; editors count from one.
        Match json = JsonLine.Match(error.Message);
        if (json.Success)
        {
            return $"line {int.Parse(json.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) + 1}, " +
                   $"byte {int.Parse(json.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) + 1}";
        }

        return string.IsNullOrEmpty(error.Pointer) ? "#" : error.Pointer!;
    }
}
