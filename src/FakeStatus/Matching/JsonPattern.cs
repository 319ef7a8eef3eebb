using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace FakeStatus;

/// <summary>
/// A JSON body pattern, parsed once at registration. Key order and whitespace never matter, numbers compare by value, arrays
/// in order; an exact pattern wants the same properties, a partial one lets the request carry more.
/// </summary>
internal sealed class JsonPattern
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);
    private readonly JsonElement _root;

    private JsonPattern(JsonElement root, bool partial)
    {
        _root = root;
        IsPartial = partial;
        Text = root.GetRawText();
    }

    public bool IsPartial { get; }

    /// <summary>The pattern as compact JSON, for route names and messages.</summary>
    public string Text { get; }

    public static JsonPattern FromObject(object pattern, bool partial, string parameter)
    {
        if (pattern is JsonNode node)
        {
            return FromJson(node.ToJsonString(), partial, parameter);
        }

        byte[] json;
        try
        {
            json = JsonSerializer.SerializeToUtf8Bytes(pattern, pattern.GetType(), Web);
        }
        catch (NotSupportedException e)
        {
            throw new ArgumentException($"The JSON body pattern, a {pattern.GetType().Name}, cannot be serialized to JSON: {e.Message} Pass an anonymous object, a record, a JsonNode or JSON text.", parameter, e);
        }

        return Parse(json, partial, parameter);
    }

    public static JsonPattern FromJson(string json, bool partial, string parameter) =>
        Parse(System.Text.Encoding.UTF8.GetBytes(json ?? throw new ArgumentNullException(parameter)), partial, parameter);

    /// <summary>Whether <paramref name="actual"/> fits; with <paramref name="differences"/>, every JSON path that differs is added to it.</summary>
    public bool Matches(JsonElement actual, List<string>? differences) => Compare(_root, actual, differences is null ? null : "$", differences);

    private static JsonPattern Parse(byte[] json, bool partial, string parameter)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return new JsonPattern(document.RootElement.Clone(), partial);
        }
        catch (JsonException e)
        {
            throw new ArgumentException($"The JSON body pattern is not valid JSON: {JsonText.Describe(e)}.", parameter, e);
        }
    }

    // The path is built only when differences are collected, so a plain match allocates no strings.
    private bool Compare(JsonElement pattern, JsonElement actual, string? path, List<string>? differences)
    {
        if (pattern.ValueKind == JsonValueKind.String && pattern.ValueEquals(JsonMatch.Any))
        {
            return true;
        }

        if (pattern.ValueKind != actual.ValueKind && !(IsBoolean(pattern) && IsBoolean(actual)))
        {
            return Mismatch(pattern, actual, path, differences);
        }

        switch (pattern.ValueKind)
        {
            case JsonValueKind.Object:
                return CompareObjects(pattern, actual, path, differences);
            case JsonValueKind.Array:
                return CompareArrays(pattern, actual, path, differences);
            case JsonValueKind.Number:
                return SameNumber(pattern, actual) || Mismatch(pattern, actual, path, differences);
            case JsonValueKind.String:
                return string.Equals(pattern.GetString(), actual.GetString(), StringComparison.Ordinal) ||
                    Mismatch(pattern, actual, path, differences);
            case JsonValueKind.True:
            case JsonValueKind.False:
                return pattern.ValueKind == actual.ValueKind || Mismatch(pattern, actual, path, differences);
            default:
                return true;
        }
    }

    private bool CompareObjects(JsonElement pattern, JsonElement actual, string? path, List<string>? differences)
    {
        bool matched = true;
        foreach (JsonProperty wanted in pattern.EnumerateObject())
        {
            string? child = path is null ? null : JsonText.Child(path, wanted.Name);
            bool fits = actual.TryGetProperty(wanted.Name, out JsonElement value)
                ? CompareProperty(wanted, value, child, differences)
                : Differ(differences, child, "missing");
            if (!fits)
            {
                if (differences is null)
                {
                    return false;
                }

                matched = false;
            }
        }

        if (!IsPartial)
        {
            foreach (JsonProperty extra in actual.EnumerateObject())
            {
                if (!pattern.TryGetProperty(extra.Name, out _))
                {
                    if (differences is null)
                    {
                        return false;
                    }

                    matched = Differ(differences, JsonText.Child(path!, extra.Name), "not expected (exact match)");
                }
            }
        }

        return matched;
    }

    private bool CompareArrays(JsonElement pattern, JsonElement actual, string? path, List<string>? differences)
    {
        int wanted = pattern.GetArrayLength();
        int got = actual.GetArrayLength();
        if (wanted != got && differences is null)
        {
            return false;
        }

        bool matched = wanted == got;
        for (int i = 0; i < Math.Max(wanted, got); i++)
        {
            string? item = path is null ? null : JsonText.Item(path, i);
            if (i >= got)
            {
                Differ(differences, item, "missing");
            }
            else if (i >= wanted)
            {
                Differ(differences, item, "not expected");
            }
            else if (!Compare(pattern[i], actual[i], item, differences))
            {
                if (differences is null)
                {
                    return false;
                }

                matched = false;
            }
        }

        return matched;
    }

    private static bool IsBoolean(JsonElement value) => value.ValueKind is JsonValueKind.True or JsonValueKind.False;

    private static bool SameNumber(JsonElement pattern, JsonElement actual)
    {
        if (pattern.TryGetDecimal(out decimal a) && actual.TryGetDecimal(out decimal b))
        {
            return a == b;
        }

        if (pattern.TryGetDouble(out double x) && actual.TryGetDouble(out double y))
        {
            return x.Equals(y);
        }

        return string.Equals(pattern.GetRawText(), actual.GetRawText(), StringComparison.Ordinal);
    }

    /// <summary>A property's value; a secret one (a password, a token) is reported as differing without showing either value.</summary>
    private bool CompareProperty(JsonProperty wanted, JsonElement value, string? child, List<string>? differences)
    {
        if (differences is null || !Secrets.IsSecret(wanted.Name) || wanted.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
        {
            return Compare(wanted.Value, value, child, differences);
        }

        return Compare(wanted.Value, value, child, null) || Differ(differences, child, "differs (a secret: values masked)");
    }

    private static bool Mismatch(JsonElement pattern, JsonElement actual, string? path, List<string>? differences)
    {
        differences?.Add(path + ": expected " + JsonText.Show(pattern) + ", got " + JsonText.Show(actual));
        return false;
    }

    private static bool Differ(List<string>? differences, string? path, string what)
    {
        differences?.Add(path + ": " + what);
        return false;
    }
}
