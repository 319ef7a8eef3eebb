using System;
using System.CommandLine;
using System.IO;
using System.Net;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using FakeStatus.Tool.Serve;

namespace FakeStatus.Tool.Commands;

/// <summary><c>fakestatus serve --port 5080</c>: the URL conventions and canonical responses over real HTTP.</summary>
internal static class ServeCommand
{
    public static Command Create(TextWriter stdout)
    {
        var port = new Option<int>("--port") { Description = "The TCP port, 0 for any free one.", DefaultValueFactory = _ => 5080 };
        var host = new Option<string>("--host") { Description = "The address to bind: 127.0.0.1 (default), ::1, 0.0.0.0, localhost.", DefaultValueFactory = _ => "127.0.0.1" };

        var seed = new Option<int?>("--seed") { Description = "The seed for /random/... draws, to replay a run; default: a new one, printed at start." };
        var realisticRetryAfter = new Option<bool>("--realistic-retry-after")
        {
            Description = "Send the catalog's waits as they are (Retry-After: 120 on 429 and 503); by default each is cut to at most one second, as FakeStatusHandler does.",
        };

        var command = new Command(
            "serve",
            "Answer http://HOST:PORT with FakeStatus's canonical responses until Ctrl+C, by the URL conventions of FakeStatusHandler: " +
            ServeConventions.Forms + ". " + ServeConventions.Controls + " " + ServeConventions.Styles() + " " +
            ServeConventions.SpecialCodes(StatusCatalog.Default))
        {
            port, host, seed, realisticRetryAfter,
        };

        command.SetAction(async (parsed, cancellationToken) =>
        {
            int portNumber = parsed.GetValue(port);
            if (portNumber is < 0 or > 65535)
            {
                throw ToolException.Usage($"--port {portNumber} is not a TCP port: expected 0 to 65535 (0 picks a free one).");
            }

            IPAddress address = ParseHost(parsed.GetValue(host)!);
            FakeStatusOptions options = ServerOptions(parsed.GetValue(seed), parsed.GetValue(realisticRetryAfter), TimeProvider.System);
            FakeStatusServer server = await FakeStatusServer.StartAsync(address, portNumber, options, cancellationToken).ConfigureAwait(false);
            await using ConfiguredAsyncDisposable stopped = server.ConfigureAwait(false);

            // The first line is the contract tests and scripts read to learn the port.
            await stdout.WriteLineAsync($"Listening on {server.Address.ToString().TrimEnd('/')} (Ctrl+C to stop)").ConfigureAwait(false);
            await stdout.WriteLineAsync($"Try: curl -i {server.Address}smtp/530").ConfigureAwait(false);
            await stdout.WriteLineAsync($"Random seed: {server.Handler.RandomSeed} (pass --seed {server.Handler.RandomSeed} to replay the /random/... draws)").ConfigureAwait(false);
            await stdout.FlushAsync(cancellationToken).ConfigureAwait(false);

            await server.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
            await stdout.WriteLineAsync("Stopped.").ConfigureAwait(false);
            await stdout.FlushAsync(CancellationToken.None).ConfigureAwait(false);
            return ToolApp.Ok;
        });
        return command;
    }

    /// <summary>The handler options <c>serve</c> runs with; the tests compare a server on these with a plain in-process handler.</summary>
    internal static FakeStatusOptions ServerOptions(int? seed, bool realisticRetryAfter, TimeProvider timeProvider) => new()
    {
        RandomSeed = seed,
        RealisticRetryAfter = realisticRetryAfter,
        TimeProvider = timeProvider,

        // Nobody reads a server's request log, and each entry would hold a request body of up to Kestrel's 30 MB limit.
        MaxRecordedRequests = 0,
    };

    private static IPAddress ParseHost(string text)
    {
        if (string.Equals(text, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            return IPAddress.Loopback;
        }

        return IPAddress.TryParse(text, out IPAddress? address)
            ? address
            : throw ToolException.Usage($"--host '{text}' is not an IP address: expected e.g. 127.0.0.1, ::1 or 0.0.0.0.");
    }
}
