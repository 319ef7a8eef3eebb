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

        var command = new Command(
            "serve",
            "Answer http://HOST:PORT/{code}, /{protocol}/{code}, /{vendor}/{code} with the canonical responses until Ctrl+C. " +
            "Request headers work as in a test: Accept: text/plain or application/problem+json, X-HttpStatus-Sleep: 2000, X-HttpStatus-Response-Retry-After: 5.")
        {
            port, host, seed,
        };

        command.SetAction(async (parsed, cancellationToken) =>
        {
            int portNumber = parsed.GetValue(port);
            if (portNumber is < 0 or > 65535)
            {
                throw ToolException.Usage($"--port {portNumber} is not a TCP port: expected 0 to 65535 (0 picks a free one).");
            }

            IPAddress address = ParseHost(parsed.GetValue(host)!);
            var options = new FakeStatusOptions { RandomSeed = parsed.GetValue(seed) };
            FakeStatusServer server = await FakeStatusServer.StartAsync(address, portNumber, options, cancellationToken).ConfigureAwait(false);
            await using ConfiguredAsyncDisposable stopping = server.ConfigureAwait(false);

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
