using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using Google.Protobuf;

namespace FakeStatus;

/// <summary>The gRPC message framing: each message is a 1-byte compressed flag (0), a 4-byte big-endian length, then the bytes.</summary>
internal static class GrpcFrames
{
    private const int PrefixLength = 5;

    /// <summary>The frames of <paramref name="messages"/>, back to back, computed once when the route is registered.</summary>
    public static byte[] Encode(IReadOnlyList<IMessage> messages)
    {
        int total = 0;
        var sizes = new int[messages.Count];
        for (int i = 0; i < messages.Count; i++)
        {
            sizes[i] = messages[i].CalculateSize();
            total += PrefixLength + sizes[i];
        }

        var buffer = new byte[total];
        int offset = 0;
        for (int i = 0; i < messages.Count; i++)
        {
            buffer[offset] = 0;
            BinaryPrimitives.WriteUInt32BigEndian(buffer.AsSpan(offset + 1, 4), (uint)sizes[i]);
            messages[i].WriteTo(buffer.AsSpan(offset + PrefixLength, sizes[i]));
            offset += PrefixLength + sizes[i];
        }

        return buffer;
    }

    /// <summary>The messages of a request or response body, each parsed by <paramref name="parser"/>.</summary>
    /// <exception cref="FormatException">The body is not whole uncompressed gRPC frames.</exception>
    public static IReadOnlyList<T> Decode<T>(ReadOnlySpan<byte> body, MessageParser<T> parser)
        where T : IMessage<T>
    {
        var messages = new List<T>();
        int offset = 0;
        while (offset < body.Length)
        {
            if (body.Length - offset < PrefixLength)
            {
                throw new FormatException($"The gRPC body ends inside a frame prefix at byte {offset}: each message needs a 5-byte prefix (flag, 4-byte length).");
            }

            if (body[offset] != 0)
            {
                throw new FormatException($"The gRPC message at byte {offset} is compressed (flag {body[offset]}); FakeStatus reads uncompressed messages only.");
            }

            uint length = BinaryPrimitives.ReadUInt32BigEndian(body.Slice(offset + 1, 4));
            if (length > (uint)(body.Length - offset - PrefixLength))
            {
                throw new FormatException($"The gRPC message at byte {offset} declares {length} bytes but only {body.Length - offset - PrefixLength} follow.");
            }

            messages.Add(parser.ParseFrom(body.Slice(offset + PrefixLength, (int)length)));
            offset += PrefixLength + (int)length;
        }

        return messages;
    }
}
