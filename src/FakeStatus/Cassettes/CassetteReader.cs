using System.Diagnostics.CodeAnalysis;
using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace FakeStatus;

/// <summary>Reads the cassette format; every problem names its JSON path.</summary>
internal static class CassetteReader
{
    public static List<CassetteInteraction> Read(string json, string sourceName)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            string where = e.LineNumber is long line ? $"line {line + 1}, byte {(e.BytePositionInLine ?? 0) + 1}" : "$";
            throw new CassetteFormatException(sourceName, where, "not valid JSON: " + e.Message, e);
        }
        catch (ArgumentException e)
        {
            throw new CassetteFormatException(sourceName, "$", "not valid text: " + e.Message, e);
        }

        using (document)
        {
            try
            {
                RejectDuplicateKeys(document.RootElement, "$");
                JsonElement root = Expect(document.RootElement, JsonValueKind.Object, "$");
                int version = Property(root, "version", JsonValueKind.Number, "$").GetInt32();
                if (version != Cassette.FormatVersion)
                {
                    throw new FormatProblem("$.version", $"version {version} is not supported; this FakeStatus reads version {Cassette.FormatVersion}.");
                }

                var interactions = new List<CassetteInteraction>();
                JsonElement items = Property(root, "interactions", JsonValueKind.Array, "$");
                int i = 0;
                foreach (JsonElement item in items.EnumerateArray())
                {
                    interactions.Add(Interaction(item, $"$.interactions[{i++}]"));
                }

                return interactions;
            }
            catch (FormatProblem problem)
            {
                throw new CassetteFormatException(sourceName, problem.Path, problem.Message);
            }
            catch (Exception e) when (e is InvalidOperationException or FormatException)
            {
                throw new CassetteFormatException(sourceName, "$", "a value cannot be read: " + e.Message, e);
            }
        }
    }

    private static CassetteInteraction Interaction(JsonElement item, string path)
    {
        Expect(item, JsonValueKind.Object, path);
        JsonElement request = Property(item, "request", JsonValueKind.Object, path);
        JsonElement response = Property(item, "response", JsonValueKind.Object, path);
        string requestPath = path + ".request";
        string responsePath = path + ".response";

        string method = Property(request, "method", JsonValueKind.String, requestPath).GetString()!;
        string url = Property(request, "url", JsonValueKind.String, requestPath).GetString()!;
        if (!Uri.TryCreate(url, UriKind.Absolute, out Uri? parsed) || (parsed.Scheme != Uri.UriSchemeHttp && parsed.Scheme != Uri.UriSchemeHttps))
        {
            throw new FormatProblem(requestPath + ".url", $"'{url}' is not an absolute URL such as https://api.test/orders/1.");
        }

        int status = Property(response, "status", JsonValueKind.Number, responsePath).TryGetInt32(out int code) && code is >= 100 and <= 999
            ? code
            : throw new FormatProblem(responsePath + ".status", "a status code is a whole number from 100 to 999.");
        string? reason = response.TryGetProperty("reasonPhrase", out JsonElement r) && r.ValueKind == JsonValueKind.String ? r.GetString() : null;

        return new CassetteInteraction(
            method,
            url,
            Headers(request, requestPath),
            Body(request, requestPath),
            status,
            reason,
            Headers(response, responsePath),
            Body(response, responsePath));
    }

    private static Dictionary<string, IReadOnlyList<string>> Headers(JsonElement owner, string path)
    {
        var headers = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        if (!owner.TryGetProperty("headers", out JsonElement element))
        {
            return headers;
        }

        Expect(element, JsonValueKind.Object, path + ".headers");
        foreach (JsonProperty header in element.EnumerateObject())
        {
            string headerPath = $"{path}.headers['{header.Name}']";
            Expect(header.Value, JsonValueKind.Array, headerPath);
            if (headers.ContainsKey(header.Name))
            {
                throw new FormatProblem(headerPath, $"the header '{header.Name}' appears twice (names are compared ignoring case); put all its values in one array.");
            }

            var values = new List<string>();
            foreach (JsonElement value in header.Value.EnumerateArray())
            {
                values.Add(Expect(value, JsonValueKind.String, headerPath).GetString()!);
            }

            if (values.Count > 1 && string.Equals(header.Name, "Content-Type", StringComparison.OrdinalIgnoreCase))
            {
                throw new FormatProblem(headerPath, $"{values.Count} Content-Type values ('{string.Join("', '", values)}'); a message has one media type.");
            }

            headers[header.Name] = values;
        }

        return headers;
    }

    private static byte[] Body(JsonElement owner, string path)
    {
        if (!owner.TryGetProperty("body", out JsonElement body) || body.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        string text = Expect(body, JsonValueKind.String, path + ".body").GetString()!;
        string encoding = owner.TryGetProperty("bodyEncoding", out JsonElement e) && e.ValueKind == JsonValueKind.String ? e.GetString()! : "text";
        switch (encoding)
        {
            case "text":
                return Encoding.UTF8.GetBytes(text);
            case "base64":
                try
                {
                    return Convert.FromBase64String(text);
                }
                catch (FormatException)
                {
                    throw new FormatProblem(path + ".body", "bodyEncoding is base64 but the body is not valid base64.");
                }

            default:
                throw new FormatProblem(path + ".bodyEncoding", $"'{encoding}' is not a body encoding; use \"text\" or \"base64\".");
        }
    }

    // The JSON reader keeps the last of two equal keys; a cassette edited by hand with a key twice would lose one silently.
    private static void RejectDuplicateKeys(JsonElement element, string path)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (JsonProperty property in element.EnumerateObject())
            {
                string at = path + "." + property.Name;
                if (!seen.Add(property.Name))
                {
                    throw new FormatProblem(at, $"the key '{property.Name}' appears twice in this object; a cassette holds each key once.");
                }

                RejectDuplicateKeys(property.Value, at);
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            int i = 0;
            foreach (JsonElement item in element.EnumerateArray())
            {
                RejectDuplicateKeys(item, $"{path}[{i++}]");
            }
        }
    }

    private static JsonElement Property(JsonElement owner, string name, JsonValueKind kind, string path) =>
        owner.TryGetProperty(name, out JsonElement value)
            ? Expect(value, kind, path + "." + name)
            : throw new FormatProblem(path + "." + name, $"{KindName(kind)} '{name}' is missing.");

    private static JsonElement Expect(JsonElement element, JsonValueKind kind, string path) =>
        element.ValueKind == kind ? element : throw new FormatProblem(path, $"expected {KindName(kind)}, found {KindName(element.ValueKind)}.");

    private static string KindName(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    [SuppressMessage("Design", "CA1032", Justification = "Never leaves the reader: caught there and rethrown as the public format exception, with the path.")]
    [SuppressMessage("Design", "CA1064", Justification = "Never leaves the reader: caught there and rethrown as the public format exception, with the path.")]
    private sealed class FormatProblem(string path, string message) : Exception(message)
    {
        public string Path { get; } = path;
    }
}
