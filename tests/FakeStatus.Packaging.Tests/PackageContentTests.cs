using System.IO.Compression;
using System.Xml.Linq;

namespace FakeStatus.Packaging.Tests;

[Category("Packaging")]
public sealed class PackageContentTests
{
    [TestCaseSource(typeof(PackageFeed), nameof(PackageFeed.AllPackageIds))]
    public void Nuspec_HasTheMetadataAUserSeesOnTheGallery(string id)
    {
        XElement metadata = Nuspec(id);

        Value(metadata, "id").Should().Be(id);
        Value(metadata, "version").Should().Be(PackageFeed.Version);
        Value(metadata, "description").Should().NotBeNullOrWhiteSpace();
        Value(metadata, "tags").Should().Contain("testing");
        Value(metadata, "readme").Should().Be("README.md");
        metadata.Elements().Single(e => e.Name.LocalName == "license").Value.Should().Be("MIT");
        metadata.Elements().Single(e => e.Name.LocalName == "repository").Attribute("url")!.Value
            .Should().Be("https://github.com/fakestatus/fakestatus");
    }

    [TestCaseSource(typeof(PackageFeed), nameof(PackageFeed.PackageIds))]
    public void Nupkg_CarriesTheReadmeAndXmlDocsBesideEveryAssembly(string id)
    {
        using ZipArchive package = ZipFile.OpenRead(PackagePath(id, "nupkg"));
        string[] entries = package.Entries.Select(e => e.FullName).ToArray();

        entries.Should().Contain("README.md");
        string[] assemblies = entries.Where(e => e.StartsWith("lib/", StringComparison.Ordinal) && e.EndsWith(id + ".dll", StringComparison.Ordinal)).ToArray();
        assemblies.Should().NotBeEmpty();
        assemblies.Should().AllSatisfy(dll => entries.Should().Contain(dll[..^4] + ".xml"));
    }

    [TestCaseSource(typeof(PackageFeed), nameof(PackageFeed.AllPackageIds))]
    public void Nupkg_CarriesItsOwnReadmeWithoutRepositoryCommands(string id)
    {
        using ZipArchive package = ZipFile.OpenRead(PackagePath(id, "nupkg"));
        ArgumentNullException.ThrowIfNull(id);
        using var reader = new StreamReader(package.GetEntry("README.md")!.Open());
        string packed = reader.ReadToEnd();

        packed.Should().Be(File.ReadAllText(Path.Combine(PackageFeed.RepositoryRoot, "src", id, "README.md")), "each package shows its own README");
        packed.Should().StartWith("# " + id + "\n");
        packed.Should().Contain("dotnet " + (id.EndsWith(".Tool", StringComparison.Ordinal) ? "tool install --global " : "add package ") + id)
            .And.Contain("https://github.com/fakestatus/fakestatus");
        packed.Should().NotContain("dotnet test").And.NotContain("dotnet run").And.NotContain("samples/", "a package page has no repository to run commands in");
    }

    [TestCaseSource(typeof(PackageFeed), nameof(PackageFeed.PackageIds))]
    public void Snupkg_HoldsAPdbForEveryAssembly(string id)
    {
        using ZipArchive symbols = ZipFile.OpenRead(PackagePath(id, "snupkg"));
        using ZipArchive package = ZipFile.OpenRead(PackagePath(id, "nupkg"));

        int assemblies = package.Entries.Count(e => e.FullName.StartsWith("lib/", StringComparison.Ordinal) && e.FullName.EndsWith(".dll", StringComparison.Ordinal));
        symbols.Entries.Count(e => e.FullName.EndsWith(id + ".pdb", StringComparison.Ordinal)).Should().Be(assemblies);
    }

    [Test]
    public void Dependencies_PackagesDependOnTheCorePackageOfTheSameVersion()
    {
        foreach (string id in PackageFeed.PackageIds.Where(id => id != "FakeStatus"))
        {
            Nuspec(id).Descendants().Where(e => e.Name.LocalName == "dependency" && (string?)e.Attribute("id") == "FakeStatus")
                .Should().NotBeEmpty().And.AllSatisfy(d => d.Attribute("version")!.Value.Should().Be(PackageFeed.Version));
        }
    }

    private static string PackagePath(string id, string extension) =>
        Path.Combine(PackageFeed.Feed, $"{id}.{PackageFeed.Version}.{extension}");

    private static XElement Nuspec(string id)
    {
        using ZipArchive package = ZipFile.OpenRead(PackagePath(id, "nupkg"));
        using Stream nuspec = package.GetEntry(id + ".nuspec")!.Open();
        return XDocument.Load(nuspec).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
    }

    private static string? Value(XElement metadata, string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;
}
