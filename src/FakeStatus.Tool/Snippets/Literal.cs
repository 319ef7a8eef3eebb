using System.Globalization;
using System.Text;

namespace FakeStatus.Tool.Snippets;

/// <summary>
/// String literals per language, so a phrase such as <c>I'm a teapot</c> or a header value with a quote or backslash stays
/// one valid literal in every snippet.
/// </summary>
internal static class Literal
{
    /// <summary>A Python double-quoted string.</summary>
    public static string Python(string value) => Quote(value, '"', escapeHash: false, javaControls: false);

    /// <summary>A JavaScript single-quoted string, the usual Express style.</summary>
    public static string JavaScript(string value) => Quote(value, '\'', escapeHash: false, javaControls: false);

    /// <summary>
    /// A Java string. Java turns <c>\uXXXX</c> into characters before it even tokenizes, so control characters use octal escapes.
    /// </summary>
    public static string Java(string value) => Quote(value, '"', escapeHash: false, javaControls: true);

    /// <summary>A Go interpreted string literal.</summary>
    public static string Go(string value) => Quote(value, '"', escapeHash: false, javaControls: false);

    /// <summary>A Ruby double-quoted string; <c>#</c> is escaped so that <c>#{...}</c> in a value is not interpolated.</summary>
    public static string Ruby(string value) => Quote(value, '"', escapeHash: true, javaControls: false);

    /// <summary>A C# regular string literal.</summary>
    public static string CSharp(string value) => Quote(value, '"', escapeHash: false, javaControls: false);

    private static string Quote(string value, char quote, bool escapeHash, bool javaControls)
    {
        var text = new StringBuilder(value.Length + 2).Append(quote);
        foreach (char c in value)
        {
            if (c == quote || c == '\\' || (escapeHash && c == '#'))
            {
                text.Append('\\').Append(c);
            }
            else if (c == '\t')
            {
                text.Append("\\t");
            }
            else if (c < ' ' || c == '\x7f')
            {
                text.Append(javaControls
                    ? "\\" + System.Convert.ToString(c, 8).PadLeft(3, '0')
                    : "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                text.Append(c);
            }
        }

        return text.Append(quote).ToString();
    }
}
