using FakeStatus.Tests.Samples;

namespace FakeStatus.Tests.Catalog;

/// <summary>docs/catalog.md lists what the catalog holds, so its tables cannot drift from the data.</summary>
public sealed class CatalogDocsTests
{
    private static readonly string Docs = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "catalog.md")).ReplaceLineEndings("\n");

    private static IEnumerable<StatusDefinition> Unverified => StatusCatalog.Default.All.Where(d => !d.IsVerified);

    private static IEnumerable<StatusDefinition> NotSentAsStatus => StatusCatalog.Default.All.Where(d => d.ClientReceives != ClientReceives.Status);

    [TestCaseSource(nameof(Unverified))]
    public void UnverifiedTable_ListsEveryUnverifiedDefinition(StatusDefinition definition)
    {
        string section = Section("## Verified and unverified");

        section.Split('\n').Should().Contain(line =>
            line.StartsWith($"| {definition.Protocol} | ", StringComparison.Ordinal)
            && line.Contains(definition.Code.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            && (definition.Vendor == null || line.Contains($"| {definition.Vendor} |", StringComparison.Ordinal)),
            "docs/catalog.md must say why {0} is unverified", definition);
    }

    [TestCaseSource(nameof(NotSentAsStatus))]
    public void ClientReceivesTable_ListsEveryCodeThatIsNotSentAsItself(StatusDefinition definition) =>
        Section("## What a client really receives").Should().Contain($"`{definition.ClientReceives}`")
            .And.Contain(definition.Code.ToString(System.Globalization.CultureInfo.InvariantCulture));

    [Test]
    public void Nginx494Page_InTheDocsIsTheCatalogsSubstituteBody() =>
        Docs.Should().Contain("```html\n" + StatusCatalog.Default.Get("http", 494).Substitute!.Body.ReplaceLineEndings("\n") + "```");

    private static string Section(string heading)
    {
        int start = Docs.IndexOf("\n" + heading + "\n", StringComparison.Ordinal);
        start.Should().BeGreaterThanOrEqualTo(0, "docs/catalog.md has a section '{0}'", heading);
        int end = Docs.IndexOf("\n## ", start + heading.Length, StringComparison.Ordinal);
        return end < 0 ? Docs[start..] : Docs[start..end];
    }
}
