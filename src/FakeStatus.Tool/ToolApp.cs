using System;
using System.CommandLine;
using System.CommandLine.Help;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using FakeStatus.Tool.Commands;

namespace FakeStatus.Tool;

/// <summary>
/// The whole command line tool behind one method, so tests run it in-process with their own writers and token;
/// <c>Program</c> only passes the console through.
/// </summary>
internal static class ToolApp
{
    /// <summary>The command did what it was asked.</summary>
    public const int Ok = 0;

    /// <summary>The command line was valid but the work failed (e.g. the port is in use).</summary>
    public const int RuntimeError = 1;

    /// <summary>The command line was wrong: an unknown command, option, protocol, code or framework.</summary>
    public const int UsageError = 2;

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);

        // A plain command named as users type it: RootCommand takes its name from the entry assembly (FakeStatus.Tool).
        var root = new Command("fakestatus", "FakeStatus: reference pages, code tables and a local server for HTTP, vendor, SMTP and FTP status codes.")
        {
            new HelpOption(),
            new VersionOption(),
            ShowCommand.Create(stdout),
            ListCommand.Create(stdout),
            ServeCommand.Create(stdout),
            SiteCommand.Create(stdout),
        };

        ParseResult parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            // System.CommandLine would print every error plus the help text; one line is easier to read and to test.
            WriteError(stderr, UsageProblem.Describe(parsed));
            return UsageError;
        }

        var invocation = new InvocationConfiguration
        {
            Output = stdout,
            Error = stderr,
            EnableDefaultExceptionHandler = false,

            // serve leaves Ctrl+C to the ASP.NET Core host, which stops gracefully; the others finish at once.
            ProcessTerminationTimeout = null,
        };

        try
        {
            return await parsed.InvokeAsync(invocation, cancellationToken).ConfigureAwait(false);
        }
        catch (ToolException e)
        {
            WriteError(stderr, e.Message);
            return e.ExitCode;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            WriteError(stderr, "cancelled.");
            return RuntimeError;
        }
    }

    private static void WriteError(TextWriter stderr, string message)
    {
        stderr.WriteLine("fakestatus: error: " + message);
        stderr.Flush();
    }
}
