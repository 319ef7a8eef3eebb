using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace FakeStatus.OpenApi;

/// <summary>
/// A deterministic sample value for a schema: its example, const, default or first enum value when it has one, else a value
/// of its type that the schema accepts: every property (a required one always), strings by <c>format</c> or <c>pattern</c>
/// within their lengths, numbers within their bounds and on their <c>multipleOf</c>, arrays of <c>minItems</c> items. Only a
/// schema that contains itself is cut, where it recurs: an optional property is left out, an array is empty.
/// </summary>
internal static class SchemaSample
{
    // Deep enough for any real document; only a pathological one (thousands of distinct nested schemas) reaches it.
    private const int SafetyDepth = 64;

    public static JsonNode? Create(IOpenApiSchema? schema, string location, List<OpenApiImportNote>? notes = null) =>
        Create(schema, location, new List<IOpenApiSchema>(), notes);

    private static JsonNode? Create(IOpenApiSchema? schema, string location, List<IOpenApiSchema> path, List<OpenApiImportNote>? notes)
    {
        if (schema is null)
        {
            return null;
        }

        if (schema is OpenApiSchemaReference reference && reference.Target is null)
        {
            throw new PlanException(location, $"the schema reference '{Quote(reference)}' does not point to a schema in the document.");
        }

        // OpenAPI 3.0 documents carry the schema's single 'example'; 3.1 ones a list of 'examples'. Both are read.
        // Microsoft.OpenApi 3.x marks 'Example' obsolete in favour of 'Examples', but 3.0 documents still only have it.
#pragma warning disable CS0618
        if (schema.Example is not null)
        {
            return schema.Example.DeepClone();
        }
#pragma warning restore CS0618

        if (schema.Examples is { Count: > 0 } && schema.Examples[0] is not null)
        {
            return schema.Examples[0].DeepClone();
        }

        if (schema.Const is not null)
        {
            return Scalar(schema, schema.Const);
        }

        if (schema.Default is not null)
        {
            return schema.Default.DeepClone();
        }

        if (schema.Enum is { Count: > 0 })
        {
            return schema.Enum[0]?.DeepClone();
        }

        if (path.Count >= SafetyDepth)
        {
            return null;
        }

        path.Add(Resolve(schema));
        try
        {
            if (schema.AllOf is { Count: > 0 })
            {
                return Merge(schema, location, path, notes);
            }

            if (schema.OneOf is { Count: > 0 })
            {
                return Create(schema.OneOf[0], location + "/oneOf/0", path, notes);
            }

            if (schema.AnyOf is { Count: > 0 })
            {
                return Create(schema.AnyOf[0], location + "/anyOf/0", path, notes);
            }

            return TypeOf(schema) switch
            {
                JsonSchemaType.Object => Object(schema, location, path, notes),
                JsonSchemaType.Array => Array(schema, location, path, notes),
                JsonSchemaType.String => JsonValue.Create(Text(schema, location, notes)),
                JsonSchemaType.Integer => JsonValue.Create((long)Number(schema, integer: true)),
                JsonSchemaType.Number => JsonValue.Create(Number(schema, integer: false)),
                JsonSchemaType.Boolean => JsonValue.Create(true),
                _ => null,
            };
        }
        finally
        {
            path.RemoveAt(path.Count - 1);
        }
    }

    private static IOpenApiSchema Resolve(IOpenApiSchema schema) => schema is OpenApiSchemaReference { Target: { } target } ? target : schema;

    // A schema recurs when it is already being generated further up: only then is generation cut.
    private static bool Recurs(IOpenApiSchema? schema, List<IOpenApiSchema> path)
    {
        if (schema is null)
        {
            return false;
        }

        IOpenApiSchema resolved = Resolve(schema);
        foreach (IOpenApiSchema open in path)
        {
            if (ReferenceEquals(open, resolved))
            {
                return true;
            }
        }

        return false;
    }

    // The reference as the document writes it: a whole-file reference ('error.yaml') is kept whole, not given a made-up pointer.
    private static string? Quote(OpenApiSchemaReference reference) =>
        reference.Reference is { IsExternal: true, ExternalResource: string file } r && r.Id == file ? file : reference.Reference?.ReferenceV3;

    private static JsonSchemaType? TypeOf(IOpenApiSchema schema)
    {
        if (schema.Type is JsonSchemaType type)
        {
            // OpenAPI 3.1 allows a list of types such as [string, "null"]: sample the first one that is not null.
            foreach (JsonSchemaType candidate in new[] { JsonSchemaType.Object, JsonSchemaType.Array, JsonSchemaType.String, JsonSchemaType.Integer, JsonSchemaType.Number, JsonSchemaType.Boolean })
            {
                if ((type & candidate) == candidate)
                {
                    return candidate;
                }
            }

            return JsonSchemaType.Null;
        }

        return schema.Properties is { Count: > 0 } ? JsonSchemaType.Object : schema.Items is not null ? JsonSchemaType.Array : null;
    }

    private static JsonObject Object(IOpenApiSchema schema, string location, List<IOpenApiSchema> path, List<OpenApiImportNote>? notes)
    {
        var result = new JsonObject();
        foreach (KeyValuePair<string, IOpenApiSchema> property in schema.Properties ?? new Dictionary<string, IOpenApiSchema>())
        {
            bool required = schema.Required?.Contains(property.Key) == true;
            if (Recurs(property.Value, path))
            {
                if (required)
                {
                    // A required property that contains its own object: the one place a sample cannot be complete.
                    result[property.Key] = AllowsNull(property.Value) ? null : new JsonObject();
                }

                continue;
            }

            result[property.Key] = Create(property.Value, location + "/properties/" + Pointer.Escape(property.Key), path, notes);
        }

        foreach (string name in schema.Required ?? new HashSet<string>())
        {
            if (!result.ContainsKey(name))
            {
                // Required but not described: any value is valid.
                result[name] = "string";
            }
        }

        return result;
    }

    private static JsonArray Array(IOpenApiSchema schema, string location, List<IOpenApiSchema> path, List<OpenApiImportNote>? notes)
    {
        var result = new JsonArray();
        if (Recurs(schema.Items, path) || schema.MaxItems == 0)
        {
            return result;
        }

        JsonNode? item = Create(schema.Items, location + "/items", path, notes);
        int count = Math.Max(1, schema.MinItems ?? 0);
        for (int i = 0; i < count; i++)
        {
            result.Add(item?.DeepClone());
        }

        return result;
    }

    private static bool AllowsNull(IOpenApiSchema schema) => schema.Type is JsonSchemaType type && (type & JsonSchemaType.Null) == JsonSchemaType.Null;

    private static JsonNode? Merge(IOpenApiSchema schema, string location, List<IOpenApiSchema> path, List<OpenApiImportNote>? notes)
    {
        var merged = new JsonObject();
        for (int i = 0; i < schema.AllOf!.Count; i++)
        {
            JsonNode? part = Create(schema.AllOf[i], $"{location}/allOf/{i}", path, notes);
            if (part is not JsonObject partObject)
            {
                return part;
            }

            foreach (KeyValuePair<string, JsonNode?> pair in partObject)
            {
                merged[pair.Key] = pair.Value?.DeepClone();
            }
        }

        if (schema.Properties is not null)
        {
            foreach (KeyValuePair<string, JsonNode?> pair in Object(schema, location, path, notes))
            {
                merged[pair.Key] = pair.Value?.DeepClone();
            }
        }

        return merged;
    }

    private static JsonValue? Scalar(IOpenApiSchema schema, string value) => TypeOf(schema) switch
    {
        JsonSchemaType.Integer when long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out long whole) => JsonValue.Create(whole),
        JsonSchemaType.Number when double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double number) => JsonValue.Create(number),
        JsonSchemaType.Boolean when bool.TryParse(value, out bool flag) => JsonValue.Create(flag),
        _ => JsonValue.Create(value),
    };

    private static string Text(IOpenApiSchema schema, string location, List<OpenApiImportNote>? notes)
    {
        int min = Math.Max(schema.MinLength ?? 0, 0);
        if (!string.IsNullOrEmpty(schema.Pattern))
        {
            if (PatternSample.Create(schema.Pattern!, min) is string matching)
            {
                return matching;
            }

            notes?.Add(new OpenApiImportNote(location, $"no sample could be made for the pattern '{schema.Pattern}', so the generated string does not match it; give the schema an example.", isUnsupported: true));
        }

        string text = schema.Format switch
        {
            "date-time" => "2026-02-25T12:00:00Z",
            "date" => "2026-02-25",
            "time" => "12:00:00Z",
            "duration" => "P1D",
            "uuid" => "3fa85f64-5717-4562-b3fc-2c963f66afa6",
            "email" or "idn-email" => "user@example.com",
            "uri" or "url" or "iri" => "https://example.com/",
            "uri-reference" or "iri-reference" => "/example",
            "hostname" or "idn-hostname" => "example.com",
            "ipv4" => "192.0.2.1",
            "ipv6" => "2001:db8::1",
            "byte" => "ZmFrZXN0YXR1cw==",
            "password" => "********",
            _ => "string",
        };

        if (text.Length < min)
        {
            text = text.PadRight(min, 'x');
        }

        return schema.MaxLength is int max && max >= 0 && text.Length > max ? text.Substring(0, max) : text;
    }

    // The value nearest 0 that the bounds accept, moved onto multipleOf.
    private static double Number(IOpenApiSchema schema, bool integer)
    {
        double? minimum = Parse(schema.Minimum);
        double? above = Parse(schema.ExclusiveMinimum);
        double? maximum = Parse(schema.Maximum);
        double? below = Parse(schema.ExclusiveMaximum);
        double step = schema.MultipleOf is { } multiple && (double)multiple > 0 ? (double)multiple : integer ? 1 : 0;

        double value = 0;
        if (minimum is double low && value < low)
        {
            value = low;
        }

        if (above is double floor && value <= floor)
        {
            value = step > 0 ? floor + step : maximum is double top && top > floor ? (floor + top) / 2 : below is double under && under > floor ? (floor + under) / 2 : floor + 1;
        }

        if (maximum is double high && value > high)
        {
            value = high;
        }

        if (below is double ceiling && value >= ceiling)
        {
            value = step > 0 ? ceiling - step : minimum is double bottom && bottom < ceiling ? (bottom + ceiling) / 2 : ceiling - 1;
        }

        if (step > 0)
        {
            // The multiple at or above the value, unless that passes the upper bound.
            double up = Math.Ceiling(value / step) * step;
            value = (maximum is double h && up > h) || (below is double b && up >= b) ? Math.Floor(value / step) * step : up;
        }

        return value;
    }

    private static double? Parse(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) ? value : null;
}
