using System.Globalization;
using System.Text;

namespace FakeStatus.Tests.Samples;

/// <summary>The README's catalog tables are recomputed from <see cref="StatusCatalog.Default"/>, so they cannot go stale.</summary>
public sealed class ReadmeCatalogCountsTests
{
    private static readonly StatusKind[] Kinds =
        [StatusKind.Standard, StatusKind.Deprecated, StatusKind.Obsolete, StatusKind.Unused, StatusKind.Vendor, StatusKind.Unofficial];

    [Test]
    public void ReadmeProtocolTable_MatchesTheCatalog() =>
        Readme().Should().Contain(ProtocolTable(StatusCatalog.Default), "README.md's protocol counts must match the catalog; paste the expected table");

    [Test]
    public void ReadmeVendorTable_MatchesTheCatalog() =>
        Readme().Should().Contain(VendorTable(StatusCatalog.Default), "README.md's vendor table must match the catalog; paste the expected table");

    private static string ProtocolTable(StatusCatalog registry)
    {
        var table = new StringBuilder("| protocol | definitions | codes | verified | standard | deprecated | obsolete | unused | vendor | unofficial |\n")
            .Append("|---|---|---|---|---|---|---|---|---|---|\n");
        foreach (string protocol in registry.Protocols)
        {
            IReadOnlyList<StatusDefinition> all = registry.ForProtocol(protocol);
            table.Append(CultureInfo.InvariantCulture, $"| {protocol} | {all.Count} | {all.Select(d => d.Code).Distinct().Count()} | {all.Count(d => d.IsVerified)} |");
            foreach (StatusKind kind in Kinds)
            {
                table.Append(CultureInfo.InvariantCulture, $" {all.Count(d => d.Kind == kind)} |");
            }

            table.Append('\n');
        }

        return table.ToString();
    }

    private static string VendorTable(StatusCatalog registry)
    {
        var table = new StringBuilder("| vendor | codes |\n|---|---|\n");
        foreach (string vendor in registry.Vendors)
        {
            IEnumerable<string> codes = registry.ForVendor(vendor).Select(d => d.IsVerified
                ? d.Code.ToString(CultureInfo.InvariantCulture)
                : d.Code.ToString(CultureInfo.InvariantCulture) + " (unverified)");
            table.Append(CultureInfo.InvariantCulture, $"| {vendor} | {string.Join(", ", codes)} |\n");
        }

        return table.ToString();
    }

    private static string Readme() => File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md")).ReplaceLineEndings("\n");
}
