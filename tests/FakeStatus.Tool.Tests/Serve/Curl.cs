using System.Diagnostics;

namespace FakeStatus.Tool.Tests.Serve;

/// <summary>Runs the real <c>curl</c> against a server, as a command-line user would, and returns what it printed.</summary>
internal static class Curl
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    /// <summary>Starts <c>curl -si --max-time 25 ARGS URL</c>; the task completes when curl exits.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(Uri url, params string[] arguments)
    {
        // curl is part of the machines the tests run on (CI included); a missing curl is a broken machine, not a skip.
        File.Exists("/usr/bin/curl").Should().BeTrue("the serve tests drive fakestatus serve with curl, as its users do");
        var start = new ProcessStartInfo("/usr/bin/curl") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string argument in new[] { "-si", "--max-time", "25" }.Concat(arguments).Append(url.ToString()))
        {
            start.ArgumentList.Add(argument);
        }

        using Process curl = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(Patience);
        Task<string> stderr = curl.StandardError.ReadToEndAsync(timeout.Token);
        string output = await curl.StandardOutput.ReadToEndAsync(timeout.Token);
        await curl.WaitForExitAsync(timeout.Token);
        return (curl.ExitCode, output + await stderr);
    }

    /// <summary>The value of the first response header <paramref name="name"/> in curl's <c>-i</c> output.</summary>
    public static string? Header(string output, string name) =>
        output.Split("\r\n\r\n")[0].Split("\r\n")
            .Where(line => line.StartsWith(name + ":", StringComparison.OrdinalIgnoreCase))
            .Select(line => line[(name.Length + 1)..].Trim())
            .FirstOrDefault();

    /// <summary>The body in curl's <c>-i</c> output: everything after the first blank line.</summary>
    public static string Body(string output)
    {
        int end = output.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        return end < 0 ? string.Empty : output[(end + 4)..];
    }
}
