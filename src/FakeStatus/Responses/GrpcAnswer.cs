using System;
using System.Collections.Generic;
using System.Globalization;

namespace FakeStatus;

/// <summary>
/// How a gRPC status travels: not as the HTTP status but as <c>grpc-status</c> on an HTTP 200 with
/// <c>content-type: application/grpc</c>. Without reply messages a server sends the status in the headers (a
/// "trailers-only" response, as Grpc.AspNetCore and grpc-go do), which every gRPC client reads on every target framework.
/// The wire shape is plain HTTP, so the core needs no gRPC package for it; FakeStatus.Grpc adds messages and details.
/// </summary>
internal static class GrpcAnswer
{
    public const string ContentType = "application/grpc";

    public const string StatusHeader = "grpc-status";

    public const string MessageHeader = "grpc-message";

    public const int HttpStatus = 200;

    public const string HttpReasonPhrase = "OK";

    /// <summary>The status and message headers of a trailers-only answer; an OK status carries no message.</summary>
    public static void AddStatus(List<HeaderEntry> headers, int code, string message)
    {
        headers.Add(new HeaderEntry(StatusHeader, code.ToString(CultureInfo.InvariantCulture)));
        if (code != 0)
        {
            // A reason phrase is printable ASCII, so '%' is the one character the grpc-message encoding changes.
            headers.Add(new HeaderEntry(MessageHeader, message.Replace("%", "%25", StringComparison.Ordinal)));
        }
    }

    /// <summary>Whether the response already names its gRPC status (set by FakeStatus.Grpc or by hand), in headers or trailers.</summary>
    public static bool HasStatus(List<HeaderEntry> headers, List<HeaderEntry> trailers) =>
        headers.Exists(IsStatus) || trailers.Exists(IsStatus);

    private static bool IsStatus(HeaderEntry header) => string.Equals(header.Name, StatusHeader, StringComparison.OrdinalIgnoreCase);
}
