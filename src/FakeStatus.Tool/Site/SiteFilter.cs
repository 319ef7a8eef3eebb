using System;
using System.Collections.Generic;
using System.Linq;

namespace FakeStatus.Tool.Site;

/// <summary>Which languages and protocols a site holds: all by default, or those the command line names.</summary>
/// <param name="Languages">The languages, in the order of <see cref="SiteStrings.All"/>.</param>
/// <param name="Protocols">The protocols, in the catalog's order.</param>
internal sealed record SiteFilter(IReadOnlyList<SiteStrings> Languages, IReadOnlyList<string> Protocols)
{
    public static SiteFilter All(StatusCatalog catalog) => new(SiteStrings.All, catalog.Protocols);

    /// <summary>Reads <c>--language</c> and <c>--protocol</c> (each repeatable, or comma-separated); null or empty means all.</summary>
    /// <exception cref="ToolException">A name that is not a site language or a catalog protocol, with the valid names.</exception>
    public static SiteFilter Parse(StatusCatalog catalog, IReadOnlyList<string>? languages, IReadOnlyList<string>? protocols)
    {
        string[] wantedLanguages = Words(languages);
        string[] wantedProtocols = Words(protocols);
        string[] knownLanguages = SiteStrings.All.Select(l => l.Language).ToArray();
        Check("language", wantedLanguages, knownLanguages, "--language");
        Check("protocol", wantedProtocols, catalog.Protocols, "--protocol");
        return new SiteFilter(
            SiteStrings.All.Where(l => wantedLanguages.Length == 0 || wantedLanguages.Contains(l.Language, StringComparer.OrdinalIgnoreCase)).ToArray(),
            catalog.Protocols.Where(p => wantedProtocols.Length == 0 || wantedProtocols.Contains(p, StringComparer.OrdinalIgnoreCase)).ToArray());
    }

    private static string[] Words(IReadOnlyList<string>? values) => values is null
        ? []
        : values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToArray();

    private static void Check(string what, string[] wanted, IReadOnlyList<string> known, string option)
    {
        string? unknown = wanted.FirstOrDefault(w => !known.Contains(w, StringComparer.OrdinalIgnoreCase));
        if (unknown is not null)
        {
            throw ToolException.Usage($"{option} '{unknown}' is not a site {what}: expected {string.Join(", ", known)} (or leave {option} out for all).");
        }
    }
}
