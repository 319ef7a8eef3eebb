using System.Net.Sockets;
using System.Text;

namespace FakeStatus.Cassettes.Tests;

/// <summary>
/// A loopback TCP server that reads each HTTP request and closes the connection gracefully (FIN) without a response, the way
/// nginx's <c>return 444</c> does. It serves every connection: SocketsHttpHandler retries a request whose connection closed
/// before any response byte on a new connection, and a server that accepted only one would leave that retry waiting.
/// </summary>
internal sealed class ClosingListener : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Task _serving;
    private int _connections;

    public ClosingListener()
    {
        _listener.Start();
        _serving = ServeAsync();
    }

    /// <summary>How many connections the client opened: more than one means it retried on a new connection.</summary>
    public int Connections => Volatile.Read(ref _connections);

    public Uri BaseAddress => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");

    public void Dispose()
    {
        _listener.Stop();
        _listener.Dispose();
        _ = _serving.Exception;
    }

    private async Task ServeAsync()
    {
        while (true)
        {
            using Socket socket = await _listener.AcceptSocketAsync();
            Interlocked.Increment(ref _connections);
            await CloseAfterRequestAsync(socket);
        }
    }

    private static async Task CloseAfterRequestAsync(Socket socket)
    {
        // Read the whole request first: closing with unread data makes the kernel send RST, not FIN.
        var received = new StringBuilder();
        var buffer = new byte[4096];
        while (!received.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
        {
            int read = await socket.ReceiveAsync(buffer, SocketFlags.None);
            if (read == 0)
            {
                return;
            }

            received.Append(Encoding.ASCII.GetString(buffer, 0, read));
        }

        socket.Shutdown(SocketShutdown.Both);
        socket.Close();
    }
}
