using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace FakeStatus.OpenApi;

/// <summary>Turns one documented response into a <see cref="PlannedResponse"/>: its example, else a body generated from its schema, and its headers.</summary>
internal static class ResponsePlanner
{
    public static PlannedResponse Plan(int status, IOpenApiResponse response, string location, List<OpenApiImportNote> notes)
    {
        byte[]? body = null;
        string? contentType = null;
        if (response.Content is { Count: > 0 } && status is not (204 or 205 or 304) && status >= 200)
        {
            KeyValuePair<string, IOpenApiMediaType> media = PickMediaType(response.Content);
            string mediaLocation = location + "/content/" + Pointer.Escape(media.Key);
            if (!HeaderText.IsValue(media.Key) || media.Key.IndexOf('/', StringComparison.Ordinal) <= 0)
            {
                throw new PlanException(mediaLocation, $"'{media.Key}' is not a media type such as application/json.");
            }

            body = media.Value.Example is null && media.Value.Examples is not { Count: > 0 } && BinarySample.IsBinary(media.Value.Schema)
                ? BinarySample.For(media.Key)
                : Body(media.Key, Example(media.Value, mediaLocation, notes));
            contentType = body is null ? null : media.Key;
        }

        return new PlannedResponse(status, body, contentType, Headers(response, location, notes));
    }

    // JSON first, as clients under test almost always parse JSON; then the first media type in document order.
    private static KeyValuePair<string, IOpenApiMediaType> PickMediaType(IDictionary<string, IOpenApiMediaType> content) =>
        content.FirstOrDefault(m => m.Key.StartsWith("application/json", StringComparison.OrdinalIgnoreCase)) is { Key: not null } json
            ? json
            : content.FirstOrDefault(m => m.Key.Contains("json", StringComparison.OrdinalIgnoreCase)) is { Key: not null } jsonLike
                ? jsonLike
                : content.First();

    private static JsonNode? Example(IOpenApiMediaType media, string location, List<OpenApiImportNote> notes)
    {
        if (media.Example is not null)
        {
            return media.Example;
        }

        if (media.Examples is { Count: > 0 })
        {
            KeyValuePair<string, IOpenApiExample> first = media.Examples.First();
            JsonNode? value = first.Value.Value ?? first.Value.DataValue;
            if (value is not null)
            {
                return value;
            }
        }

        return SchemaSample.Create(media.Schema, location + "/schema", notes);
    }

    // No example and no schema: the document does not say what the body is, so none is sent (not "null").
    private static byte[]? Body(string mediaType, JsonNode? value)
    {
        bool json = mediaType.Contains("json", StringComparison.OrdinalIgnoreCase);
        if (!json && value is JsonValue text && text.TryGetValue(out string? plain))
        {
            return Encoding.UTF8.GetBytes(plain);
        }

        if (value is null)
        {
            return null;
        }

        return Encoding.UTF8.GetBytes(value.ToJsonString(new JsonSerializerOptions { WriteIndented = false }));
    }

    private static List<KeyValuePair<string, string>> Headers(IOpenApiResponse response, string location, List<OpenApiImportNote> notes)
    {
        var headers = new List<KeyValuePair<string, string>>();
        if (response.Headers is null)
        {
            return headers;
        }

        foreach (KeyValuePair<string, IOpenApiHeader> header in response.Headers)
        {
            string headerLocation = location + "/headers/" + Pointer.Escape(header.Key);
            if (header.Key.Equals("Content-Type", StringComparison.OrdinalIgnoreCase) || header.Key.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                // OpenAPI says Content-Type is ignored here; the body's media type sets it, and the handler sets the length.
                continue;
            }

            if (!HeaderText.IsToken(header.Key))
            {
                throw new PlanException(headerLocation, $"'{header.Key}' is not a valid header name.");
            }

            JsonNode? example = header.Value.Example
                ?? header.Value.Examples?.Values.Select(e => e.Value ?? e.DataValue).FirstOrDefault(v => v is not null)
                ?? SchemaSample.Create(header.Value.Schema, headerLocation + "/schema", notes);
            string? value = example is JsonValue scalar && scalar.TryGetValue(out string? s) ? s : example?.ToJsonString();
            if (value is null)
            {
                notes.Add(new OpenApiImportNote(headerLocation, "the header has no example or schema to make a value from, so the response does not send it.", isUnsupported: true));
                continue;
            }

            if (!HeaderText.IsValue(value))
            {
                throw new PlanException(headerLocation, $"the example value '{value}' cannot be sent as a header (line breaks or characters beyond Latin-1).");
            }

            headers.Add(new KeyValuePair<string, string>(header.Key, value));
        }

        return headers;
    }
}
