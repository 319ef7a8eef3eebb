namespace FakeStatus.Tool.Site.Model;

/// <summary>A code block with a copy button.</summary>
/// <param name="Id">The block's element id, unique on its page; the copy button names it.</param>
/// <param name="Label">The caption above the code, e.g. <c>django</c>.</param>
/// <param name="Code">The code, exactly as the reader copies it.</param>
/// <param name="CopyLabel">The copy button's accessible name.</param>
public sealed record CodeSample(string Id, string Label, string Code, string CopyLabel);
