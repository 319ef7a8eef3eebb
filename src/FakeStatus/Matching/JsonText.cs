using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;

namespace FakeStatus;

/// <summary>How JSON parse errors and JSON values are written in messages: one line, positions counted from 1, long values cut.</summary>
internal static class JsonText
{
    /// <summary>The characters of a JSON value a message shows before it cuts the rest.</summary>
    public const int MaxShown = 60;

    public static string Describe(JsonException error)
    {
        string message = error.Message;
        int cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        }

        string reason = (cut < 0 ? message : message.Substring(0, cut)).TrimEnd('.', ' ');
        return string.Format(
            CultureInfo.InvariantCulture,
            "{0} at line {1}, position {2}",
            reason,
            (error.LineNumber ?? 0) + 1,
            (error.BytePositionInLine ?? 0) + 1);
    }

    public static string Show(JsonElement value)
    {
        string text = value.ValueKind switch
        {
            JsonValueKind.Object => "an object",
            JsonValueKind.Array => "an array of " + value.GetArrayLength().ToString(CultureInfo.InvariantCulture),
            _ => value.GetRawText(),
        };
        return ShortText.Cut(text, MaxShown);
    }

    /// <summary>The JSONPath of a property: <c>$.amount</c>, or <c>$['two words']</c> when the name is not a plain identifier.</summary>
    public static string Child(string path, string name)
    {
        foreach (char c in name)
        {
            if (!(char.IsLetterOrDigit(c) || c == '_'))
            {
                return path + "['" + name.Replace("'", "\\'", StringComparison.Ordinal) + "']";
            }
        }

        return name.Length == 0 ? path + "['']" : path + "." + name;
    }

    public static string Item(string path, int index) => path + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    /// <summary>The first sentence of an exception message: the part that says what went wrong, without its JSON path.</summary>
    public static string FirstSentence(string message)
    {
        int end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message.Substring(0, end + 1);
    }

    /// <summary>The index of the first unpaired surrogate in <paramref name="text"/>, or -1 when it is valid UTF-16.</summary>
    public static int UnpairedSurrogateAt(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Whether <paramref name="json"/> is valid JSON that only nests deeper than <see cref="JsonPattern.MaxDepth"/>.</summary>
    public static bool IsTooDeep(byte[] json)
    {
        // The reader walks the text without recursion, so any depth is safe to check here.
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = int.MaxValue });
        int deepest = 0;
        try
        {
            while (reader.Read())
            {
                deepest = Math.Max(deepest, reader.CurrentDepth + 1);
            }
        }
        catch (JsonException)
        {
            return false;
        }

        return deepest > JsonPattern.MaxDepth;
    }

    /// <summary>
    /// What makes <paramref name="value"/> unusable as a pattern, with its JSON path: a string or property name that is not valid
    /// UTF-16 (no request can match it), or a property given twice in one object (only one could be compared). Null when none.
    /// </summary>
    public static string? PatternProblem(JsonElement value, string path)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                return TryGetString(value) is null ? $"the string at {path} is an unpaired surrogate escape (such as \\uD83D), which is not valid UTF-16 text" : null;
            case JsonValueKind.Array:
                int index = 0;
                foreach (JsonElement item in value.EnumerateArray())
                {
                    if (PatternProblem(item, Item(path, index++)) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case JsonValueKind.Object:
                var names = new HashSet<string>(StringComparer.Ordinal);
                foreach (JsonProperty property in value.EnumerateObject())
                {
                    string? name = TryGetName(property);
                    if (name is null)
                    {
                        return $"the property name at {Child(path, RawName(property))} is an unpaired surrogate escape (such as \\uD83D), which is not valid UTF-16 text";
                    }

                    if (!names.Add(name))
                    {
                        return $"the property {Child(path, name)} is given twice in one object; give it once";
                    }

                    if (PatternProblem(property.Value, Child(path, name)) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    /// <summary>The string's value; null when its escapes do not make valid UTF-16 (an unpaired surrogate such as \uD83D).</summary>
    public static string? TryGetString(JsonElement value)
    {
        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>The property's name; null when its escapes do not make valid UTF-16.</summary>
    public static string? TryGetName(JsonProperty property)
    {
        try
        {
            return property.Name;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>The property's name as written in the JSON text, escapes and all: for messages, when the name is not valid text.</summary>
    public static string RawName(JsonProperty property)
    {
        string raw = property.ToString();
        int end = 1;
        while (end < raw.Length && raw[end] != '"')
        {
            end += raw[end] == '\\' ? 2 : 1;
        }

        return raw.Substring(1, Math.Min(end, raw.Length) - 1);
    }

    /// <summary>
    /// <see cref="JsonElement.TryGetProperty(string, out JsonElement)"/>, for objects whose other property names may not be
    /// valid UTF-16: those are skipped, as no valid name equals them.
    /// </summary>
    public static bool TryGetProperty(JsonElement obj, string name, out JsonElement value)
    {
        try
        {
            return obj.TryGetProperty(name, out value);
        }
        catch (InvalidOperationException)
        {
            value = default;
            bool found = false;
            foreach (JsonProperty property in obj.EnumerateObject())
            {
                // The last of repeated names wins, as TryGetProperty's does.
                if (TryGetName(property) is { } candidate && string.Equals(candidate, name, StringComparison.Ordinal))
                {
                    value = property.Value;
                    found = true;
                }
            }

            return found;
        }
    }
}
