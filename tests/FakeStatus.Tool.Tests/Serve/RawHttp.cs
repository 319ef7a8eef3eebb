using System.Net.Sockets;
using System.Text;

namespace FakeStatus.Tool.Tests.Serve;

/// <summary>
/// Sends bytes no HttpClient would (HTTP/1.0 without Host, a malformed chunk, a declared length over the limit) on a plain TCP
/// connection and reads what comes back until the server closes it.
/// </summary>
internal static class RawHttp
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    /// <summary>The server's whole reply; empty when it closed the connection without answering.</summary>
    public static async Task<string> SendAsync(Uri server, string request)
    {
        using var timeout = new CancellationTokenSource(Patience);
        using var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port, timeout.Token);
        NetworkStream stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request), timeout.Token);

        using var reply = new MemoryStream();
        try
        {
            await stream.CopyToAsync(reply, timeout.Token);
        }
        catch (IOException)
        {
            // A reset after (or instead of) the reply: what arrived before it is the answer.
        }

        return Encoding.ASCII.GetString(reply.ToArray());
    }
}
