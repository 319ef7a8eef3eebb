using System.Diagnostics.CodeAnalysis;
using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace FakeStatus;

/// <summary>Reads the cassette format through <see cref="JsonInput"/> and checks it; every problem names its JSON path.</summary>
internal static class CassetteReader
{
    public static List<CassetteInteraction> Read(string json, string sourceName)
    {
        CassetteDocument? document = JsonInput.Read(json, CassetteJsonContext.Default.CassetteDocument, (location, problem, line, position, inner) =>
            new CassetteFormatException(sourceName, location, problem, line, position, inner));
        try
        {
            return Interactions(document ?? throw new FormatProblem("$", "expected an object, found null."));
        }
        catch (FormatProblem problem)
        {
            throw new CassetteFormatException(sourceName, problem.Path, problem.Message);
        }
    }

    private static List<CassetteInteraction> Interactions(CassetteDocument document)
    {
        int version = document.Version ?? throw Missing("$", "a number", "version");
        if (version != Cassette.FormatVersion)
        {
            throw new FormatProblem("$.version", $"version {version} is not supported; this FakeStatus reads version {Cassette.FormatVersion}.");
        }

        List<CassetteInteractionDocument?> items = document.Interactions ?? throw Missing("$", "an array", "interactions");
        var interactions = new List<CassetteInteraction>(items.Count);
        for (int i = 0; i < items.Count; i++)
        {
            string path = JsonInput.Item("$.interactions", i);
            interactions.Add(Interaction(items[i] ?? throw new FormatProblem(path, "expected an object, found null."), path));
        }

        return interactions;
    }

    private static CassetteInteraction Interaction(CassetteInteractionDocument item, string path)
    {
        CassetteMessageDocument request = item.Request ?? throw Missing(path, "an object", "request");
        CassetteMessageDocument response = item.Response ?? throw Missing(path, "an object", "response");
        string requestPath = path + ".request";
        string responsePath = path + ".response";

        string method = request.Method ?? throw Missing(requestPath, "a string", "method");
        string url = request.Url ?? throw Missing(requestPath, "a string", "url");
        if (!Uri.TryCreate(url, UriKind.Absolute, out Uri? parsed) || (parsed.Scheme != Uri.UriSchemeHttp && parsed.Scheme != Uri.UriSchemeHttps))
        {
            throw new FormatProblem(requestPath + ".url", $"'{url}' is not an absolute URL such as https://api.test/orders/1.");
        }

        JsonElement status = response.Status ?? throw Missing(responsePath, "a number", "status");
        int code = status.ValueKind != JsonValueKind.Number
            ? throw new FormatProblem(responsePath + ".status", $"expected a number, found {JsonInput.KindName(status.ValueKind)}.")
            : status.TryGetInt32(out int whole) && whole is >= 100 and <= 999
                ? whole
                : throw new FormatProblem(responsePath + ".status", "a status code is a whole number from 100 to 999.");

        return new CassetteInteraction(
            method,
            url,
            Headers(request.Headers, requestPath),
            Body(request, requestPath),
            code,
            response.ReasonPhrase,
            Headers(response.Headers, responsePath),
            Body(response, responsePath));
    }

    private static Dictionary<string, IReadOnlyList<string>> Headers(Dictionary<string, List<string?>?>? read, string path)
    {
        var headers = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (KeyValuePair<string, List<string?>?> header in read ?? [])
        {
            // Replay names a header's place the same way, so a message from either points at one spelling of it.
            string headerPath = $"{path}.headers['{header.Key}']";
            List<string?> values = header.Value ?? throw new FormatProblem(headerPath, "expected an array, found null.");
            if (headers.ContainsKey(header.Key))
            {
                throw new FormatProblem(headerPath, $"the header '{header.Key}' appears twice (names are compared ignoring case); put all its values in one array.");
            }

            var texts = new List<string>(values.Count);
            for (int i = 0; i < values.Count; i++)
            {
                texts.Add(values[i] ?? throw new FormatProblem(JsonInput.Item(headerPath, i), "expected a string, found null."));
            }

            if (texts.Count > 1 && string.Equals(header.Key, "Content-Type", StringComparison.OrdinalIgnoreCase))
            {
                throw new FormatProblem(headerPath, $"{texts.Count} Content-Type values ('{string.Join("', '", texts)}'); a message has one media type.");
            }

            headers[header.Key] = texts;
        }

        return headers;
    }

    private static byte[] Body(CassetteMessageDocument message, string path)
    {
        if (message.Body is not { } text)
        {
            return [];
        }

        switch (message.BodyEncoding ?? "text")
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
                throw new FormatProblem(path + ".bodyEncoding", $"'{message.BodyEncoding}' is not a body encoding; use \"text\" or \"base64\".");
        }
    }

    private static FormatProblem Missing(string path, string kind, string name) => new(path + "." + name, $"{kind} '{name}' is missing.");

    [SuppressMessage("Design", "CA1032", Justification = "Never leaves the reader: caught there and rethrown as the public format exception, with the path.")]
    [SuppressMessage("Design", "CA1064", Justification = "Never leaves the reader: caught there and rethrown as the public format exception, with the path.")]
    private sealed class FormatProblem(string path, string message) : Exception(message)
    {
        public string Path { get; } = path;
    }
}
