using System;
using System.Text;

namespace FakeStatus;

/// <summary>
/// The percent-encoding of <c>grpc-message</c> that the gRPC HTTP/2 protocol specifies: the message's UTF-8 bytes, with
/// every byte outside printable ASCII (0x20-0x7E) and '%' itself written as <c>%XX</c>.
/// </summary>
internal static class GrpcMessageText
{
    public static string Encode(string message)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(message);
        var text = new StringBuilder(bytes.Length);
        foreach (byte b in bytes)
        {
            if (b is >= 0x20 and <= 0x7E and not (byte)'%')
            {
                text.Append((char)b);
            }
            else
            {
                text.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return text.ToString();
    }
}
