using System.Globalization;

namespace FakeStatus.Tool.Site;

/// <summary>One page of the site: a catalog definition and where its page lives.</summary>
/// <param name="Definition">The code and meaning.</param>
/// <param name="Slug">
/// The page's path below a language folder, without <c>.html</c>: <c>smtp/530</c> for a code's main meaning,
/// <c>pantheon/530</c> for a vendor's other meaning, <c>smtp/530-rfc3207</c> for another named meaning.
/// </param>
internal sealed record SiteEntry(StatusDefinition Definition, string Slug)
{
    /// <summary>The page's file below a language folder, e.g. <c>smtp/530.html</c>.</summary>
    public string File => Slug + ".html";

    /// <summary>The protocol as shown, e.g. <c>SMTP</c>.</summary>
    public string Protocol => Definition.Protocol.ToUpperInvariant();

    /// <summary>The code as text.</summary>
    public string Code => Definition.Code.ToString(CultureInfo.InvariantCulture);

    /// <summary>The title of the code, e.g. <c>530 Site is frozen (pantheon)</c>.</summary>
    public string Title => Code + " " + Definition.ReasonPhrase + (Definition.Variant is null ? string.Empty : " (" + Definition.Variant + ")");

    /// <summary>The link text naming this entry among others, e.g. <c>HTTP 530 Site is frozen (pantheon)</c>.</summary>
    public string LinkText => Protocol + " " + Title;

    public static SiteEntry For(StatusDefinition definition)
    {
        string code = definition.Code.ToString(CultureInfo.InvariantCulture);
        string slug = definition.IsDefault || definition.Variant is null
            ? definition.Protocol + "/" + code
            : definition.Vendor is { } vendor && vendor == definition.Variant
                ? vendor + "/" + code
                : definition.Protocol + "/" + code + "-" + definition.Variant;
        return new SiteEntry(definition, slug);
    }
}
