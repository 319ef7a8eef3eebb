using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace FakeStatus.Tool.Reference;

/// <summary>A page as Markdown: <c>#</c> headings, fenced code with its language, pipe tables.</summary>
internal sealed class MarkdownPageWriter(TextWriter output) : PageWriter(output)
{
    public override void Heading(int level, string text)
    {
        Separate();
        Output.WriteLine(new string('#', level) + " " + text);
    }

    public override void Paragraph(string text)
    {
        Separate();
        Output.WriteLine(text);
    }

    public override void Fields(IReadOnlyList<(string Name, string Value, string? Link)> fields)
    {
        Separate();
        foreach ((string name, string value, string? link) in fields)
        {
            string shown = link is null ? value : "[" + Escape(value) + "](" + link + ")";
            Output.WriteLine("- **" + name + ":** " + (link is null ? Escape(value) : shown));
        }
    }

    public override void Code(string language, string code)
    {
        Separate();

        // A fence longer than any backtick run inside, so a snippet can never close it early.
        int longest = 0;
        int run = 0;
        foreach (char c in code)
        {
            run = c == '`' ? run + 1 : 0;
            longest = run > longest ? run : longest;
        }

        string fence = new('`', longest < 3 ? 3 : longest + 1);
        Output.WriteLine(fence + language);
        Output.Write(EndWithNewline(code));
        Output.WriteLine(fence);
    }

    public override void Table(IReadOnlyList<string> columns, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        Separate();
        Output.WriteLine("| " + string.Join(" | ", columns) + " |");
        Output.WriteLine("|" + string.Join("|", columns.Select(_ => "---")) + "|");
        foreach (IReadOnlyList<string> row in rows)
        {
            Output.WriteLine("| " + string.Join(" | ", row.Select(Escape)) + " |");
        }
    }

    private static string Escape(string text) => text.Replace("|", "\\|", System.StringComparison.Ordinal);
}
