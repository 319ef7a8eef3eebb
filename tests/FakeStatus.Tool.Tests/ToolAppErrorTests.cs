namespace FakeStatus.Tool.Tests;

/// <summary>Every error is one line naming the problem, on stderr, with a non-zero exit code and no stack trace.</summary>
[TestFixture]
public sealed class ToolAppErrorTests
{
    [TestCase(new[] { "show", "gopher", "530" }, "unknown protocol 'gopher': expected one of ftp, grpc, http, smtp")]
    [TestCase(new[] { "show", "smtp", "999" }, "smtp has no code 999 in the catalog, so it has no page; run 'fakestatus list smtp'")]
    [TestCase(new[] { "show", "smtp", "53x" }, "'53x' is not a status code: expected a whole number from 100 to 999")]
    [TestCase(new[] { "show", "smtp", "1000" }, "'1000' is not a status code")]
    [TestCase(new[] { "show", "grpc", "17" }, "'17' is not a gRPC status code: expected a whole number from 0 (OK) to 16 (UNAUTHENTICATED)")]
    [TestCase(new[] { "show", "grpc", "14", "--framework", "express" }, "--framework express: a gRPC status is not returned from a web framework's HTTP handler")]
    [TestCase(new[] { "show", "http", "530", "--variant", "acme" }, "http 530 has no variant 'acme'; its variants are: cloudflare, pantheon.")]
    [TestCase(new[] { "show", "smtp", "530", "--framework", "cobol" }, "unknown framework 'cobol': expected one of django, flask")]
    [TestCase(new[] { "show", "smtp", "530", "--format", "pdf" }, "unknown format 'pdf': expected text or markdown.")]
    [TestCase(new[] { "show", "smtp", "530", "--date", "yesterday" }, "--date 'yesterday' is not a date")]
    [TestCase(new[] { "show", "smtp", "530", "--colour" }, "unknown option '--colour' for 'fakestatus show'. Run 'fakestatus show --help' for usage.")]
    [TestCase(new[] { "list", "http", "--class", "0xx" }, "--class '0xx' is not a class: expected 1xx to 9xx")]
    [TestCase(new[] { "list", "http", "--vendor", "acme" }, "unknown vendor 'acme': expected one of")]
    [TestCase(new[] { "serve", "--port", "70000" }, "--port 70000 is not a TCP port")]
    [TestCase(new[] { "serve", "--host", "example" }, "--host 'example' is not an IP address")]
    [TestCase(new[] { "frobnicate" }, "unknown command 'frobnicate': expected show, list, serve or site. Run 'fakestatus --help' for usage.")]
    [TestCase(new string[0], "no command given: expected show, list, serve or site, e.g. 'fakestatus show http 418'.")]
    [TestCase(new[] { "show", "smtp", "530", "extra" }, "unexpected argument 'extra' for 'fakestatus show'.")]
    public async Task RunAsync_BadInput_OneLineErrorAndExitCode2(string[] args, string expected)
    {
        ToolRun run = await ToolRun.RunAsync(args);

        run.ExitCode.Should().Be(ToolApp.UsageError);
        run.Stdout.Should().BeEmpty();
        run.Stderr.Should().StartWith("fakestatus: error: ").And.Contain(expected);
        run.Stderr.TrimEnd().Should().NotContain("\n", "an error is one line").And.NotContain("   at ", "never a stack trace");
    }

    [Test]
    public async Task Show_CodeTheCatalogLacks_StatesTheSameRuleAsTheCatalogLookup()
    {
        KeyNotFoundException lookup = FluentActions.Invoking(() => StatusCatalog.Default.Get("smtp", 599)).Should().Throw<KeyNotFoundException>().Which;
        string rule = lookup.Message[lookup.Message.IndexOf("FakeStatusHandler answers", StringComparison.Ordinal)..];

        ToolRun run = await ToolRun.RunAsync("show", "smtp", "599");

        rule.Should().Be("FakeStatusHandler answers a code from 100 to 999 that its catalog lacks as '599 Unknown Status Code'.");
        run.ExitCode.Should().Be(ToolApp.UsageError);
        run.Stderr.TrimEnd().Should().EndWith(rule);
    }

    [Test]
    public async Task RunAsync_Help_PrintsUsageAndSucceeds()
    {
        ToolRun run = await ToolRun.RunAsync("--help");

        run.ExitCode.Should().Be(0);
        run.Stdout.Should().Contain("show").And.Contain("list").And.Contain("serve");
    }
}
