namespace FakeStatus;

/// <summary>A HAR request's <c>postData</c>: the body text as bytes and its MIME type; empty when the request had none.</summary>
internal sealed class HarPostData(byte[] body, string? mimeType)
{
    public static HarPostData None { get; } = new([], null);

    public byte[] Body { get; } = body;

    public string? MimeType { get; } = mimeType;
}
