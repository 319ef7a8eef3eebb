namespace FakeStatus.Packaging.Tests;

/// <summary>
/// Installs the freshly packed packages into tests/Consumer from the folder feed, into an empty packages folder, and runs it:
/// a package that restores, compiles or behaves differently from the project references fails here.
/// </summary>
[Category("Packaging")]
public sealed class ConsumerTests
{
    [TestCase("net10.0")]
    [TestCase("net8.0")]
    public void Consumer_InstalledFromTheLocalFeed_RunsEveryCheck(string framework)
    {
        string consumer = Path.Combine(PackageFeed.Root, "consumer-" + framework);
        CopyDirectory(Path.Combine(PackageFeed.RepositoryRoot, "tests", "Consumer"), consumer);
        File.WriteAllText(Path.Combine(consumer, "nuget.config"), PackageFeed.NuGetConfig());

        (int exitCode, string output) = DotnetCli.Run(
            consumer,
            TimeSpan.FromMinutes(10),
            "run", "--project", "Consumer.csproj", "--framework", framework,
            "-p:FakeStatusVersion=" + PackageFeed.Version,
            "-p:RestorePackagesPath=" + Path.Combine(PackageFeed.Root, "packages"));

        exitCode.Should().Be(0, "the consumer must restore from the feed, build and pass:\n{0}", output);
        output.Should().Contain("consumer: all checks passed");
        if (framework == "net8.0")
        {
            output.Should().Contain("ok   FakeStatus.Http on net8.0: Microsoft.Extensions.Http 8.x");
        }

        Directory.EnumerateDirectories(Path.Combine(PackageFeed.Root, "packages", "fakestatus"))
            .Select(Path.GetFileName).Should().Equal(PackageFeed.Version);
    }

    private static void CopyDirectory(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (string file in Directory.EnumerateFiles(source))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }
    }
}
