namespace FakeStatus.OpenApi;

/// <summary>One documented (operation, status) pair and how many requests it answered.</summary>
public sealed class OpenApiCoverageEntry
{
    internal OpenApiCoverageEntry(string operationId, string method, string path, int status, long calls)
    {
        OperationId = operationId;
        Method = method;
        Path = path;
        StatusCode = status;
        CallCount = calls;
    }

    /// <summary>The operation's id.</summary>
    public string OperationId { get; }

    /// <summary>The HTTP method, e.g. <c>GET</c>.</summary>
    public string Method { get; }

    /// <summary>The path as the document writes it.</summary>
    public string Path { get; }

    /// <summary>The documented status code.</summary>
    public int StatusCode { get; }

    /// <summary>How many requests this pair answered.</summary>
    public long CallCount { get; }

    /// <summary>Whether any request got this answer.</summary>
    public bool Tried => CallCount > 0;

    /// <summary><c>getOrder GET /orders/{orderId} 404</c>.</summary>
    public override string ToString() => $"{OperationId} {Method} {Path} {StatusCode}";
}
