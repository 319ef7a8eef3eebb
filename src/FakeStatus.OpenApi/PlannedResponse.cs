using System.Collections.Generic;

namespace FakeStatus.OpenApi;

/// <summary>One documented status of one operation, ready to register: the body bytes are made once, at import.</summary>
internal sealed class PlannedResponse
{
    public PlannedResponse(int status, byte[]? body, string? contentType, IReadOnlyList<KeyValuePair<string, string>> headers)
    {
        Status = status;
        Body = body;
        ContentType = contentType;
        Headers = headers;
    }

    public int Status { get; }

    /// <summary>The documented example or a body generated from the schema; <see langword="null"/> when the document gives no content, so none is sent.</summary>
    public byte[]? Body { get; }

    public string? ContentType { get; }

    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; }

    public void Apply(ResponseBuilder response)
    {
        if (Body is not null && response.StatusCode is >= 200 and not (204 or 205 or 304))
        {
            response.WithBody(Body, ContentType!);
        }
        else
        {
            response.WithNoBody();
        }

        foreach (KeyValuePair<string, string> header in Headers)
        {
            response.WithHeader(header.Key, header.Value);
        }
    }
}
