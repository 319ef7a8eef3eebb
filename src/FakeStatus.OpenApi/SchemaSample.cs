using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace FakeStatus.OpenApi;

/// <summary>
/// A deterministic sample value for a schema: its example, const, default or first enum value when it has one, else a value
/// of its type (formats give realistic strings). Recursive schemas stop at a fixed depth so a cycle cannot loop.
/// </summary>
internal static class SchemaSample
{
    private const int MaxDepth = 6;

    public static JsonNode? Create(IOpenApiSchema? schema, string location) => Create(schema, location, 0);

    private static JsonNode? Create(IOpenApiSchema? schema, string location, int depth)
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

        if (schema.AllOf is { Count: > 0 })
        {
            return Merge(schema, location, depth);
        }

        if (schema.OneOf is { Count: > 0 })
        {
            return Create(schema.OneOf[0], location + "/oneOf/0", depth + 1);
        }

        if (schema.AnyOf is { Count: > 0 })
        {
            return Create(schema.AnyOf[0], location + "/anyOf/0", depth + 1);
        }

        return TypeOf(schema) switch
        {
            JsonSchemaType.Object => Object(schema, location, depth),
            JsonSchemaType.Array => depth >= MaxDepth
                ? new JsonArray()
                : new JsonArray(Create(schema.Items, location + "/items", depth + 1)),
            JsonSchemaType.String => JsonValue.Create(Text(schema)),
            JsonSchemaType.Integer => JsonValue.Create((long)Number(schema)),
            JsonSchemaType.Number => JsonValue.Create(Number(schema)),
            JsonSchemaType.Boolean => JsonValue.Create(true),
            _ => null,
        };
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

    private static JsonObject Object(IOpenApiSchema schema, string location, int depth)
    {
        var result = new JsonObject();
        if (schema.Properties is null || depth >= MaxDepth)
        {
            return result;
        }

        foreach (KeyValuePair<string, IOpenApiSchema> property in schema.Properties)
        {
            result[property.Key] = Create(property.Value, location + "/properties/" + Pointer.Escape(property.Key), depth + 1);
        }

        return result;
    }

    private static JsonNode? Merge(IOpenApiSchema schema, string location, int depth)
    {
        var merged = new JsonObject();
        for (int i = 0; i < schema.AllOf!.Count; i++)
        {
            JsonNode? part = Create(schema.AllOf[i], $"{location}/allOf/{i}", depth + 1);
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
            foreach (KeyValuePair<string, JsonNode?> pair in Object(schema, location, depth))
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

    private static string Text(IOpenApiSchema schema)
    {
        string text = schema.Format switch
        {
            "date-time" => "2026-02-25T12:00:00Z",
            "date" => "2026-02-25",
            "time" => "12:00:00",
            "uuid" => "3fa85f64-5717-4562-b3fc-2c963f66afa6",
            "email" => "user@example.com",
            "uri" or "url" => "https://example.com/",
            "hostname" => "example.com",
            "ipv4" => "192.0.2.1",
            "ipv6" => "2001:db8::1",
            "byte" => "ZmFrZXN0YXR1cw==",
            "password" => "********",
            _ => "string",
        };

        if (schema.MinLength is int min && text.Length < min)
        {
            text = text.PadRight(min, 'x');
        }

        return schema.MaxLength is int max && max >= 0 && text.Length > max ? text.Substring(0, max) : text;
    }

    private static double Number(IOpenApiSchema schema)
    {
        if (double.TryParse(schema.Minimum, NumberStyles.Float, CultureInfo.InvariantCulture, out double minimum))
        {
            return minimum;
        }

        if (double.TryParse(schema.ExclusiveMinimum, NumberStyles.Float, CultureInfo.InvariantCulture, out double above))
        {
            return Math.Floor(above) + 1;
        }

        return double.TryParse(schema.Maximum, NumberStyles.Float, CultureInfo.InvariantCulture, out double maximum) && maximum < 0 ? maximum : 0;
    }
}
