namespace FakeStatus.Tool.Tests.Serve;

/// <summary>Runs <c>fakestatus serve --port 0</c> through <see cref="ToolApp.RunAsync"/> and stops it by cancellation.</summary>
internal sealed class InProcessServer : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly CancellationTokenSource _stop = new();
    private readonly ListeningWriter _stdout = new();
    private readonly StringWriter _stderr = new();
    private Task<int>? _run;

    public Uri Address { get; private set; } = null!;

    public string Output => _stdout.Text;

    public static async Task<InProcessServer> StartAsync(params string[] options)
    {
        var server = new InProcessServer();
        string[] args = ["serve", "--port", "0", .. options];
        server._run = Task.Run(() => ToolApp.RunAsync(args, server._stdout, server._stderr, server._stop.Token));
        Task finished = await Task.WhenAny(server._stdout.Address, server._run, Task.Delay(Patience));
        if (finished != server._stdout.Address)
        {
            throw new InvalidOperationException("serve did not start: " + server._stderr);
        }

        server.Address = await server._stdout.Address;
        return server;
    }

    public async Task<int> StopAsync()
    {
        await _stop.CancelAsync();
        return await _run!.WaitAsync(Patience);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_stop.IsCancellationRequested)
        {
            await StopAsync();
        }

        _stop.Dispose();
        await _stderr.DisposeAsync();
        await _stdout.DisposeAsync();
    }
}
