namespace FakeStatus.OpenApi;

/// <summary>Something in the document that the import did not turn into routes, and why; nothing is dropped silently.</summary>
public sealed class OpenApiImportNote
{
    internal OpenApiImportNote(string location, string message, bool isUnsupported)
    {
        Location = location;
        Message = message;
        IsUnsupported = isUnsupported;
    }

    /// <summary>A JSON pointer into the document, e.g. <c>#/webhooks/orderShipped</c>.</summary>
    public string Location { get; }

    /// <summary>What was not faked and what answers instead.</summary>
    public string Message { get; }

    /// <summary>
    /// <see langword="true"/> when an answer differs from what the document says (a range response such as <c>4XX</c>, a
    /// header that is not sent, a reader warning); <see langword="false"/> for what a fake never does and no answer depends on
    /// (webhooks, callbacks, an operation's own servers, how a <c>default</c> response is used).
    /// <see cref="OpenApiImportOptions.FailOnUnsupported"/> fails only on the first kind.
    /// </summary>
    public bool IsUnsupported { get; }

    /// <summary><c>location: message</c>.</summary>
    public override string ToString() => $"{Location}: {Message}";
}
