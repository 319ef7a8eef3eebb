using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace FakeStatus.Packaging.Tests;

/// <summary>
/// A new project outside the repository, as a user would start one, fed from the freshly packed packages: no project references,
/// no repository build settings, and the third-party versions the repository itself uses.
/// </summary>
internal static partial class ScratchProject
{
    /// <summary>Creates <paramref name="name"/> under the feed's root with a project file and the feed's nuget.config.</summary>
    public static string Create(string name, string properties, params string[] packages)
    {
        string directory = Path.Combine(PackageFeed.Root, name);
        Directory.CreateDirectory(directory);
        Dictionary<string, string> versions = RepositoryVersions();
        string references = string.Join(
            "\n",
            packages.Select(id => $"    <PackageReference Include=\"{id}\" Version=\"{(id.StartsWith("FakeStatus", StringComparison.Ordinal) ? PackageFeed.Version : versions[id])}\" />"));
        File.WriteAllText(Path.Combine(directory, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <NuGetAudit>false</NuGetAudit>
            {properties}
              </PropertyGroup>
              <ItemGroup>
            {references}
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(directory, "nuget.config"), PackageFeed.NuGetConfig());
        return directory;
    }

    /// <summary>Runs <c>dotnet VERB</c> in <paramref name="directory"/>, restoring into the feed's own packages folder.</summary>
    public static (int ExitCode, string Output) Dotnet(string directory, params string[] arguments) =>
        DotnetCli.Run(directory, TimeSpan.FromMinutes(10), [.. arguments, "-p:RestorePackagesPath=" + Path.Combine(PackageFeed.Root, "packages")]);

    /// <summary>The body of the first <c>```csharp</c> block of a Markdown file, exactly as a reader copies it.</summary>
    public static string FirstCSharpBlock(string markdownPath)
    {
        Match block = CSharpBlock().Match(File.ReadAllText(markdownPath).ReplaceLineEndings("\n"));
        block.Success.Should().BeTrue("{0} shows C# code", markdownPath);
        return block.Groups["body"].Value;
    }

    private static Dictionary<string, string> RepositoryVersions() =>
        XDocument.Load(Path.Combine(PackageFeed.RepositoryRoot, "Directory.Packages.props"))
            .Descendants("PackageVersion")
            .ToDictionary(e => (string)e.Attribute("Include")!, e => (string)e.Attribute("Version")!);

    [GeneratedRegex(@"```csharp\n(?<body>.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();
}
