using System.Globalization;

namespace FakeStatus.Packaging.Tests;

/// <summary>
/// Packs FakeStatus, FakeStatus.MockHttp and FakeStatus.Http once per test run into a fresh folder feed, under a version no
/// earlier run used, so no cached package can stand in for the one just built.
/// </summary>
[SetUpFixture]
public sealed class PackageFeed
{
    public static readonly string[] PackageIds = ["FakeStatus", "FakeStatus.MockHttp", "FakeStatus.Http"];

    public static string Root { get; private set; } = string.Empty;

    public static string Feed => Path.Combine(Root, "feed");

    public static string Version { get; private set; } = string.Empty;

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    [OneTimeSetUp]
    public void Pack()
    {
        Root = Path.Combine(Path.GetTempPath(), "fakestatus-packaging-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(Root);
        Version = "0.1.0-consumer." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);

        (int exitCode, string output) = DotnetCli.Run(
            RepositoryRoot,
            TimeSpan.FromMinutes(5),
            "pack", Path.Combine("tests", "Consumer", "packages.slnf"), "-c", "Release", "-p:Version=" + Version, "-p:PackageOutputPath=" + Feed);

        exitCode.Should().Be(0, "dotnet pack must succeed:\n{0}", output);
        output.Should().NotContain("warning", "the packages must pack without warnings:\n{0}", output);
    }

    [OneTimeTearDown]
    public void Clean()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "FakeStatus.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("FakeStatus.sln not found above " + AppContext.BaseDirectory);
    }
}
