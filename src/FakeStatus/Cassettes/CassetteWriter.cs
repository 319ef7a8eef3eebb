using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace FakeStatus;

/// <summary>Writes the cassette format: fixed property order, headers sorted by name, two-space indents, so files diff line by line.</summary>
internal static class CassetteWriter
{
    public static string Write(IReadOnlyList<CassetteInteraction> interactions)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("version", Cassette.FormatVersion);
            json.WriteStartArray("interactions");
            foreach (CassetteInteraction interaction in interactions)
            {
                json.WriteStartObject();
                json.WriteStartObject("request");
                json.WriteString("method", interaction.Method);
                json.WriteString("url", interaction.Url);
                Headers(json, interaction.RequestHeaders);
                Body(json, interaction.RequestBody, ContentType(interaction.RequestHeaders));
                json.WriteEndObject();
                json.WriteStartObject("response");
                json.WriteNumber("status", interaction.StatusCode);
                if (interaction.ReasonPhrase is null)
                {
                    json.WriteNull("reasonPhrase");
                }
                else
                {
                    json.WriteString("reasonPhrase", interaction.ReasonPhrase);
                }

                Headers(json, interaction.ResponseHeaders);
                Body(json, interaction.ResponseBody, ContentType(interaction.ResponseHeaders));
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    public static string? ContentType(IReadOnlyDictionary<string, IReadOnlyList<string>> headers) =>
        headers.FirstOrDefault(h => string.Equals(h.Key, "Content-Type", StringComparison.OrdinalIgnoreCase)).Value is { Count: > 0 } values ? values[0] : null;

    private static void Headers(Utf8JsonWriter json, IReadOnlyDictionary<string, IReadOnlyList<string>> headers)
    {
        json.WriteStartObject("headers");
        foreach (KeyValuePair<string, IReadOnlyList<string>> header in headers.OrderBy(h => h.Key, StringComparer.OrdinalIgnoreCase).ThenBy(h => h.Key, StringComparer.Ordinal))
        {
            json.WriteStartArray(header.Key);
            foreach (string value in header.Value)
            {
                json.WriteStringValue(value);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void Body(Utf8JsonWriter json, byte[] body, string? contentType)
    {
        if (CassetteBody.IsText(contentType, body))
        {
            json.WriteString("bodyEncoding", "text");
            json.WriteString("body", CassetteBody.Text(body));
        }
        else
        {
            json.WriteString("bodyEncoding", "base64");
            json.WriteString("body", Convert.ToBase64String(body));
        }
    }
}
