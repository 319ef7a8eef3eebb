using System.IO;
using System.Reflection;

namespace FakeStatus.Tool.Site;

/// <summary>The script and style sheet every page uses, embedded in the tool so the site needs nothing from the network.</summary>
internal static class SiteAssets
{
    /// <summary>The inline <c>&lt;script&gt;</c> element of every page: the index's search box and the copy buttons.</summary>
    public static string Script { get; } = Read("site.js");

    /// <summary>The site's style sheet, written once at the site's root.</summary>
    public static string StyleSheet { get; } = Read("site.css");

    private static string Read(string name)
    {
        using Stream stream = typeof(SiteAssets).Assembly.GetManifestResourceStream("site-assets/" + name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
