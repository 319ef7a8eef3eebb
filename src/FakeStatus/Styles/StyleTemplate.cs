using System;
using System.Collections.Generic;
using System.Text;

namespace FakeStatus;

/// <summary>
/// A text with <c>{{name}}</c> placeholders (and <c>{{name:json}}</c>, a JSON literal: a quoted string, or <c>null</c> for a
/// missing value), parsed once. "{{" never occurs in JSON or XML outside a string, so bodies need no escaping of their own; a
/// lone "}}" is text (it ends two nested JSON objects).
/// </summary>
internal sealed class StyleTemplate
{
    private readonly Segment[] _segments;

    private StyleTemplate(Segment[] segments) => _segments = segments;

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
            bool json = false;
            int colon = inner.IndexOf(':', StringComparison.Ordinal);
            if (colon >= 0)
            {
                string format = inner.Substring(colon + 1);
                if (format != "json")
                {
                    problem = $"'{{{{{inner}}}}}' has the format '{format}'; the only format is ':json' (a JSON string, or null when the value is missing).";
                    return null;
                }

                name = inner.Substring(0, colon);
                json = true;
            }

            if (!IsName(name))
            {
                problem = $"'{{{{{inner}}}}}' is not a placeholder: a name is ASCII letters and digits starting with a letter, e.g. {{{{code}}}}.";
                return null;
            }

            if (open > position)
            {
                segments.Add(Segment.Literal(text.Substring(position, open - position)));
            }

            segments.Add(new Segment(null, name, json));
            position = close + 2;
        }

        problem = null;
        return new StyleTemplate(segments.ToArray());
    }

    /// <summary>Writes the template with each placeholder's value, escaped by <paramref name="escape"/> (JSON, XML or none).</summary>
    public string Render(Func<string, string?> values, Func<string, string> escape)
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
            if (segment.Json)
            {
                text.Append(value is null ? "null" : "\"" + CanonicalBody.Escape(value) + "\"");
            }
            else if (value is not null)
            {
                text.Append(escape(value));
            }
        }

        return text.ToString();
    }

    private static bool IsName(string name)
    {
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

    private readonly struct Segment(string? text, string? name, bool json)
    {
        public string? Text { get; } = text;

        public string? Name { get; } = name;

        public bool Json { get; } = json;

        public static Segment Literal(string text) => new(text, null, false);
    }
}
