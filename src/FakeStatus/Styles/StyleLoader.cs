using System.Diagnostics.CodeAnalysis;
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http.Headers;
using System.Text.Json;

namespace FakeStatus;

/// <summary>Reads and checks an error style file; every problem names the source and the JSON path of the field.</summary>
internal static class StyleLoader
{
    private static readonly string[] TopLevel = ["name", "description", "source", "sourceUrl", "contentType", "body", "requestId", "headers", "fields", "statuses", "codes"];

    /// <summary>The keys of a status or code entry that are not fields.</summary>
    private static readonly string[] RuleKeys = ["headers", "body", "contentType"];

    public static ErrorStyle Load(string json, string sourceName)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new ErrorStyleException(sourceName, null, $"the file is not valid JSON (line {e.LineNumber + 1}, position {e.BytePositionInLine + 1}): {e.Message}", e);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            // The text itself is not valid UTF-16 (a lone surrogate), so it cannot be read as JSON at all.
            throw new ErrorStyleException(sourceName, null, "the text is not valid UTF-16 (it has a lone surrogate), so it is not valid JSON.", e);
        }

        using (document)
        {
            CheckStrings(document.RootElement, "$", sourceName);
            try
            {
                return new Reader(sourceName).Read(document.RootElement);
            }
            catch (InvalidOperationException e)
            {
                throw new ErrorStyleException(sourceName, null, "a value cannot be read: " + e.Message, e);
            }
        }
    }

    /// <summary>Reads every name and string once, so a lone surrogate escape (<c>"\uD83D"</c>) fails here with its place, not deep inside.</summary>
    private static void CheckStrings(JsonElement element, string path, string source)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                int index = 0;
                foreach (JsonProperty property in element.EnumerateObject())
                {
                    string name;
                    try
                    {
                        name = property.Name;
                    }
                    catch (InvalidOperationException e)
                    {
                        throw new ErrorStyleException(source, $"{path} (property {index})", "the name is not valid UTF-16: it has a lone surrogate escape such as \\uD83D.", e);
                    }

                    CheckStrings(property.Value, path + "." + name, source);
                    index++;
                }

                break;
            case JsonValueKind.Array:
                int item = 0;
                foreach (JsonElement value in element.EnumerateArray())
                {
                    CheckStrings(value, path + "[" + item.ToString(CultureInfo.InvariantCulture) + "]", source);
                    item++;
                }

                break;
            case JsonValueKind.String:
                try
                {
                    element.GetString();
                }
                catch (InvalidOperationException e)
                {
                    throw new ErrorStyleException(source, path, "the string is not valid UTF-16: it has a lone surrogate escape such as \\uD83D.", e);
                }

                break;
        }
    }

    private sealed class Reader(string source)
    {
        public ErrorStyle Read(JsonElement root)
        {
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw Fail("$", "a style is a JSON object with at least name, contentType and body.");
            }

            foreach (JsonProperty property in root.EnumerateObject())
            {
                if (!TopLevel.Contains(property.Name))
                {
                    throw Fail("$." + property.Name, $"unknown field; the fields of a style are {string.Join(", ", TopLevel)}.");
                }
            }

            string name = ReadName(root);
            string contentType = ContentType(RequiredString(root, "contentType"), "$.contentType");
            Dictionary<string, StyleTemplate?> fields = ReadFields(root);
            var known = new HashSet<string>(ErrorStyle.BuiltInNames.Concat(fields.Keys), StringComparer.Ordinal);
            var style = new ErrorStyle(name, contentType, Template("$.body", RequiredString(root, "body"), known))
            {
                Description = OptionalString(root, "description") ?? string.Empty,
                SourceUrl = OptionalString(root, "sourceUrl"),
                RequestId = OptionalString(root, "requestId") is { } id
                    ? Template("$.requestId", id, ErrorStyle.BuiltInNames.Where(n => n != "requestId").ToList())
                    : StyleTemplate.TryParse("fakestatus-{{status}}", out _)!,
            };

            foreach (KeyValuePair<string, StyleTemplate?> field in fields)
            {
                style.DefaultFields.Add(field.Key, field.Value);
            }

            if (root.TryGetProperty("headers", out JsonElement headers))
            {
                foreach (KeyValuePair<string, StyleTemplate?> header in ReadHeaders(headers, "$.headers", known, allowNull: false))
                {
                    style.Headers.Add(new KeyValuePair<string, StyleTemplate>(header.Key, header.Value!));
                }
            }

            if (root.TryGetProperty("statuses", out JsonElement statuses))
            {
                RequireObject(statuses, "$.statuses");
                foreach (JsonProperty status in statuses.EnumerateObject())
                {
                    string path = "$.statuses." + status.Name;
                    CheckStatusKey(status.Name, path);
                    style.Statuses.Add(status.Name, ReadRule(status.Value, path, style, known, allowBody: true));
                }
            }

            if (root.TryGetProperty("codes", out JsonElement codes))
            {
                if (!style.DefaultFields.ContainsKey("code"))
                {
                    throw Fail("$.codes", "lists vendor codes, but the style has no 'code' field for a route to set; declare it in $.fields.");
                }

                RequireObject(codes, "$.codes");
                foreach (JsonProperty code in codes.EnumerateObject())
                {
                    string path = "$.codes." + code.Name;
                    if (code.Name.Length == 0 || StatusRules.HasLineBreak(code.Name) || code.Name.Any(char.IsControl))
                    {
                        throw Fail(path, "a vendor code is a non-empty text without control characters, e.g. \"QueueDoesNotExist\".");
                    }

                    style.Codes.Add(code.Name, ReadRule(code.Value, path, style, known, allowBody: false));
                }
            }

            style.ReadsRequest = UsesRequest(style);
            StyleChecks.RenderEvery(style, source);
            return style;
        }

        private static bool UsesRequest(ErrorStyle style)
        {
            IEnumerable<StyleTemplate?> templates = new[] { style.Body, style.RequestId }
                .Concat(style.Headers.Select(h => (StyleTemplate?)h.Value))
                .Concat(style.DefaultFields.Values)
                .Concat(style.Statuses.Values.Concat(style.Codes.Values).SelectMany(r => r.Fields.Values.Concat(r.Headers.Select(h => h.Value)).Append(r.Body)));
            return templates.Any(t => t is not null && t.Names.Any(n => StyleTemplate.IsRequestName(n, StyleRequest.Names)));
        }

        private string ReadName(JsonElement root)
        {
            string name = RequiredString(root, "name");
            if (name.Length == 0 || !name.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-'))
            {
                throw Fail("$.name", $"'{StyleTemplate.Shown(name)}' is not a valid name: use lower-case ASCII letters, digits and '-', e.g. 'acme-api'.");
            }

            return name;
        }

        private string ContentType(string contentType, string path) =>
            !StatusRules.HasLineBreak(contentType) && MediaTypeHeaderValue.TryParse(contentType, out MediaTypeHeaderValue? parsed) && parsed.MediaType is { Length: > 0 }
                ? contentType
                : throw Fail(path, $"'{StyleTemplate.Shown(contentType)}' is not a content type: write a media type such as 'application/json' or 'application/xml; charset=utf-8'.");

        private Dictionary<string, StyleTemplate?> ReadFields(JsonElement root)
        {
            var fields = new Dictionary<string, StyleTemplate?>(StringComparer.Ordinal);
            if (!root.TryGetProperty("fields", out JsonElement element))
            {
                return fields;
            }

            RequireObject(element, "$.fields");
            foreach (JsonProperty field in element.EnumerateObject())
            {
                string path = "$.fields." + field.Name;
                if (ErrorStyle.BuiltInNames.Contains(field.Name) || RuleKeys.Contains(field.Name) || !IsFieldName(field.Name))
                {
                    throw Fail(path, $"'{StyleTemplate.Shown(field.Name)}' cannot name a field: use ASCII letters and digits starting with a letter, and none of {string.Join(", ", ErrorStyle.BuiltInNames.Concat(RuleKeys))}.");
                }

                fields[field.Name] = NullableTemplate(field.Value, path, ErrorStyle.BuiltInNames);
            }

            return fields;
        }

        private static bool IsFieldName(string name) =>
            name.Length > 0 && name[0] is >= 'a' and <= 'z' or >= 'A' and <= 'Z' && name.All(c => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9');

        private StyleStatusRule ReadRule(JsonElement value, string path, ErrorStyle style, HashSet<string> known, bool allowBody)
        {
            RequireObject(value, path);
            var rule = new StyleStatusRule();
            foreach (JsonProperty field in value.EnumerateObject())
            {
                string fieldPath = path + "." + field.Name;
                if (field.Name == "headers")
                {
                    rule.Headers.AddRange(ReadHeaders(field.Value, fieldPath, known, allowNull: true));
                }
                else if (field.Name == "body" && allowBody)
                {
                    rule.Body = Template(fieldPath, StringValue(field.Value, fieldPath), known);
                }
                else if (field.Name == "contentType" && allowBody)
                {
                    rule.ContentType = ContentType(StringValue(field.Value, fieldPath), fieldPath);
                }
                else if (style.DefaultFields.ContainsKey(field.Name))
                {
                    rule.Fields[field.Name] = NullableTemplate(field.Value, fieldPath, ErrorStyle.BuiltInNames);
                }
                else
                {
                    throw Fail(fieldPath, $"unknown field '{StyleTemplate.Shown(field.Name)}'; declare it in $.fields first (the style's fields are: {FieldList(style)}), or use {(allowBody ? "'headers', 'body' or 'contentType'" : "'headers'")}.");
                }
            }

            return rule;
        }

        private List<KeyValuePair<string, StyleTemplate?>> ReadHeaders(JsonElement headers, string path, HashSet<string> known, bool allowNull)
        {
            RequireObject(headers, path);
            var list = new List<KeyValuePair<string, StyleTemplate?>>();
            foreach (JsonProperty header in headers.EnumerateObject())
            {
                string headerPath = path + "." + header.Name;
                try
                {
                    StatusRules.ValidateHeaderName(header.Name, nameof(headers));
                }
                catch (ArgumentException e)
                {
                    throw Fail(headerPath, e.Message);
                }

                if (list.Any(h => string.Equals(h.Key, header.Name, StringComparison.OrdinalIgnoreCase)))
                {
                    throw Fail(headerPath, "is given twice (header names are case-insensitive).");
                }

                if (string.Equals(header.Name, "Content-Type", StringComparison.OrdinalIgnoreCase) || string.Equals(header.Name, "Content-Length", StringComparison.OrdinalIgnoreCase))
                {
                    throw Fail(headerPath, "is set from the body: use contentType (for the style, or for one status) instead.");
                }

                StyleTemplate? value = allowNull
                    ? NullableTemplate(header.Value, headerPath, known)
                    : Template(headerPath, StringValue(header.Value, headerPath), known);
                list.Add(new KeyValuePair<string, StyleTemplate?>(header.Name, value));
            }

            return list;
        }

        private StyleTemplate? NullableTemplate(JsonElement value, string path, IReadOnlyCollection<string> known) =>
            value.ValueKind == JsonValueKind.Null ? null : Template(path, StringValue(value, path), known);

        private StyleTemplate Template(string path, string text, IReadOnlyCollection<string> known)
        {
            StyleTemplate template = StyleTemplate.TryParse(text, out string? problem) ?? throw Fail(path, "malformed template: " + problem);
            foreach (string name in template.Names)
            {
                if (!known.Contains(name) && !StyleTemplate.IsRequestName(name, StyleRequest.Names))
                {
                    throw Fail(path, $"unknown placeholder {{{{{name}}}}}; the placeholders here are: {string.Join(", ", known.Select(n => "{{" + n + "}}"))}, {{{{header.NAME}}}} and {{{{route.NAME}}}}.");
                }
            }

            return template;
        }

        private string RequiredString(JsonElement root, string name) =>
            root.TryGetProperty(name, out JsonElement value) && value.ValueKind != JsonValueKind.Null
                ? StringValue(value, "$." + name)
                : throw Fail("$." + name, "is required.");

        private string? OptionalString(JsonElement root, string name) =>
            root.TryGetProperty(name, out JsonElement value) && value.ValueKind != JsonValueKind.Null ? StringValue(value, "$." + name) : null;

        [SuppressMessage("Globalization", "CA1308", Justification = "JSON kind names in messages are written in lowercase, as JSON writes them; never compared.")]
        private string StringValue(JsonElement value, string path) =>
            value.ValueKind == JsonValueKind.String ? value.GetString()! : throw Fail(path, $"expected a string, found {value.ValueKind.ToString().ToLowerInvariant()}.");

        [SuppressMessage("Globalization", "CA1308", Justification = "JSON kind names in messages are written in lowercase, as JSON writes them; never compared.")]
        private void RequireObject(JsonElement value, string path)
        {
            if (value.ValueKind != JsonValueKind.Object)
            {
                throw Fail(path, $"expected an object, found {value.ValueKind.ToString().ToLowerInvariant()}.");
            }
        }

        /// <summary>A code from 200 to 999 that may carry a body ("503", "202"), or a class from 4xx to 9xx ("5xx").</summary>
        private void CheckStatusKey(string key, string path)
        {
            const string Valid = "use a code from 200 to 999 (\"503\", \"202\") or a class from 4xx to 9xx (\"5xx\").";
            bool isClass = key.Length == 3 && key[0] is >= '4' and <= '9' && key[1] == 'x' && key[2] == 'x';
            bool isCode = key.Length == 3 && key[0] is >= '2' and <= '9' && key[1] is >= '0' and <= '9' && key[2] is >= '0' and <= '9';
            if (!isClass && !isCode)
            {
                throw Fail(path, $"'{StyleTemplate.Shown(key)}' is not a status key: {Valid}");
            }

            if (isCode && !StatusCatalog.Default.HttpTable.FindOrUnknown(int.Parse(key, CultureInfo.InvariantCulture)).Definition.BodyAllowed)
            {
                throw Fail(path, $"status {key} carries no body, so a style cannot shape it; {Valid}");
            }
        }

        private static string FieldList(ErrorStyle style) => style.DefaultFields.Count == 0 ? "none" : string.Join(", ", style.DefaultFields.Keys);

        private ErrorStyleException Fail(string field, string problem) => new(source, field, problem);
    }
}
