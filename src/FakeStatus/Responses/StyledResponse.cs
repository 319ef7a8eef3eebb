namespace FakeStatus;

/// <summary>A style rendered for one status: the body bytes, their content type and the vendor's headers.</summary>
internal sealed class StyledResponse(byte[] body, string contentType, HeaderEntry[] headers)
{
    public byte[] Body { get; } = body;

    public string ContentType { get; } = contentType;

    public HeaderEntry[] Headers { get; } = headers;

    /// <summary>Whether the body is sent: false when a later setting of the route replaced it and only the headers are the style's.</summary>
    public bool SendsBody { get; init; } = true;
}
