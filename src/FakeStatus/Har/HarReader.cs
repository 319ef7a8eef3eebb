using System.Diagnostics.CodeAnalysis;
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace FakeStatus;

/// <summary>Reads HAR 1.2 (what browser developer tools export) into entries; every problem names its JSON path.</summary>
internal static class HarReader
{
    // The body in a HAR is already decoded, so the encoding and length the server sent no longer describe it.
    private static readonly string[] Dropped = ["Content-Encoding", "Content-Length", "Transfer-Encoding", "Connection", "Keep-Alive"];

    public static List<HarEntry> Read(string json, string sourceName, List<string> notes)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            string where = e.LineNumber is long line ? $"line {line + 1}, byte {(e.BytePositionInLine ?? 0) + 1}" : "$";
            throw new HarFormatException(sourceName, where, "not valid JSON: " + e.Message, e);
        }
        catch (ArgumentException e)
        {
            throw new HarFormatException(sourceName, "$", "not valid text: " + e.Message, e);
        }

        using (document)
        {
            string path = "$";
            try
            {
                JsonElement entries = Get(Get(document.RootElement, "log", JsonValueKind.Object, ref path, "$"), "entries", JsonValueKind.Array, ref path, "$.log");
                var result = new List<HarEntry>();
                int i = 0;
                foreach (JsonElement entry in entries.EnumerateArray())
                {
                    result.Add(Entry(entry, $"$.log.entries[{i++}]", notes));
                }

                return result;
            }
            catch (HarProblem problem)
            {
                throw new HarFormatException(sourceName, problem.Path, problem.Message);
            }
            catch (Exception e) when (e is InvalidOperationException or FormatException)
            {
                throw new HarFormatException(sourceName, "$.log.entries", "a value cannot be read: " + e.Message, e);
            }
        }
    }

    private static HarEntry Entry(JsonElement entry, string path, List<string> notes)
    {
        string at = path;
        JsonElement request = Get(entry, "request", JsonValueKind.Object, ref at, path);
        string method = Get(request, "method", JsonValueKind.String, ref at, path + ".request").GetString()!;
        string url = Get(request, "url", JsonValueKind.String, ref at, path + ".request").GetString()!;
        if (!Uri.TryCreate(url, UriKind.Absolute, out Uri? uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new HarProblem(path + ".request.url", $"'{url}' is not an absolute http(s) URL.");
        }

        if (HasItems(request, "cookies") || (entry.TryGetProperty("response", out JsonElement r) && HasItems(r, "cookies")))
        {
            notes.Add($"{path}: cookies are not matched or replayed as cookies; only Cookie and Set-Cookie headers are kept.");
        }

        string canonicalUrl = uri.AbsoluteUri;
        if (!entry.TryGetProperty("response", out JsonElement response) || response.ValueKind != JsonValueKind.Object ||
            (response.TryGetProperty("status", out JsonElement s) && s.ValueKind == JsonValueKind.Number && s.GetInt32() == 0))
        {
            // Browsers export a request that got no answer with status 0 and an error text: it becomes the fault it was.
            string error = response.ValueKind == JsonValueKind.Object && response.TryGetProperty("_error", out JsonElement e) && e.ValueKind == JsonValueKind.String ? e.GetString()! : string.Empty;
            error = error.Length > 0 ? error : entry.TryGetProperty("_error", out JsonElement outer) && outer.ValueKind == JsonValueKind.String ? outer.GetString()! : string.Empty;
            return new HarEntry(method, canonicalUrl, PostData(request, path + ".request", notes), null, FaultFor(error));
        }

        string responsePath = path + ".response";
        int status = Get(response, "status", JsonValueKind.Number, ref at, responsePath).TryGetInt32(out int code) && code is >= 100 and <= 999
            ? code
            : throw new HarProblem(responsePath + ".status", "a status code is a whole number from 100 to 999 (0 for a request that got no response).");
        string? reason = response.TryGetProperty("statusText", out JsonElement t) && t.ValueKind == JsonValueKind.String && t.GetString()!.Length > 0 ? t.GetString() : null;
        Dictionary<string, IReadOnlyList<string>> headers = Headers(response, responsePath, keepLength: method == "HEAD");
        byte[] body = status is 204 or 304 ? [] : Body(response, responsePath, headers);

        string redirect = response.TryGetProperty("redirectURL", out JsonElement rd) && rd.ValueKind == JsonValueKind.String ? rd.GetString()! : string.Empty;
        if (status is >= 300 and < 400 && redirect.Length > 0 && !headers.ContainsKey("Location"))
        {
            headers["Location"] = [redirect];
        }

        var answer = new CassetteInteraction(method, canonicalUrl, new Dictionary<string, IReadOnlyList<string>>(), [], status, reason, headers, body);
        return new HarEntry(method, canonicalUrl, PostData(request, path + ".request", notes), answer, null);
    }

    /// <summary>The request body HAR keeps as <c>postData.text</c> (already decoded text), for matching on replay.</summary>
    private static HarPostData PostData(JsonElement request, string path, List<string> notes)
    {
        if (!request.TryGetProperty("postData", out JsonElement postData) || postData.ValueKind == JsonValueKind.Null)
        {
            return HarPostData.None;
        }

        if (postData.ValueKind != JsonValueKind.Object)
        {
            throw new HarProblem(path + ".postData", $"expected OBJECT, found {postData.ValueKind.ToString().ToUpperInvariant()}.");
        }

        string? mimeType = postData.TryGetProperty("mimeType", out JsonElement mime) && mime.ValueKind == JsonValueKind.String ? mime.GetString() : null;
        if (postData.TryGetProperty("text", out JsonElement text) && text.ValueKind == JsonValueKind.String)
        {
            return new HarPostData(Encoding.UTF8.GetBytes(text.GetString()!), mimeType);
        }

        if (HasItems(postData, "params"))
        {
            notes.Add($"{path}.postData: params without text are not matched; the request matches on method and URL only.");
        }

        return HarPostData.None;
    }

    private static FakeFault FaultFor(string error) =>
        error.Contains("NAME_NOT_RESOLVED", StringComparison.OrdinalIgnoreCase) ? FakeFault.NameResolutionFailure()
        : error.Contains("TIMED_OUT", StringComparison.OrdinalIgnoreCase) ? FakeFault.Timeout()
        : error.Contains("RESET", StringComparison.OrdinalIgnoreCase) ? FakeFault.ConnectionReset()
        : FakeFault.ConnectionRefused();

    private static Dictionary<string, IReadOnlyList<string>> Headers(JsonElement response, string path, bool keepLength)
    {
        var headers = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        if (!response.TryGetProperty("headers", out JsonElement list))
        {
            return headers;
        }

        if (list.ValueKind != JsonValueKind.Array)
        {
            throw new HarProblem(path + ".headers", "expected an array of {\"name\", \"value\"} objects.");
        }

        int i = 0;
        foreach (JsonElement header in list.EnumerateArray())
        {
            string at = $"{path}.headers[{i++}]";
            if (header.ValueKind != JsonValueKind.Object || !header.TryGetProperty("name", out JsonElement n) || n.ValueKind != JsonValueKind.String ||
                !header.TryGetProperty("value", out JsonElement v) || v.ValueKind != JsonValueKind.String)
            {
                throw new HarProblem(at, "a header is an object with a string name and a string value.");
            }

            string name = n.GetString()!;
            bool length = keepLength && string.Equals(name, "Content-Length", StringComparison.OrdinalIgnoreCase);
            if (name.StartsWith(':') || (!length && Dropped.Contains(name, StringComparer.OrdinalIgnoreCase)))
            {
                continue;
            }

            headers[name] = headers.TryGetValue(name, out IReadOnlyList<string>? values) ? [.. values, v.GetString()!] : [v.GetString()!];
        }

        return headers;
    }

    private static byte[] Body(JsonElement response, string path, Dictionary<string, IReadOnlyList<string>> headers)
    {
        if (!response.TryGetProperty("content", out JsonElement content) || content.ValueKind != JsonValueKind.Object ||
            !content.TryGetProperty("text", out JsonElement text) || text.ValueKind != JsonValueKind.String)
        {
            return [];
        }

        if (content.TryGetProperty("mimeType", out JsonElement mime) && mime.ValueKind == JsonValueKind.String && mime.GetString()!.Length > 0 && !headers.ContainsKey("Content-Type"))
        {
            headers["Content-Type"] = [mime.GetString()!];
        }

        string encoding = content.TryGetProperty("encoding", out JsonElement e) && e.ValueKind == JsonValueKind.String ? e.GetString()! : string.Empty;
        if (encoding.Length == 0)
        {
            // The text is decoded; it goes back to bytes in the charset the response declares (ISO-8859-1 stays one byte a letter).
            return CharsetOf(headers).GetBytes(text.GetString()!);
        }

        if (encoding != "base64")
        {
            throw new HarProblem(path + ".content.encoding", $"'{encoding}' is not an encoding FakeStatus reads; HAR bodies are plain text or base64.");
        }

        try
        {
            return Convert.FromBase64String(text.GetString()!);
        }
        catch (FormatException)
        {
            throw new HarProblem(path + ".content.text", "content.encoding is base64 but the text is not valid base64.");
        }
    }

    private static Encoding CharsetOf(Dictionary<string, IReadOnlyList<string>> headers)
    {
        string? charset = headers.TryGetValue("Content-Type", out IReadOnlyList<string>? type) && type.Count > 0 &&
                          System.Net.Http.Headers.MediaTypeHeaderValue.TryParse(type[0], out System.Net.Http.Headers.MediaTypeHeaderValue? media)
            ? media.CharSet?.Trim('"')
            : null;
        if (string.IsNullOrEmpty(charset))
        {
            return Encoding.UTF8;
        }

        try
        {
            return Encoding.GetEncoding(charset);
        }
        catch (ArgumentException)
        {
            // A charset this runtime does not know (windows-1252 without the code pages provider): UTF-8, as before.
            return Encoding.UTF8;
        }
    }

    private static bool HasItems(JsonElement owner, string name) =>
        owner.TryGetProperty(name, out JsonElement list) && list.ValueKind == JsonValueKind.Array && list.GetArrayLength() > 0;

    private static JsonElement Get(JsonElement owner, string name, JsonValueKind kind, ref string at, string path)
    {
        at = path + "." + name;
        if (owner.ValueKind != JsonValueKind.Object || !owner.TryGetProperty(name, out JsonElement value))
        {
            throw new HarProblem(at, $"'{name}' is missing.");
        }

        return value.ValueKind == kind ? value : throw new HarProblem(at, $"expected {kind.ToString().ToUpperInvariant()}, found {value.ValueKind.ToString().ToUpperInvariant()}.");
    }

    [SuppressMessage("Design", "CA1032", Justification = "Never leaves the reader: caught there and rethrown as the public format exception, with the path.")]
    [SuppressMessage("Design", "CA1064", Justification = "Never leaves the reader: caught there and rethrown as the public format exception, with the path.")]
    private sealed class HarProblem(string path, string message) : Exception(message)
    {
        public string Path { get; } = path;
    }
}
