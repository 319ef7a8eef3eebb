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
        StyleDocument document = JsonInput.Read(json, StyleJsonContext.Default.StyleDocument, (location, problem, line, position, inner) =>
                new ErrorStyleFormatException(sourceName, location, location == "$" && problem.StartsWith("expected an object", StringComparison.Ordinal) ? NotAStyle : problem, line, position, inner),
                $"the fields of a style are {string.Join(", ", TopLevel)}.")
            ?? throw new ErrorStyleFormatException(sourceName, "$", NotAStyle);
        return new Reader(sourceName).Read(document);
    }

    private const string NotAStyle = "a style is a JSON object with at least name, contentType and body.";

    private sealed class Reader(string source)
    {
        public ErrorStyle Read(StyleDocument root)
        {
            string name = ReadName(root.Name);
            string contentType = ContentType(Required(root.ContentType, "contentType"), "$.contentType");
            Dictionary<string, StyleTemplate?> fields = ReadFields(root.Fields);
            var known = new HashSet<string>(ErrorStyle.BuiltInNames.Concat(fields.Keys), StringComparer.Ordinal);
            var style = new ErrorStyle(name, contentType, Template("$.body", Required(root.Body, "body"), known))
            {
                Description = root.Description ?? string.Empty,
                SourceUrl = root.SourceUrl,
                RequestId = root.RequestId is { } id
                    ? Template("$.requestId", id, ErrorStyle.BuiltInNames.Where(n => n != "requestId").ToList())
                    : StyleTemplate.TryParse("fakestatus-{{status}}", out _)!,
            };

            foreach (KeyValuePair<string, StyleTemplate?> field in fields)
            {
                style.DefaultFields.Add(field.Key, field.Value);
            }

            if (root.Headers is { } headers)
            {
                foreach (KeyValuePair<string, StyleTemplate?> header in ReadHeaders(headers, "$.headers", known, allowNull: false))
                {
                    style.Headers.Add(new KeyValuePair<string, StyleTemplate>(header.Key, header.Value!));
                }
            }

            foreach (KeyValuePair<string, StyleRuleDocument?> status in root.Statuses ?? [])
            {
                string path = JsonInput.Member("$.statuses", status.Key);
                CheckStatusKey(status.Key, path);
                StyleRuleDocument rule = status.Value ?? throw Fail(path, "expected an object, found null.");
                StyleStatusRule read = ReadRule(rule.Headers, rule.Fields, path, style, known, allowBody: true);
                read.Body = rule.Body is null ? null : Template(path + ".body", rule.Body, known);
                read.ContentType = rule.ContentType is null ? null : ContentType(rule.ContentType, path + ".contentType");
                style.Statuses.Add(status.Key, read);
            }

            if (root.Codes is { } codes)
            {
                if (!style.DefaultFields.ContainsKey("code"))
                {
                    throw Fail("$.codes", "lists vendor codes, but the style has no 'code' field for a route to set; declare it in $.fields.");
                }

                foreach (KeyValuePair<string, StyleCodeDocument?> code in codes)
                {
                    string path = JsonInput.Member("$.codes", code.Key);
                    if (code.Key.Length == 0 || StatusRules.HasLineBreak(code.Key) || code.Key.Any(char.IsControl))
                    {
                        throw Fail(path, "a vendor code is a non-empty text without control characters, e.g. \"QueueDoesNotExist\".");
                    }

                    StyleCodeDocument rule = code.Value ?? throw Fail(path, "expected an object, found null.");
                    style.Codes.Add(code.Key, ReadRule(rule.Headers, rule.Fields, path, style, known, allowBody: false));
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

        private string ReadName(string? value)
        {
            string name = Required(value, "name");
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

        private Dictionary<string, StyleTemplate?> ReadFields(Dictionary<string, string?>? element)
        {
            var fields = new Dictionary<string, StyleTemplate?>(StringComparer.Ordinal);
            foreach (KeyValuePair<string, string?> field in element ?? [])
            {
                string path = JsonInput.Member("$.fields", field.Key);
                if (ErrorStyle.BuiltInNames.Contains(field.Key) || RuleKeys.Contains(field.Key) || !IsFieldName(field.Key))
                {
                    throw Fail(path, $"'{StyleTemplate.Shown(field.Key)}' cannot name a field: use ASCII letters and digits starting with a letter, and none of {string.Join(", ", ErrorStyle.BuiltInNames.Concat(RuleKeys))}.");
                }

                fields[field.Key] = field.Value is null ? null : Template(path, field.Value, ErrorStyle.BuiltInNames);
            }

            return fields;
        }

        private static bool IsFieldName(string name) =>
            name.Length > 0 && name[0] is >= 'a' and <= 'z' or >= 'A' and <= 'Z' && name.All(c => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9');

        /// <summary>The headers and fields of a status or code rule; the keys that are no property of the rule are the style's fields.</summary>
        private StyleStatusRule ReadRule(Dictionary<string, string?>? headers, Dictionary<string, JsonElement>? fields, string path, ErrorStyle style, HashSet<string> known, bool allowBody)
        {
            var rule = new StyleStatusRule();
            if (headers is not null)
            {
                rule.Headers.AddRange(ReadHeaders(headers, path + ".headers", known, allowNull: true));
            }

            foreach (KeyValuePair<string, JsonElement> field in fields ?? [])
            {
                string fieldPath = JsonInput.Member(path, field.Key);
                if (!style.DefaultFields.ContainsKey(field.Key))
                {
                    throw Fail(fieldPath, $"unknown field '{StyleTemplate.Shown(field.Key)}'; declare it in $.fields first (the style's fields are: {FieldList(style)}), or use {(allowBody ? "'headers', 'body' or 'contentType'" : "'headers'")}.");
                }

                rule.Fields[field.Key] = field.Value.ValueKind switch
                {
                    JsonValueKind.Null => null,
                    JsonValueKind.String => Template(fieldPath, Text(field.Value, fieldPath), ErrorStyle.BuiltInNames),
                    JsonValueKind kind => throw Fail(fieldPath, $"expected a string, found {JsonInput.KindName(kind)}."),
                };
            }

            return rule;
        }

        private List<KeyValuePair<string, StyleTemplate?>> ReadHeaders(Dictionary<string, string?> headers, string path, HashSet<string> known, bool allowNull)
        {
            var list = new List<KeyValuePair<string, StyleTemplate?>>();
            foreach (KeyValuePair<string, string?> header in headers)
            {
                string headerPath = JsonInput.Member(path, header.Key);
                try
                {
                    StatusRules.ValidateHeaderName(header.Key, nameof(headers));
                }
                catch (ArgumentException e)
                {
                    throw new ErrorStyleFormatException(source, headerPath, e.Message, e);
                }

                if (list.Any(h => string.Equals(h.Key, header.Key, StringComparison.OrdinalIgnoreCase)))
                {
                    throw Fail(headerPath, "is given twice (header names are case-insensitive).");
                }

                if (string.Equals(header.Key, "Content-Type", StringComparison.OrdinalIgnoreCase) || string.Equals(header.Key, "Content-Length", StringComparison.OrdinalIgnoreCase))
                {
                    throw Fail(headerPath, "is set from the body: use contentType (for the style, or for one status) instead.");
                }

                StyleTemplate? value = header.Value is { } text ? Template(headerPath, text, known)
                    : allowNull ? null
                    : throw Fail(headerPath, "expected a string, found null.");
                list.Add(new KeyValuePair<string, StyleTemplate?>(header.Key, value));
            }

            return list;
        }

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

        /// <summary>A field's value that the serializer kept as JSON, since which keys are fields is known only from the file.</summary>
        private string Text(JsonElement value, string path)
        {
            try
            {
                return value.GetString()!;
            }
            catch (InvalidOperationException e)
            {
                throw new ErrorStyleFormatException(source, path, JsonInput.LoneSurrogate, e);
            }
        }

        private string Required(string? value, string name) => value ?? throw Fail("$." + name, "is required.");

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

        private ErrorStyleFormatException Fail(string field, string problem) => new(source, field, problem);
    }
}
