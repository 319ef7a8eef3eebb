namespace FakeStatus.Tool.Tests;

/// <summary>The README shows real <c>fakestatus show smtp 530</c> output; this keeps it from drifting from the tool.</summary>
[TestFixture]
public sealed class ReadmeToolSectionTests
{
    private const string TextFence = "```text\n";

    [Test]
    public async Task Readme_ShowSmtp530Block_IsTheToolsActualOutput()
    {
        string readme = await File.ReadAllTextAsync(Path.Combine(FindRoot(), "README.md"));
        int section = readme.IndexOf("## The fakestatus tool", StringComparison.Ordinal);
        section.Should().BePositive();
        int start = readme.IndexOf(TextFence, section, StringComparison.Ordinal) + TextFence.Length;
        int end = readme.IndexOf("\n```", start, StringComparison.Ordinal) + 1;

        ToolRun run = await ToolRun.RunAsync("show", "smtp", "530", "--date", ToolRun.SeedDate);

        readme[start..end].Should().Be(run.Stdout);
    }

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "FakeStatus.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("FakeStatus.sln not found above " + TestContext.CurrentContext.TestDirectory);
    }
}
