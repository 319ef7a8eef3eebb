using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace FakeStatus.Tool.Reference;

/// <summary>A page for the terminal: underlined headings, code as it is, tables with aligned columns.</summary>
internal sealed class TextPageWriter(TextWriter output) : PageWriter(output)
{
    public override void Heading(int level, string text)
    {
        Separate();
        if (level >= 3)
        {
            Output.WriteLine("-- " + text + " --");
            return;
        }

        Output.WriteLine(text);
        Output.WriteLine(new string(level == 1 ? '=' : '-', text.Length));
    }

    public override void Paragraph(string text)
    {
        Separate();
        Output.WriteLine(text);
    }

    public override void Fields(IReadOnlyList<(string Name, string Value, string? Link)> fields)
    {
        Separate();
        int width = fields.Max(f => f.Name.Length) + 1;
        foreach ((string name, string value, string? link) in fields)
        {
            Output.WriteLine((name + ":").PadRight(width) + " " + value + (link is null ? string.Empty : " <" + link + ">"));
        }
    }

    public override void Code(string language, string code)
    {
        Separate();
        Output.Write(EndWithNewline(code));
    }

    public override void Table(IReadOnlyList<string> columns, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        Separate();
        int[] widths = Widths(columns, rows);
        WriteRow(columns, widths);
        WriteRow(widths.Select(w => new string('-', w)).ToArray(), widths);
        foreach (IReadOnlyList<string> row in rows)
        {
            WriteRow(row, widths);
        }
    }

    private void WriteRow(IReadOnlyList<string> cells, int[] widths) =>
        Output.WriteLine(string.Join("  ", cells.Select((c, i) => c.PadRight(widths[i]))).TrimEnd());
}
