namespace FakeStatus.Tool.Site.Model;

/// <summary>One entry of the index: a code and meaning, linking to its page.</summary>
/// <param name="Href">The page, relative to the index.</param>
/// <param name="Protocol">The protocol, e.g. <c>SMTP</c>.</param>
/// <param name="Code">The number.</param>
/// <param name="Phrase">The reason phrase.</param>
/// <param name="Tag">The vendor or variant, e.g. <c>cloudflare</c>, or null.</param>
/// <param name="SearchText">What the search box matches, lower case.</param>
public sealed record IndexItem(string Href, string Protocol, string Code, string Phrase, string? Tag, string SearchText);
