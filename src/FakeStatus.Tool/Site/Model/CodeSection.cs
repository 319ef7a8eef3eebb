using System.Collections.Generic;

namespace FakeStatus.Tool.Site.Model;

/// <summary>A numbered section of a code page: its heading, code blocks and the notes after them.</summary>
/// <param name="Id">The section's element id, e.g. <c>curl</c>.</param>
/// <param name="Heading">The heading without its number.</param>
/// <param name="Samples">The code blocks; several get a sub-heading each (the frameworks).</param>
/// <param name="Notes">Paragraphs after the code.</param>
public sealed record CodeSection(string Id, string Heading, IReadOnlyList<CodeSample> Samples, IReadOnlyList<string> Notes)
{
    /// <summary>Whether each block gets its own <c>h3</c>, as the frameworks do.</summary>
    public bool SubHeadings { get; init; }
}
