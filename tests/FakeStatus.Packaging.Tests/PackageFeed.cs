using System.Globalization;
using System.Xml.Linq;

namespace FakeStatus.Packaging.Tests;

/// <summary>
/// Packs the solution once per test run, as a user does (<c>dotnet pack FakeStatus.sln -c Release -o feed</c>), into a fresh folder
/// feed, under a version no earlier run used, so no cached package can stand in for the one just built.
/// </summary>
[SetUpFixture]
public sealed class PackageFeed
{
    /// <summary>Every package: each project under src/ whose project file says <c>IsPackable</c>, the dotnet tool included.</summary>
    public static readonly string[] AllPackageIds = ShippableProjects().Select(p => p.Id).Order(StringComparer.Ordinal).ToArray();

    /// <summary>The libraries: assemblies under lib/, XML docs, symbols, a dependency on the core package.</summary>
    public static readonly string[] PackageIds = ShippableProjects().Where(p => !p.IsTool).Select(p => p.Id).Order(StringComparer.Ordinal).ToArray();

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

        (PackExitCode, PackOutput) = DotnetCli.Run(
            RepositoryRoot,
            TimeSpan.FromMinutes(20), // a hang guard, not a speed check: a shared build machine can take minutes
            "pack", "FakeStatus.sln", "-c", "Release", "-o", Feed, "-p:Version=" + Version);

        // Every other test reads the feed; the tests in PackCommandTests say what went wrong with the pack itself.
        PackExitCode.Should().Be(0, "dotnet pack FakeStatus.sln must succeed:\n{0}", PackOutput);
    }

    /// <summary>The exit code of the solution's <c>dotnet pack</c>.</summary>
    public static int PackExitCode { get; private set; }

    /// <summary>Everything the solution's <c>dotnet pack</c> printed.</summary>
    public static string PackOutput { get; private set; } = string.Empty;

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

    /// <summary>The projects under src/ that ship: those whose project file sets <c>IsPackable</c> to true (the default is false).</summary>
    internal static IEnumerable<(string Id, bool IsTool)> ShippableProjects()
    {
        foreach (string project in Directory.EnumerateFiles(Path.Combine(FindRepositoryRoot(), "src"), "*.csproj", SearchOption.AllDirectories))
        {
            XElement root = XDocument.Load(project).Root!;
            if (!string.Equals(Property(root, "IsPackable"), "true", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            string id = Property(root, "PackageId") ?? Path.GetFileNameWithoutExtension(project);
            yield return (id, string.Equals(Property(root, "PackAsTool"), "true", StringComparison.OrdinalIgnoreCase));
        }
    }

    private static string? Property(XElement project, string name) =>
        project.Elements("PropertyGroup").Elements(name).Select(e => e.Value.Trim()).LastOrDefault();

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
