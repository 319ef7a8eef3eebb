using System;
using System.Collections.Generic;
using System.IO;

namespace FakeStatus.Tool.Reference;

/// <summary>
/// The few block kinds a page is made of; <see cref="TextPageWriter"/> and <see cref="MarkdownPageWriter"/> draw them, so the
/// page of one code and the code table are laid out once for both formats.
/// </summary>
internal abstract class PageWriter
{
    private bool _started;

    protected PageWriter(TextWriter output) => Output = output;

    protected TextWriter Output { get; }

    public static PageWriter For(string format, TextWriter output) => format.ToLowerInvariant() switch
    {
        "text" => new TextPageWriter(output),
        "markdown" or "md" => new MarkdownPageWriter(output),
        _ => throw ToolException.Usage($"unknown format '{format}': expected text or markdown."),
    };

    /// <summary>Level 1 is the page title, 2 a section, 3 a subsection.</summary>
    public abstract void Heading(int level, string text);

    public abstract void Paragraph(string text);

    /// <summary>Name/value lines such as <c>Source: RFC 4954</c>; a value may carry a link.</summary>
    public abstract void Fields(IReadOnlyList<(string Name, string Value, string? Link)> fields);

    public abstract void Code(string language, string code);

    public abstract void Table(IReadOnlyList<string> columns, IReadOnlyList<IReadOnlyList<string>> rows);

    /// <summary>One blank line between blocks, none before the first.</summary>
    protected void Separate()
    {
        if (_started)
        {
            Output.WriteLine();
        }

        _started = true;
    }

    protected static string EndWithNewline(string code) => code.EndsWith('\n') ? code : code + "\n";

    /// <summary>The width of each column: its widest cell or heading.</summary>
    protected static int[] Widths(IReadOnlyList<string> columns, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var widths = new int[columns.Count];
        for (int i = 0; i < columns.Count; i++)
        {
            widths[i] = columns[i].Length;
            foreach (IReadOnlyList<string> row in rows)
            {
                widths[i] = Math.Max(widths[i], row[i].Length);
            }
        }

        return widths;
    }
}
