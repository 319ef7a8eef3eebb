using System.Diagnostics.CodeAnalysis;
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace FakeStatus;

/// <summary>Reads HAR 1.2 (what browser developer tools export) through <see cref="JsonInput"/> into entries; every problem names its JSON path.</summary>
internal static class HarReader
{
    // The body in a HAR is already decoded, so the encoding and length the server sent no longer describe it.
    private static readonly string[] Dropped = ["Content-Encoding", "Content-Length", "Transfer-Encoding", "Connection", "Keep-Alive"];

    public static List<HarEntry> Read(string json, string sourceName, List<string> notes)
    {
        HarDocument? document = JsonInput.Read(json, HarJsonContext.Default.HarDocument, (location, problem, line, position, inner) =>
            new HarFormatException(sourceName, location, problem, line, position, inner));
        try
        {
            HarLog log = document?.Log ?? throw Missing("$", "log");
            List<HarEntryDocument?> entries = log.Entries ?? throw Missing("$.log", "entries");
            var result = new List<HarEntry>(entries.Count);
            for (int i = 0; i < entries.Count; i++)
            {
                string path = JsonInput.Item("$.log.entries", i);
                result.Add(Entry(entries[i] ?? throw new HarProblem(path, "expected an object, found null."), path, notes));
            }

            return result;
        }
        catch (HarProblem problem)
        {
            throw new HarFormatException(sourceName, problem.Path, problem.Message);
        }
    }

    private static HarEntry Entry(HarEntryDocument entry, string path, List<string> notes)
    {
        string requestPath = path + ".request";
        HarRequestDocument request = entry.Request ?? throw Missing(path, "request");
        string method = request.Method ?? throw Missing(requestPath, "method");
        string url = request.Url ?? throw Missing(requestPath, "url");
        if (!Uri.TryCreate(url, UriKind.Absolute, out Uri? uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new HarProblem(requestPath + ".url", $"'{url}' is not an absolute http(s) URL.");
        }

        HarResponseDocument? response = entry.Response;
        if (HasItems(request.Cookies) || HasItems(response?.Cookies))
        {
            notes.Add($"{path}: cookies are not matched or replayed as cookies; only Cookie and Set-Cookie headers are kept.");
        }

        string canonicalUrl = ReplayGroups.SentUrl(uri);
        HarPostData postData = PostData(request.PostData, requestPath, notes);
        if (response is null || response.Status is { ValueKind: JsonValueKind.Number } zero && zero.TryGetInt32(out int none) && none == 0)
        {
            // Browsers export a request that got no answer with status 0 and an error text: it becomes the fault it was.
            string error = response?.Error is { Length: > 0 } inner ? inner : entry.Error ?? string.Empty;
            return new HarEntry(method, canonicalUrl, postData, null, FaultFor(error));
        }

        string responsePath = path + ".response";
        JsonElement status = response.Status ?? throw Missing(responsePath, "status");
        int code = status.ValueKind != JsonValueKind.Number
            ? throw new HarProblem(responsePath + ".status", $"expected a number, found {JsonInput.KindName(status.ValueKind)}.")
            : status.TryGetInt32(out int whole) && whole is >= 100 and <= 999
                ? whole
                : throw new HarProblem(responsePath + ".status", "a status code is a whole number from 100 to 999 (0 for a request that got no response).");
        string? reason = response.StatusText is { Length: > 0 } text ? text : null;
        Dictionary<string, IReadOnlyList<string>> headers = Headers(response.Headers, responsePath, keepLength: method == "HEAD");
        byte[] body = code is 204 or 304 ? [] : Body(response.Content, responsePath, headers);

        if (code is >= 300 and < 400 && response.RedirectUrl is { Length: > 0 } redirect && !headers.ContainsKey("Location"))
        {
            headers["Location"] = [redirect];
        }

        var answer = new CassetteInteraction(method, canonicalUrl, new Dictionary<string, IReadOnlyList<string>>(), [], code, reason, headers, body);
        return new HarEntry(method, canonicalUrl, postData, answer, null);
    }

    /// <summary>The request body HAR keeps as <c>postData.text</c> (already decoded text), for matching on replay.</summary>
    private static HarPostData PostData(HarPostDataDocument? postData, string path, List<string> notes)
    {
        if (postData is null)
        {
            return HarPostData.None;
        }

        if (postData.Text is { } text)
        {
            return new HarPostData(Encoding.UTF8.GetBytes(text), postData.MimeType);
        }

        if (HasItems(postData.Params))
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

    private static Dictionary<string, IReadOnlyList<string>> Headers(List<HarHeaderDocument?>? list, string path, bool keepLength)
    {
        var headers = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < (list?.Count ?? 0); i++)
        {
            if (list![i] is not { Name: { } name, Value: { } value })
            {
                throw new HarProblem(JsonInput.Item(path + ".headers", i), "a header is an object with a string name and a string value.");
            }

            bool length = keepLength && string.Equals(name, "Content-Length", StringComparison.OrdinalIgnoreCase);
            if (name.StartsWith(':') || (!length && Dropped.Contains(name, StringComparer.OrdinalIgnoreCase)))
            {
                continue;
            }

            string[] lines = Lines(value);
            headers[name] = headers.TryGetValue(name, out IReadOnlyList<string>? values) ? [.. values, .. lines] : lines;
        }

        return headers;
    }

    /// <summary>
    /// Chromium writes a header sent several times as one entry whose values are joined by line feeds; each line is one
    /// value again. A carriage return left inside a line is not a line end and stays, so replay refuses it.
    /// </summary>
    private static string[] Lines(string value)
    {
        if (!value.Contains('\n', StringComparison.Ordinal))
        {
            return [value];
        }

        string[] lines = value.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            lines[i] = lines[i].EndsWith('\r') ? lines[i].Substring(0, lines[i].Length - 1) : lines[i];
        }

        return lines;
    }

    private static byte[] Body(HarContentDocument? content, string path, Dictionary<string, IReadOnlyList<string>> headers)
    {
        if (content?.Text is not { } text)
        {
            return [];
        }

        if (content.MimeType is { Length: > 0 } mime && !headers.ContainsKey("Content-Type"))
        {
            headers["Content-Type"] = [mime];
        }

        string encoding = content.Encoding ?? string.Empty;
        if (encoding.Length == 0)
        {
            // The text is decoded; it goes back to bytes in the charset the response declares (ISO-8859-1 stays one byte a letter).
            return CharsetOf(headers).GetBytes(text);
        }

        if (encoding != "base64")
        {
            throw new HarProblem(path + ".content.encoding", $"'{encoding}' is not an encoding FakeStatus reads; HAR bodies are plain text or base64.");
        }

        try
        {
            return Convert.FromBase64String(text);
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

    private static bool HasItems(JsonElement? list) => list is { ValueKind: JsonValueKind.Array } items && items.GetArrayLength() > 0;

    private static HarProblem Missing(string path, string name) => new(path + "." + name, $"'{name}' is missing.");

    [SuppressMessage("Design", "CA1032", Justification = "Never leaves the reader: caught there and rethrown as the public format exception, with the path.")]
    [SuppressMessage("Design", "CA1064", Justification = "Never leaves the reader: caught there and rethrown as the public format exception, with the path.")]
    private sealed class HarProblem(string path, string message) : Exception(message)
    {
        public string Path { get; } = path;
    }
}
