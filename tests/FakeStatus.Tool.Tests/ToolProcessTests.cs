using System.Diagnostics;

namespace FakeStatus.Tool.Tests;

/// <summary>The built tool as a separate process, as a user runs it: <c>dotnet FakeStatus.Tool.dll ...</c>.</summary>
[TestFixture]
public sealed class ToolProcessTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Test]
    public async Task Process_ShowSmtp530_PrintsCanonicalResponseAndExits0()
    {
        (int exitCode, string stdout, string stderr) = await RunAsync("show", "smtp", "530", "--date", ToolRun.SeedDate);

        exitCode.Should().Be(0, stderr);
        stdout.Should().Contain(ToolRun.CanonicalSmtp530);
    }

    [Test]
    public async Task Process_Help_UsageNamesTheInstalledCommandNotTheAssembly()
    {
        (int exitCode, string stdout, string stderr) = await RunAsync("--help");

        exitCode.Should().Be(0, stderr);
        stdout.Should().Contain("Usage:\n  fakestatus [command] [options]").And.NotContain("FakeStatus.Tool");
    }

    [Test]
    public async Task Process_UnknownProtocol_OneLineOnStderrAndExits2()
    {
        (int exitCode, string stdout, string stderr) = await RunAsync("show", "gopher", "530");

        exitCode.Should().Be(2);
        stdout.Should().BeEmpty();
        stderr.Should().StartWith("fakestatus: error: unknown protocol 'gopher'").And.EndWith("\n");
        stderr.TrimEnd().Should().NotContain("\n");
    }

    [Test]
    public async Task Process_ServeThenSigterm_AnswersAndStopsGracefully()
    {
        Assume.That(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS(), "POSIX signals only");
        using Process tool = Start("serve", "--port", "0");
        using var timeout = new CancellationTokenSource(Patience);
        string first = (await tool.StandardOutput.ReadLineAsync(timeout.Token))!;
        first.Should().StartWith("Listening on http://127.0.0.1:");
        var address = new Uri(first.Split(' ')[2]);

        using var client = new HttpClient { Timeout = Patience };
        using HttpResponseMessage response = await client.GetAsync(new Uri(address, "/smtp/530"), timeout.Token);
        (await response.Content.ReadAsStringAsync(timeout.Token)).Should().Be("{\"error\": \"server_error\", \"message\": \"Authentication Required\"}");

        // SIGTERM takes the same graceful path as Ctrl+C (SIGINT), which a background test run may have ignored.
        Signal(tool.Id, 15).Should().Be(0);
        string rest = await tool.StandardOutput.ReadToEndAsync(timeout.Token);
        await tool.WaitForExitAsync(timeout.Token);

        tool.ExitCode.Should().Be(0);
        rest.Should().EndWith("Stopped.\n");
    }

    private static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(params string[] args)
    {
        using Process tool = Start(args);
        using var timeout = new CancellationTokenSource(Patience);
        Task<string> stdout = tool.StandardOutput.ReadToEndAsync(timeout.Token);
        Task<string> stderr = tool.StandardError.ReadToEndAsync(timeout.Token);
        await tool.WaitForExitAsync(timeout.Token);
        return (tool.ExitCode, await stdout, await stderr);
    }

    private static Process Start(params string[] args)
    {
        string dll = Path.Combine(TestContext.CurrentContext.TestDirectory, "FakeStatus.Tool.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(dll);
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start)!;
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    [System.Runtime.InteropServices.DefaultDllImportSearchPaths(System.Runtime.InteropServices.DllImportSearchPath.System32)]
    private static extern int Signal(int pid, int signal);
}
