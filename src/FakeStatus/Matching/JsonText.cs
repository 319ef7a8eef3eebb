using System;
using System.Globalization;
using System.Text.Json;

namespace FakeStatus;

/// <summary>How JSON parse errors and JSON values are written in messages: one line, positions counted from 1, long values cut.</summary>
internal static class JsonText
{
    private const int MaxShown = 60;

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
        return text.Length <= MaxShown ? text : text.Substring(0, MaxShown) + "...";
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
}
