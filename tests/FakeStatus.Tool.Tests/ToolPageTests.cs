namespace FakeStatus.Tool.Tests;

/// <summary>docs/tool.md shows real <c>fakestatus show smtp 530</c> output; this keeps it from drifting from the tool.</summary>
[TestFixture]
public sealed class ToolPageTests
{
    private const string TextFence = "```text\n";

    [Test]
    public async Task ToolPage_ShowSmtp530Block_IsTheToolsActualOutput()
    {
        string page = await File.ReadAllTextAsync(Path.Combine(FindRoot(), "docs", "tool.md"));
        int section = page.IndexOf("# The fakestatus tool", StringComparison.Ordinal);
        section.Should().Be(0, "docs/tool.md starts with its title");
        int start = page.IndexOf(TextFence, section, StringComparison.Ordinal) + TextFence.Length;
        int end = page.IndexOf("\n```", start, StringComparison.Ordinal) + 1;

        ToolRun run = await ToolRun.RunAsync("show", "smtp", "530", "--date", ToolRun.SeedDate);

        page[start..end].Should().Be(run.Stdout);
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
