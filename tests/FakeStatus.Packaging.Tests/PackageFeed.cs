using System.Globalization;

namespace FakeStatus.Packaging.Tests;

/// <summary>
/// Packs FakeStatus, FakeStatus.MockHttp, FakeStatus.Http and FakeStatus.Tool once per test run into a fresh folder feed, under a
/// version no earlier run used, so no cached package can stand in for the one just built.
/// </summary>
[SetUpFixture]
public sealed class PackageFeed
{
    /// <summary>The libraries: assemblies under lib/, XML docs, symbols, a dependency on the core package.</summary>
    public static readonly string[] PackageIds = ["FakeStatus", "FakeStatus.MockHttp", "FakeStatus.Http"];

    /// <summary>Every package, the dotnet tool included.</summary>
    public static readonly string[] AllPackageIds = [.. PackageIds, "FakeStatus.Tool"];

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
            TimeSpan.FromMinutes(20), // a hang guard, not a speed check: a shared build machine can take minutes
            "pack", Path.Combine("tests", "Consumer", "packages.slnf"), "-c", "Release", "-p:Version=" + Version, "-p:PackageOutputPath=" + Feed);

        exitCode.Should().Be(0, "dotnet pack must succeed:\n{0}", output);
        output.Should().NotContain("warning", "the packages must pack without warnings:\n{0}", output);
    }

    /// <summary>
    /// Only the fresh feed and nuget.org; the machine's global packages folder is a read-only fallback, so third-party packages
    /// need no download while FakeStatus, under a version never packed before, can only come from the feed.
    /// </summary>
    public static string NuGetConfig()
    {
        string globalPackages = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        return $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local-feed" value="{Feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
              </packageSources>
              <fallbackPackageFolders>
                <add key="global" value="{globalPackages}" />
              </fallbackPackageFolders>
            </configuration>
            """;
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
