namespace FakeStatus.Tool.Site.Model;

/// <summary>One line of a page's source and provenance list.</summary>
/// <param name="Name">The field, e.g. <c>Source</c>.</param>
/// <param name="Value">Its value as the catalog holds it.</param>
/// <param name="Link">The source's address, when the value has one.</param>
public sealed record ProvenanceField(string Name, string Value, string? Link);
