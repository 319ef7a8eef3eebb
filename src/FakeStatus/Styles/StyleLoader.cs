using System.Diagnostics.CodeAnalysis;
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace FakeStatus;

/// <summary>Reads and checks an error style file; every problem names the source and the JSON path of the field.</summary>
internal static class StyleLoader
{
    private static readonly string[] TopLevel = ["name", "description", "source", "sourceUrl", "contentType", "body", "requestId", "headers", "fields", "statuses"];

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
        catch (ArgumentException e)
        {
            throw new ErrorStyleException(sourceName, null, "the file is not valid text: " + e.Message, e);
        }

        using (document)
        {
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
            string contentType = RequiredString(root, "contentType");
            if (StatusRules.HasLineBreak(contentType))
            {
                throw Fail("$.contentType", "contains CR or LF.");
            }

            Dictionary<string, StyleTemplate?> fields = ReadFields(root);
            var known = new HashSet<string>(ErrorStyle.BuiltInNames.Concat(fields.Keys), StringComparer.Ordinal);
            var style = new ErrorStyle(name, contentType, Template("$.body", RequiredString(root, "body"), known))
            {
                Description = OptionalString(root, "description") ?? string.Empty,
                SourceUrl = OptionalString(root, "sourceUrl"),
                RequestId = OptionalString(root, "requestId") is { } id
                    ? Template("$.requestId", id, ErrorStyle.BuiltInNames.Where(n => n != "requestId"))
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
                ReadStatuses(statuses, style, known);
            }

            StyleChecks.RenderEvery(style, source);
            return style;
        }

        private string ReadName(JsonElement root)
        {
            string name = RequiredString(root, "name");
            if (name.Length == 0 || !name.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-'))
            {
                throw Fail("$.name", $"'{name}' is not a valid name: use lower-case ASCII letters, digits and '-', e.g. 'acme-api'.");
            }

            return name;
        }

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
                if (ErrorStyle.BuiltInNames.Contains(field.Name) || StyleTemplate.TryParse("{{" + field.Name + "}}", out _) is null)
                {
                    throw Fail(path, $"'{field.Name}' cannot name a field: use ASCII letters and digits starting with a letter, and none of the built-in names {string.Join(", ", ErrorStyle.BuiltInNames)}.");
                }

                fields[field.Name] = NullableTemplate(field.Value, path, ErrorStyle.BuiltInNames);
            }

            return fields;
        }

        private void ReadStatuses(JsonElement statuses, ErrorStyle style, HashSet<string> known)
        {
            RequireObject(statuses, "$.statuses");
            foreach (JsonProperty status in statuses.EnumerateObject())
            {
                string path = "$.statuses." + status.Name;
                if (!IsStatusKey(status.Name))
                {
                    throw Fail(path, $"'{status.Name}' is not a status key: use a code from 400 to 999 (\"503\") or a class (\"5xx\").");
                }

                RequireObject(status.Value, path);
                var rule = new StyleStatusRule();
                foreach (JsonProperty field in status.Value.EnumerateObject())
                {
                    if (field.Name == "headers")
                    {
                        rule.Headers.AddRange(ReadHeaders(field.Value, path + ".headers", known, allowNull: true));
                    }
                    else if (style.DefaultFields.ContainsKey(field.Name))
                    {
                        rule.Fields[field.Name] = NullableTemplate(field.Value, path + "." + field.Name, ErrorStyle.BuiltInNames);
                    }
                    else
                    {
                        throw Fail(path + "." + field.Name, $"unknown field '{field.Name}'; declare it in $.fields first (the style's fields are: {FieldList(style)}), or use 'headers'.");
                    }
                }

                style.Statuses.Add(status.Name, rule);
            }
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

                StyleTemplate? value = allowNull
                    ? NullableTemplate(header.Value, headerPath, known)
                    : Template(headerPath, StringValue(header.Value, headerPath), known);
                list.Add(new KeyValuePair<string, StyleTemplate?>(header.Name, value));
            }

            return list;
        }

        private StyleTemplate? NullableTemplate(JsonElement value, string path, IEnumerable<string> known) =>
            value.ValueKind == JsonValueKind.Null ? null : Template(path, StringValue(value, path), known);

        private StyleTemplate Template(string path, string text, IEnumerable<string> known)
        {
            StyleTemplate template = StyleTemplate.TryParse(text, out string? problem) ?? throw Fail(path, "malformed template: " + problem);
            var allowed = known as ICollection<string> ?? known.ToList();
            foreach (string name in template.Names)
            {
                if (!allowed.Contains(name))
                {
                    throw Fail(path, $"unknown placeholder {{{{{name}}}}}; the placeholders here are: {string.Join(", ", allowed.Select(n => "{{" + n + "}}"))}.");
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

        private static bool IsStatusKey(string key) =>
            key.Length == 3 && key[0] is >= '4' and <= '9'
            && ((key[1] is >= '0' and <= '9' && key[2] is >= '0' and <= '9') || (key[1] == 'x' && key[2] == 'x'));

        private static string FieldList(ErrorStyle style) => style.DefaultFields.Count == 0 ? "none" : string.Join(", ", style.DefaultFields.Keys);

        private ErrorStyleException Fail(string field, string problem) => new(source, field, problem);
    }
}
