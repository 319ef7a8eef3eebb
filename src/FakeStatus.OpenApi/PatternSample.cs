using System;
using System.Text;
using System.Text.RegularExpressions;

namespace FakeStatus.OpenApi;

/// <summary>
/// The shortest string a schema's <c>pattern</c> obviously accepts: each repetition at its minimum, the first alternative,
/// the first character of each class. The result is checked against the pattern itself, so a pattern this reading gets
/// wrong (lookarounds, back-references) gives <see langword="null"/> rather than a string that does not match.
/// </summary>
internal static class PatternSample
{
    public static string? Create(string pattern, int minLength)
    {
        string? text;
        try
        {
            int i = 0;
            var result = new StringBuilder();
            Alternation(pattern, ref i, result, Math.Max(minLength, 0));
            text = result.ToString();
        }
        catch (Exception e) when (e is IndexOutOfRangeException or ArgumentOutOfRangeException or FormatException)
        {
            // A pattern this reading does not follow (or a malformed one): no sample, rather than a wrong one.
            return null;
        }

        try
        {
            return Regex.IsMatch(text, pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)) ? text : null;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    // Writes the first alternative and skips the others, up to the closing ')' of the group or the end.
    private static void Alternation(string pattern, ref int i, StringBuilder result, int minLength)
    {
        bool skipping = false;
        var scratch = new StringBuilder();
        while (i < pattern.Length && pattern[i] != ')')
        {
            if (pattern[i] == '|')
            {
                skipping = true;
                i++;
                continue;
            }

            Atom(pattern, ref i, skipping ? scratch : result, minLength);
        }
    }

    private static void Atom(string pattern, ref int i, StringBuilder result, int minLength)
    {
        int start = result.Length;
        char c = pattern[i];
        switch (c)
        {
            case '^' or '$':
                i++;
                return;
            case '(':
                i++;
                bool lookaround = pattern[i] == '?' && (pattern[i + 1] is '=' or '!' or '<');
                if (pattern[i] == '?')
                {
                    // (?:...) and named groups (?<name>...) keep their content; lookarounds add nothing.
                    i += pattern[i + 1] == '<' && pattern[i + 2] is not ('=' or '!') ? pattern.IndexOf('>', i) - i + 1 : 2;
                }

                Alternation(pattern, ref i, lookaround ? new StringBuilder() : result, 0);
                i++; // ')'
                break;
            case '[':
                result.Append(Class(pattern, ref i));
                break;
            case '\\':
                i++;
                result.Append(Escape(pattern, ref i));
                break;
            case '.':
                i++;
                result.Append('a');
                break;
            default:
                i++;
                result.Append(c);
                break;
        }

        Repeat(pattern, ref i, result, start, minLength);
    }

    private static void Repeat(string pattern, ref int i, StringBuilder result, int start, int minLength)
    {
        if (i >= pattern.Length)
        {
            return;
        }

        string unit = result.ToString(start, result.Length - start);
        int min;
        int max;
        switch (pattern[i])
        {
            case '*':
                (min, max) = (0, int.MaxValue);
                i++;
                break;
            case '+':
                (min, max) = (1, int.MaxValue);
                i++;
                break;
            case '?':
                (min, max) = (0, 1);
                i++;
                break;
            case '{' when pattern.IndexOf('}', i) is int close and > 0 && Regex.IsMatch(pattern.Substring(i, close - i + 1), @"^\{\d+(,\d*)?\}$", RegexOptions.None, TimeSpan.FromSeconds(1)):
                string[] bounds = pattern.Substring(i + 1, close - i - 1).Split(',');
                min = int.Parse(bounds[0], System.Globalization.CultureInfo.InvariantCulture);
                max = bounds.Length == 1 ? min : bounds[1].Length == 0 ? int.MaxValue : int.Parse(bounds[1], System.Globalization.CultureInfo.InvariantCulture);
                i = close + 1;
                break;
            default:
                return;
        }

        if (i < pattern.Length && pattern[i] is '?' or '+')
        {
            i++; // lazy or possessive: the same strings
        }

        // The minimum count, or more of an open-ended repetition when the schema's minLength asks for a longer string.
        int count = min;
        while (unit.Length > 0 && count < max && start + (unit.Length * count) < minLength)
        {
            count++;
        }

        result.Length = start;
        for (int n = 0; n < count; n++)
        {
            result.Append(unit);
        }
    }

    private static char Class(string pattern, ref int i)
    {
        int close = i + 1;
        close += pattern[close] == '^' ? 1 : 0;
        close += pattern[close] == ']' ? 1 : 0;
        while (pattern[close] != ']')
        {
            close += pattern[close] == '\\' ? 2 : 1;
        }

        string body = pattern.Substring(i + 1, close - i - 1);
        i = close + 1;
        bool negated = body.StartsWith('^');
        string set = negated ? body.Substring(1) : body;
        foreach (char candidate in negated ? "aZ0_-. x" : string.Empty)
        {
            if (!Regex.IsMatch(candidate.ToString(), "[" + set + "]", RegexOptions.None, TimeSpan.FromSeconds(1)))
            {
                return candidate;
            }
        }

        if (negated || set.Length == 0)
        {
            return 'a';
        }

        if (set[0] == '\\')
        {
            int j = 1;
            return Escape(set, ref j)[0];
        }

        return set[0];
    }

    private static string Escape(string pattern, ref int i)
    {
        char c = pattern[i++];
        switch (c)
        {
            case 'd':
                return "0";
            case 'w' or 'S' or 'D':
                return "a";
            case 's':
                return " ";
            case 'W':
                return "-";
            case 'b' or 'B':
                return string.Empty;
            case 'n':
                return "\n";
            case 't':
                return "\t";
            case 'x':
                i += 2;
                return ((char)Convert.ToInt32(pattern.Substring(i - 2, 2), 16)).ToString();
            case 'u':
                i += 4;
                return ((char)Convert.ToInt32(pattern.Substring(i - 4, 4), 16)).ToString();
            default:
                return c.ToString();
        }
    }
}
