namespace FakeStatus;

/// <summary>A style rendered for one status: the body bytes, their content type and the vendor's headers.</summary>
internal sealed class StyledResponse(byte[] body, string contentType, HeaderEntry[] headers)
{
    public byte[] Body { get; } = body;

    public string ContentType { get; } = contentType;

    public HeaderEntry[] Headers { get; } = headers;
}
