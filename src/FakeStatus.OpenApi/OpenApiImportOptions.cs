using System;

namespace FakeStatus.OpenApi;

/// <summary>How <see cref="FakeStatusOpenApiExtensions.ImportOpenApi(FakeStatusHandler, string, OpenApiImportOptions?)"/> turns a document into routes.</summary>
public sealed class OpenApiImportOptions
{
    /// <summary>The request header that picks a status per request without a code change in the client: <c>X-FakeStatus-Status</c>.</summary>
    public const string DefaultStatusHeader = "X-FakeStatus-Status";

    private string _statusHeader = DefaultStatusHeader;
    private string? _basePath;

    /// <summary>
    /// The request header whose value (a status code such as <c>503</c>) selects the answer for that request.
    /// Default <see cref="DefaultStatusHeader"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The value is empty or not a valid header name (letters, digits and <c>!#$%&amp;'*+-.^_`|~</c>).</exception>
    public string StatusHeader
    {
        get => _statusHeader;
        init => _statusHeader = HeaderText.IsToken(value)
            ? value
            : throw new ArgumentException($"StatusHeader '{value}' is not a valid header name: use letters, digits and !#$%&'*+-.^_`|~, e.g. \"{DefaultStatusHeader}\".", nameof(StatusHeader));
    }

    /// <summary>
    /// The path every operation's path is prefixed with, e.g. <c>/v1</c>. <see langword="null"/> (the default) takes it from the
    /// document's first server URL (<c>https://api.shop.test/v1</c> gives <c>/v1</c>); <c>""</c> or <c>"/"</c> means none.
    /// </summary>
    /// <exception cref="ArgumentException">The value does not start with <c>/</c> or contains <c>?</c>, <c>#</c>, <c>{</c> or <c>}</c>.</exception>
    public string? BasePath
    {
        get => _basePath;
        init => _basePath = value is null ? null : ServerBasePath.Validate(value, nameof(BasePath));
    }

    /// <summary>
    /// When <see langword="true"/>, a note that makes an answer differ from the document (<see cref="OpenApiImportNote.IsUnsupported"/>:
    /// a range response such as <c>4XX</c>, a header that is not sent, a reader warning) fails the import with
    /// <see cref="OpenApiImportException"/> naming the first; informational notes (webhooks, callbacks, an operation's own
    /// servers, <c>default</c> responses) never do. By default the import succeeds and lists them all.
    /// </summary>
    public bool FailOnUnsupported { get; init; }
}
