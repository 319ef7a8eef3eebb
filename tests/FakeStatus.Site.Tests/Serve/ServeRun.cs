using System.Text;
using System.Text.RegularExpressions;
using FakeStatus.Tool;

namespace FakeStatus.Site.Tests.Serve;

/// <summary>Runs <c>fakestatus serve --port 0</c> in-process and learns its address from the first line it prints.</summary>
internal sealed partial class ServeRun : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly AddressWriter _stdout = new();
    private readonly StringWriter _stderr = new();
    private Task<int> _run = Task.FromResult(0);

    public Uri Address { get; private set; } = null!;

    public static async Task<ServeRun> StartAsync()
    {
        var serve = new ServeRun();
        serve._run = Task.Run(() => ToolApp.RunAsync(["serve", "--port", "0"], serve._stdout, serve._stderr, serve._stop.Token));
        Task started = await Task.WhenAny(serve._stdout.Address, serve._run).WaitAsync(TimeSpan.FromSeconds(30));
        if (started != serve._stdout.Address)
        {
            throw new InvalidOperationException("serve did not start: " + serve._stderr);
        }

        serve.Address = await serve._stdout.Address;
        return serve;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _run.WaitAsync(TimeSpan.FromSeconds(30));
        _stop.Dispose();
        await _stderr.DisposeAsync();
        await _stdout.DisposeAsync();
    }

    [GeneratedRegex(@"Listening on (\S+)")]
    private static partial Regex ListeningLine();

    /// <summary>Collects what serve prints and completes <see cref="Address"/> at its "Listening on" line.</summary>
    private sealed class AddressWriter : TextWriter
    {
        private readonly TaskCompletionSource<Uri> _address = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly StringBuilder _text = new();

        public Task<Uri> Address => _address.Task;

        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value)
        {
            lock (_text)
            {
                _text.Append(value);
                if (value == '\n' && ListeningLine().Match(_text.ToString()) is { Success: true } match)
                {
                    _address.TrySetResult(new Uri(match.Groups[1].Value.TrimEnd('/') + "/"));
                }
            }
        }
    }
}
