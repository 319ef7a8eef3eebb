using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace FakeStatus;

/// <summary>One recorded exchange: the request as sent (secrets masked) and the response as received.</summary>
public sealed class CassetteInteraction
{
    internal CassetteInteraction(
        string method,
        string url,
        IReadOnlyDictionary<string, IReadOnlyList<string>> requestHeaders,
        byte[] requestBody,
        int status,
        string? reasonPhrase,
        IReadOnlyDictionary<string, IReadOnlyList<string>> responseHeaders,
        byte[] responseBody)
    {
        Method = method;
        Url = url;
        RequestHeaders = requestHeaders;
        RequestBody = requestBody;
        StatusCode = status;
        ReasonPhrase = reasonPhrase;
        ResponseHeaders = responseHeaders;
        ResponseBody = responseBody;
    }

    /// <summary>The request method, e.g. <c>GET</c>.</summary>
    public string Method { get; }

    /// <summary>The absolute request URL, secret query values masked.</summary>
    [SuppressMessage("Design", "CA1056", Justification = "Stored as the text the cassette file holds, masked; a Uri would re-escape it.")]
    public string Url { get; }

    /// <summary>Request headers, name to values, secret values masked.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> RequestHeaders { get; }

    /// <summary>The request body bytes; empty for none.</summary>
    [SuppressMessage("Performance", "CA1819", Justification = "A body is bytes, as HttpContent.ReadAsByteArrayAsync returns them; the interaction is a record read when it is replayed.")]
    public byte[] RequestBody { get; }

    /// <summary>The response status code.</summary>
    public int StatusCode { get; }

    /// <summary>The response reason phrase; <see langword="null"/> when the server sent none.</summary>
    public string? ReasonPhrase { get; }

    /// <summary>Response and content headers, name to values, secret values masked.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> ResponseHeaders { get; }

    /// <summary>The response body bytes; empty for none.</summary>
    [SuppressMessage("Performance", "CA1819", Justification = "A body is bytes, as HttpContent.ReadAsByteArrayAsync returns them; the interaction is a record read when it is replayed.")]
    public byte[] ResponseBody { get; }

    /// <summary><c>GET https://api.test/orders/1 -> 200 OK</c>.</summary>
    public override string ToString() => $"{Method} {Url} -> {StatusCode} {ReasonPhrase}";
}
