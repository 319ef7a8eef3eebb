namespace FakeStatus;

/// <summary>The header names and values of the gRPC HTTP/2 protocol that FakeStatus sends and checks.</summary>
internal static class GrpcProtocol
{
    public const string ContentType = "application/grpc";

    public const string StatusHeader = "grpc-status";

    public const string MessageHeader = "grpc-message";

    public const string DetailsHeader = "grpc-status-details-bin";

    public const string PushbackHeader = "grpc-retry-pushback-ms";

    /// <summary>The protocol's name in the FakeStatus catalog.</summary>
    public const string CatalogProtocol = "grpc";

    /// <summary>The message Grpc.AspNetCore sends when a call's deadline passes on the server.</summary>
    public const string DeadlineMessage = "Deadline Exceeded";
}
