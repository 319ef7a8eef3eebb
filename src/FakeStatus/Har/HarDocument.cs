using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace FakeStatus;

/// <summary>
/// The parts of a HAR 1.2 file FakeStatus reads; <see cref="HarReader"/> checks them into entries. Browsers write many more
/// (timings, cache, initiators), which are skipped. The labels a tool may write in another kind are read as absent.
/// </summary>
internal sealed class HarDocument
{
    public HarLog? Log { get; set; }
}

/// <summary>A HAR file's <c>log</c>.</summary>
internal sealed class HarLog
{
    public List<HarEntryDocument?>? Entries { get; set; }
}

/// <summary>One recorded exchange: <c>_error</c> is where some browsers write why a request got no response.</summary>
internal sealed class HarEntryDocument
{
    public HarRequestDocument? Request { get; set; }

    public HarResponseDocument? Response { get; set; }

    [JsonPropertyName("_error")]
    [JsonConverter(typeof(OptionalTextConverter))]
    public string? Error { get; set; }
}

/// <summary>A HAR request: only its method, URL and body are replayed; cookies are only counted, for a note.</summary>
internal sealed class HarRequestDocument
{
    public string? Method { get; set; }

    public string? Url { get; set; }

    public JsonElement? Cookies { get; set; }

    public HarPostDataDocument? PostData { get; set; }
}

/// <summary>A request body as HAR keeps it: decoded text, or form params without text.</summary>
internal sealed class HarPostDataDocument
{
    [JsonConverter(typeof(OptionalTextConverter))]
    public string? MimeType { get; set; }

    [JsonConverter(typeof(OptionalTextConverter))]
    public string? Text { get; set; }

    public JsonElement? Params { get; set; }
}

/// <summary>A HAR response; status 0 (or none) is a request that got no response.</summary>
internal sealed class HarResponseDocument
{
    /// <summary>Any number, so one outside 100-999 is told as a status problem, not as a JSON one.</summary>
    public JsonElement? Status { get; set; }

    [JsonConverter(typeof(OptionalTextConverter))]
    public string? StatusText { get; set; }

    public List<HarHeaderDocument?>? Headers { get; set; }

    public JsonElement? Cookies { get; set; }

    public HarContentDocument? Content { get; set; }

    [JsonPropertyName("redirectURL")]
    [JsonConverter(typeof(OptionalTextConverter))]
    public string? RedirectUrl { get; set; }

    [JsonPropertyName("_error")]
    [JsonConverter(typeof(OptionalTextConverter))]
    public string? Error { get; set; }
}

/// <summary>One header; a name or value of another kind is read as absent, and reported as a malformed header.</summary>
internal sealed class HarHeaderDocument
{
    [JsonConverter(typeof(OptionalTextConverter))]
    public string? Name { get; set; }

    [JsonConverter(typeof(OptionalTextConverter))]
    public string? Value { get; set; }
}

/// <summary>A response body: decoded text, or base64.</summary>
internal sealed class HarContentDocument
{
    [JsonConverter(typeof(OptionalTextConverter))]
    public string? Text { get; set; }

    [JsonConverter(typeof(OptionalTextConverter))]
    public string? MimeType { get; set; }

    [JsonConverter(typeof(OptionalTextConverter))]
    public string? Encoding { get; set; }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    AllowDuplicateProperties = false)]
[JsonSerializable(typeof(HarDocument))]
internal sealed partial class HarJsonContext : JsonSerializerContext
{
}
