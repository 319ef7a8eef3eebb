namespace FakeStatus.Tool.Site.Model;

/// <summary>A link of a generated page: a relative address and its text.</summary>
/// <param name="Href">Relative to the page, so the site works from a folder, <c>file://</c> and any server path.</param>
/// <param name="Text">The link text.</param>
/// <param name="Language">The target's language (<c>hreflang</c>), for links to another language.</param>
public sealed record SiteLink(string Href, string Text, string? Language = null);
