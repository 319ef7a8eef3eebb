using System.Text.RegularExpressions;

namespace FakeStatus.Packaging.Tests;

/// <summary>
/// The first code a reader meets compiles as pasted, against the packages as published: the repository README's first
/// snippet as a console program, and each package README's first test in a new test project.
/// </summary>
[Category("Packaging")]
public sealed partial class ReadmeCodeTests
{
    private static readonly string[] LibraryReadmes = ["FakeStatus", "FakeStatus.MockHttp", "FakeStatus.Http"];

    [Test]
    public void ReadmeFirstSnippet_PastedIntoANewConsoleProject_CompilesAndPrintsTheResponse()
    {
        string readme = Path.Combine(PackageFeed.RepositoryRoot, "README.md");
        string code = ScratchProject.FirstCSharpBlock(readme);
        File.ReadAllText(readme).ReplaceLineEndings("\n").Should().Contain("<!-- snippet: quickstart -->\n```csharp\n" + code, "the first snippet is the quickstart");

        // Implicit usings off: the snippet must name every namespace it uses, so it compiles whatever the project's defaults.
        string project = ScratchProject.Create("readme-first-snippet", "    <OutputType>Exe</OutputType>\n    <ImplicitUsings>disable</ImplicitUsings>", "FakeStatus");
        File.WriteAllText(Path.Combine(project, "Program.cs"), code);

        (int exitCode, string output) = ScratchProject.Dotnet(project, "run");

        exitCode.Should().Be(0, "the README's first snippet must compile and run as pasted:\n{0}", output);
        output.Should().Contain("HTTP/1.1 530 Authentication Required").And.Contain("{\"error\": \"server_error\", \"message\": \"Authentication Required\"}");
    }

    [Test]
    public void PackageReadmes_FirstTests_CompileAndPassAgainstThePackages()
    {
        string project = ScratchProject.Create(
            "package-readme-tests",
            "    <IsTestProject>true</IsTestProject>\n    <ImplicitUsings>disable</ImplicitUsings>",
            "FakeStatus", "FakeStatus.MockHttp", "FakeStatus.Http", "Microsoft.NET.Test.Sdk", "NUnit", "NUnit3TestAdapter", "FluentAssertions");
        foreach (string id in LibraryReadmes)
        {
            string code = ScratchProject.FirstCSharpBlock(Path.Combine(PackageFeed.RepositoryRoot, "src", id, "README.md"));
            code.Should().Contain("[Test]", "{0}'s README starts with a test", id);
            File.WriteAllText(Path.Combine(project, id + ".Readme.cs"), code);
        }

        (int exitCode, string output) = ScratchProject.Dotnet(project, "test");

        exitCode.Should().Be(0, "each package README's first test must compile and pass as pasted:\n{0}", output);
        PassedCount().Match(output).Groups["passed"].Value.Should().Be(LibraryReadmes.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), output);
    }

    [GeneratedRegex(@"Passed:\s+(?<passed>\d+)")]
    private static partial Regex PassedCount();
}
