namespace FakeStatus.Packaging.Tests;

/// <summary>
/// <c>dotnet pack</c> of the repository, the command a contributor types: it succeeds without a warning and writes the shippable
/// packages and nothing else (samples, tests and benchmarks are not packable and must neither fail the pack nor add a package).
/// </summary>
[Category("Packaging")]
public sealed class PackCommandTests
{
    [Test]
    public void Pack_Solution_SucceedsWithoutAWarning()
    {
        PackageFeed.PackExitCode.Should().Be(0, PackageFeed.PackOutput);
        PackageFeed.PackOutput.Should().NotContain("warning", "the packages must pack without warnings:\n{0}", PackageFeed.PackOutput)
            .And.NotContain("error", "no project of the solution may fail its pack:\n{0}", PackageFeed.PackOutput);
    }

    [Test]
    public void Pack_Solution_WritesExactlyTheShippablePackages()
    {
        string[] expected = PackageFeed.AllPackageIds
            .SelectMany(id => new[] { $"{id}.{PackageFeed.Version}.nupkg", $"{id}.{PackageFeed.Version}.snupkg" })
            .ToArray();

        Directory.EnumerateFiles(PackageFeed.Feed).Select(Path.GetFileName).Should().BeEquivalentTo(expected);
        PackageFeed.AllPackageIds.Should().Contain(["FakeStatus", "FakeStatus.Http", "FakeStatus.MockHttp", "FakeStatus.OpenApi", "FakeStatus.Tool"],
            "the list comes from the src/ project files; these five ship today");
    }

    [Test]
    public void RepositoryRoot_HoldsOneSolutionAndNoProject_SoABareDotnetPackPacksTheSolution()
    {
        string[] buildable = Directory.EnumerateFiles(PackageFeed.RepositoryRoot)
            .Select(Path.GetFileName)
            .Where(name => name!.EndsWith(".sln", StringComparison.Ordinal) || name.EndsWith(".slnx", StringComparison.Ordinal) || name.EndsWith("proj", StringComparison.Ordinal))
            .ToArray()!;

        buildable.Should().Equal(["FakeStatus.sln"], "`dotnet pack` with no argument packs the one solution or project file it finds at the root");
    }
}
