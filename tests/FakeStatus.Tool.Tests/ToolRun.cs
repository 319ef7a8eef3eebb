namespace FakeStatus.Tool.Tests;

/// <summary>The outcome of one in-process run of the tool.</summary>
internal sealed record ToolRun(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>The reference page's moment, so the Date header is the seed's (with the right weekday).</summary>
    public const string SeedDate = "2026-02-25T12:00:00Z";

    /// <summary>The canonical SMTP 530 response as the page shows it (LF line ends), straight from the seed.</summary>
    public const string CanonicalSmtp530 =
        "HTTP/1.1 530 Authentication Required\n" +
        "Content-Type: application/json\n" +
        "Date: Wed, 25 Feb 2026 12:00:00 GMT\n" +
        "Content-Length: 63\n" +
        "\n" +
        "{\"error\": \"server_error\", \"message\": \"Authentication Required\"}";

    public static async Task<ToolRun> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        int exitCode = await ToolApp.RunAsync(args, stdout, stderr, CancellationToken.None);
        return new ToolRun(exitCode, stdout.ToString(), stderr.ToString());
    }

    /// <summary>One framework's snippet for a code, as <c>show --framework</c> prints it.</summary>
    public static async Task<string> SnippetAsync(string protocol, string code, string framework)
    {
        ToolRun run = await RunAsync("show", protocol, code, "--framework", framework);
        run.ExitCode.Should().Be(0, run.Stderr);
        return run.Stdout;
    }
}
