using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace FakeStatus;

/// <summary>
/// A text with <c>{{name}}</c> placeholders, parsed once. <c>{{name:json}}</c> writes a JSON string, or <c>null</c> for a
/// missing value; <c>{{name:number}}</c> writes a JSON number, or <c>null</c> for a missing value. A name is ASCII letters and
/// digits starting with a letter, or <c>header.</c> and a header name, or <c>route.</c> and a route value's name. "{{" never
/// occurs in JSON or XML outside a string, so bodies need no escaping of their own; a lone "}}" is text (it ends two nested
/// JSON objects).
/// </summary>
internal sealed class StyleTemplate
{
    public const string HeaderPrefix = "header.";
    public const string RoutePrefix = "route.";

    private readonly Segment[] _segments;

    private StyleTemplate(Segment[] segments) => _segments = segments;

    /// <summary>How a placeholder's value is written.</summary>
    private enum Format
    {
        Text,
        Json,
        Number,
    }

    /// <summary>The placeholder names this template uses, in order of first use.</summary>
    public IReadOnlyList<string> Names
    {
        get
        {
            var names = new List<string>();
            foreach (Segment segment in _segments)
            {
                if (segment.Name is not null && !names.Contains(segment.Name))
                {
                    names.Add(segment.Name);
                }
            }

            return names;
        }
    }

    /// <summary>Parses <paramref name="text"/>; returns null and sets <paramref name="problem"/> when it is malformed.</summary>
    public static StyleTemplate? TryParse(string text, out string? problem)
    {
        var segments = new List<Segment>();
        int position = 0;
        while (position < text.Length)
        {
            int open = text.IndexOf("{{", position, StringComparison.Ordinal);
            if (open < 0)
            {
                segments.Add(Segment.Literal(text.Substring(position)));
                break;
            }

            int close = text.IndexOf("}}", open + 2, StringComparison.Ordinal);
            if (close < 0)
            {
                problem = $"the placeholder opened at position {open} is never closed with '}}}}'.";
                return null;
            }

            string inner = text.Substring(open + 2, close - open - 2);
            string name = inner;
            Format format = Format.Text;
            int colon = inner.IndexOf(':', StringComparison.Ordinal);
            if (colon >= 0)
            {
                string suffix = inner.Substring(colon + 1);
                format = suffix switch
                {
                    "json" => Format.Json,
                    "number" => Format.Number,
                    _ => (Format)(-1),
                };
                if (format < 0)
                {
                    problem = $"'{{{{{Shown(inner)}}}}}' has the format '{Shown(suffix)}'; the formats are ':json' (a JSON string, or null when the value is missing) and ':number' (a JSON number, or null when the value is missing).";
                    return null;
                }

                name = inner.Substring(0, colon);
            }

            if (!IsName(name))
            {
                problem = $"'{{{{{Shown(inner)}}}}}' is not a placeholder: a name is ASCII letters and digits starting with a letter (e.g. {{{{code}}}}), header.NAME (e.g. {{{{header.client-request-id}}}}) or route.NAME (e.g. {{{{route.id}}}}).";
                return null;
            }

            if (open > position)
            {
                segments.Add(Segment.Literal(text.Substring(position, open - position)));
            }

            segments.Add(new Segment(null, name, format));
            position = close + 2;
        }

        problem = null;
        return new StyleTemplate(segments.ToArray());
    }

    /// <summary>Whether <paramref name="name"/> reads the request: a header, a route value or one of <paramref name="requestNames"/>.</summary>
    public static bool IsRequestName(string name, IReadOnlyCollection<string> requestNames) =>
        name.StartsWith(HeaderPrefix, StringComparison.Ordinal) || name.StartsWith(RoutePrefix, StringComparison.Ordinal) || Contains(requestNames, name);

    /// <summary>
    /// Writes the template with each placeholder's value, escaped by <paramref name="escape"/> (JSON, XML or none). A
    /// <c>:number</c> value that is not a JSON number is written as <c>null</c>, or, when <paramref name="strict"/>, throws
    /// <see cref="FormatException"/> naming the placeholder.
    /// </summary>
    public string Render(Func<string, string?> values, Func<string, string> escape, bool strict = false)
    {
        var text = new StringBuilder();
        foreach (Segment segment in _segments)
        {
            if (segment.Name is null)
            {
                text.Append(segment.Text);
                continue;
            }

            string? value = values(segment.Name);
            switch (segment.Format)
            {
                case Format.Json:
                    text.Append(value is null ? "null" : "\"" + CanonicalBody.Escape(value) + "\"");
                    break;
                case Format.Number:
                    if (value is not null && IsJsonNumber(value))
                    {
                        text.Append(value);
                    }
                    else if (value is null || !strict)
                    {
                        text.Append("null");
                    }
                    else
                    {
                        throw new FormatException($"{{{{{segment.Name}:number}}}} is '{Shown(value)}', which is not a JSON number.");
                    }

                    break;
                default:
                    if (value is not null)
                    {
                        text.Append(escape(value));
                    }

                    break;
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// A value for a message: at most 40 characters (never half of a surrogate pair), with control characters and lone
    /// surrogates written as <c>\uXXXX</c>.
    /// </summary>
    public static string Shown(string value)
    {
        string start = ShortText.Start(value, 40);
        var text = new StringBuilder(start.Length + ShortText.Ellipsis.Length);
        for (int i = 0; i < start.Length; i++)
        {
            char c = start[i];
            bool paired = char.IsHighSurrogate(c) ? i + 1 < start.Length && char.IsLowSurrogate(start[i + 1])
                : !char.IsLowSurrogate(c) || (i > 0 && char.IsHighSurrogate(start[i - 1]));
            text.Append(char.IsControl(c) || !paired ? "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) : c.ToString());
        }

        return start.Length < value.Length ? text.Append(ShortText.Ellipsis).ToString() : text.ToString();
    }

    private static bool Contains(IReadOnlyCollection<string> names, string name)
    {
        foreach (string candidate in names)
        {
            if (string.Equals(candidate, name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An RFC 8259 number: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?.</summary>
    private static bool IsJsonNumber(string value)
    {
        int i = 0;
        if (i < value.Length && value[i] == '-')
        {
            i++;
        }

        if (i >= value.Length || !IsDigit(value[i]))
        {
            return false;
        }

        if (value[i] == '0')
        {
            i++;
        }
        else
        {
            i = Digits(value, i);
        }

        if (i < value.Length && value[i] == '.')
        {
            int start = ++i;
            i = Digits(value, i);
            if (i == start)
            {
                return false;
            }
        }

        if (i < value.Length && value[i] is 'e' or 'E')
        {
            i++;
            if (i < value.Length && value[i] is '+' or '-')
            {
                i++;
            }

            int start = i;
            i = Digits(value, i);
            if (i == start)
            {
                return false;
            }
        }

        return i == value.Length;
    }

    private static int Digits(string value, int i)
    {
        while (i < value.Length && IsDigit(value[i]))
        {
            i++;
        }

        return i;
    }

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    private static bool IsName(string name)
    {
        if (name.StartsWith(HeaderPrefix, StringComparison.Ordinal))
        {
            return IsRest(name, HeaderPrefix.Length, header: true);
        }

        if (name.StartsWith(RoutePrefix, StringComparison.Ordinal))
        {
            return IsRest(name, RoutePrefix.Length, header: false);
        }

        if (name.Length == 0 || name[0] is not (>= 'a' and <= 'z' or >= 'A' and <= 'Z'))
        {
            return false;
        }

        foreach (char c in name)
        {
            if (c is not (>= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A header name (an RFC 9110 token) or a route value's name (letters, digits, '_' and '-') after its prefix.</summary>
    private static bool IsRest(string name, int start, bool header)
    {
        if (name.Length == start)
        {
            return false;
        }

        for (int i = start; i < name.Length; i++)
        {
            char c = name[i];
            bool ok = c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '_' or '-'
                || (header && c is '!' or '#' or '$' or '%' or '&' or '\'' or '*' or '+' or '.' or '^' or '`' or '|' or '~');
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    private readonly struct Segment(string? text, string? name, Format format)
    {
        public string? Text { get; } = text;

        public string? Name { get; } = name;

        public Format Format { get; } = format;

        public static Segment Literal(string text) => new(text, null, Format.Text);
    }
}
