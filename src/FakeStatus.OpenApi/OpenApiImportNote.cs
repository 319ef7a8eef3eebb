namespace FakeStatus.OpenApi;

/// <summary>Something in the document that the import did not turn into routes, and why; nothing is dropped silently.</summary>
public sealed class OpenApiImportNote
{
    internal OpenApiImportNote(string location, string message)
    {
        Location = location;
        Message = message;
    }

    /// <summary>A JSON pointer into the document, e.g. <c>#/webhooks/orderShipped</c>.</summary>
    public string Location { get; }

    /// <summary>What was not faked and what answers instead.</summary>
    public string Message { get; }

    /// <summary><c>location: message</c>.</summary>
    public override string ToString() => $"{Location}: {Message}";
}
