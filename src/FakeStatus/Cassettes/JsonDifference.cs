using System;
using System.Linq;
using System.Text.Json;

namespace FakeStatus;

/// <summary>The first place two JSON values differ, as <c>at $.lines[0].sku: recorded "A-1", got "B-2"</c>; secret names masked.</summary>
internal static class JsonDifference
{
    public static string? First(JsonElement recorded, JsonElement sent, string path)
    {
        if (recorded.ValueKind != sent.ValueKind)
        {
            return Describe(path, recorded, sent);
        }

        switch (recorded.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (JsonProperty property in recorded.EnumerateObject())
                {
                    string at = path + "." + property.Name;
                    if (!sent.TryGetProperty(property.Name, out JsonElement other))
                    {
                        return $"at {at}: recorded {Value(property.Name, property.Value)}, got none";
                    }

                    if (First(property.Value, other, at) is string difference)
                    {
                        return difference;
                    }
                }

                JsonProperty extra = sent.EnumerateObject().FirstOrDefault(p => !recorded.TryGetProperty(p.Name, out _));
                return extra.Value.ValueKind == JsonValueKind.Undefined ? null : $"at {path}.{extra.Name}: not recorded, got {Value(extra.Name, extra.Value)}";
            case JsonValueKind.Array:
                JsonElement[] left = recorded.EnumerateArray().ToArray();
                JsonElement[] right = sent.EnumerateArray().ToArray();
                for (int i = 0; i < Math.Min(left.Length, right.Length); i++)
                {
                    if (First(left[i], right[i], $"{path}[{i}]") is string difference)
                    {
                        return difference;
                    }
                }

                return left.Length == right.Length ? null : $"at {path}: recorded {left.Length} item(s), got {right.Length}";
            default:
                return recorded.GetRawText() == sent.GetRawText() ? null : Describe(path, recorded, sent);
        }
    }

    private static string Describe(string path, JsonElement recorded, JsonElement sent)
    {
        string name = path.Substring(path.LastIndexOf('.') + 1);
        return $"at {path}: recorded {Value(name, recorded)}, got {Value(name, sent)}";
    }

    private static string Value(string name, JsonElement value)
    {
        string text = value.GetRawText();
        return Secrets.IsSecret(name) ? Secrets.Show(name, text) : ShortText.Cut(text, JsonText.MaxShown);
    }
}
