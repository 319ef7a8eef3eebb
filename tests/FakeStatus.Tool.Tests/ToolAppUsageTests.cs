namespace FakeStatus.Tool.Tests;

/// <summary>The tool as people type it: its installed name in help, a code alone meaning HTTP, and the nearest word for a typo.</summary>
[TestFixture]
public sealed class ToolAppUsageTests
{
    [TestCase("--help")]
    [TestCase("show", "--help")]
    [TestCase("serve", "--help")]
    public async Task RunAsync_Help_UsageNamesTheInstalledCommand(params string[] args)
    {
        ToolRun run = await ToolRun.RunAsync(args);

        run.ExitCode.Should().Be(0);
        run.Stdout.Should().Contain("Usage:\n  fakestatus").And.NotContain("FakeStatus.Tool");
    }

    [Test]
    public async Task RunAsync_ShowHelp_DocumentsThatACodeAloneMeansHttp()
    {
        ToolRun run = await ToolRun.RunAsync("show", "--help");

        run.Stdout.Should().Contain("'show 418' is 'show http 418'");
    }

    [Test]
    public async Task RunAsync_ShowCodeAlone_ShowsTheHttpPage()
    {
        ToolRun alone = await ToolRun.RunAsync("show", "418", "--date", ToolRun.SeedDate);
        ToolRun http = await ToolRun.RunAsync("show", "http", "418", "--date", ToolRun.SeedDate);

        alone.ExitCode.Should().Be(0, alone.Stderr);
        alone.Stdout.Should().StartWith("HTTP 418 I'm a teapot").And.Be(http.Stdout);
    }

    [TestCase(new[] { "show" }, "show needs a status code: e.g. 'fakestatus show http 418', or 'fakestatus show 418' (a code alone means HTTP).")]
    [TestCase(new[] { "show", "smtp" }, "show smtp needs a status code: e.g. 'fakestatus show smtp ")]
    [TestCase(new[] { "show", "cloudflare" }, "show cloudflare needs a status code: e.g. 'fakestatus show cloudflare 52")]
    public async Task RunAsync_MissingArgument_NamedWithAnExample(string[] args, string expected)
    {
        ToolRun run = await ToolRun.RunAsync(args);

        run.ExitCode.Should().Be(ToolApp.UsageError);
        run.Stderr.Should().StartWith("fakestatus: error: " + expected);
    }

    [TestCase(new[] { "show", "smtp", "530", "--fromat", "markdown" }, "unknown option '--fromat' for 'fakestatus show'; did you mean '--format'?")]
    [TestCase(new[] { "list", "http", "--vendr", "nginx" }, "unknown option '--vendr' for 'fakestatus list'; did you mean '--vendor'?")]
    [TestCase(new[] { "serve", "--prot", "0" }, "unknown option '--prot' for 'fakestatus serve'; did you mean '--port'?")]
    [TestCase(new[] { "--hlep" }, "unknown option '--hlep' for 'fakestatus'; did you mean '--help'?")]
    [TestCase(new[] { "shwo", "smtp", "530" }, "unknown command 'shwo'; did you mean 'show'?")]
    [TestCase(new[] { "lst", "http" }, "unknown command 'lst'; did you mean 'list'?")]
    [TestCase(new[] { "show", "smpt", "530" }, "unknown protocol 'smpt'; did you mean 'smtp'?")]
    public async Task RunAsync_Typo_SuggestsTheNearestWord(string[] args, string expected)
    {
        ToolRun run = await ToolRun.RunAsync(args);

        run.ExitCode.Should().Be(ToolApp.UsageError);
        run.Stdout.Should().BeEmpty();
        run.Stderr.Should().StartWith("fakestatus: error: " + expected);
    }

    [Test]
    public void Find_NothingClose_ReturnsNull() =>
        NearestWord.Find("frobnicate", ["show", "list", "serve"]).Should().BeNull();
}
