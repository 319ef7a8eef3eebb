using System;
using System.Collections.Generic;

namespace FakeStatus;

/// <summary>Splits <c>?a=1&amp;b=2</c> into unescaped name/value pairs ('+' is a space, as in forms).</summary>
internal static class QueryString
{
    public static List<KeyValuePair<string, string>> Parse(string query)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        int start = query.Length > 0 && query[0] == '?' ? 1 : 0;
        foreach (string pair in query.Substring(start).Split('&'))
        {
            if (pair.Length == 0)
            {
                continue;
            }

            int equals = pair.IndexOf('=', StringComparison.Ordinal);
            string name = Unescape(equals < 0 ? pair : pair.Substring(0, equals));
            string value = equals < 0 ? string.Empty : Unescape(pair.Substring(equals + 1));
            pairs.Add(new KeyValuePair<string, string>(name, value));
        }

        return pairs;
    }

    /// <summary>The first value of <paramref name="name"/> (ordinal) in <paramref name="uri"/>'s query, or null when absent.</summary>
    public static string? First(Uri uri, string name)
    {
        if (!uri.IsAbsoluteUri)
        {
            return null;
        }

        foreach (KeyValuePair<string, string> pair in Parse(uri.Query))
        {
            if (string.Equals(pair.Key, name, StringComparison.Ordinal))
            {
                return pair.Value;
            }
        }

        return null;
    }

    private static string Unescape(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));
}
