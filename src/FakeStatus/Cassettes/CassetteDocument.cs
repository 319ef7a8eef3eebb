using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace FakeStatus;

/// <summary>The JSON shape of a cassette file; <see cref="CassetteReader"/> checks it into interactions.</summary>
internal sealed class CassetteDocument
{
    public int? Version { get; set; }

    public List<CassetteInteractionDocument?>? Interactions { get; set; }
}

/// <summary>The JSON shape of one recorded exchange.</summary>
internal sealed class CassetteInteractionDocument
{
    public CassetteMessageDocument? Request { get; set; }

    public CassetteMessageDocument? Response { get; set; }
}

/// <summary>The JSON shape of a recorded request or response; each side reads the members it has.</summary>
internal sealed class CassetteMessageDocument
{
    public string? Method { get; set; }

    public string? Url { get; set; }

    /// <summary>Any number, so one outside the whole numbers 100-999 is told as a status problem, not as a JSON one.</summary>
    public JsonElement? Status { get; set; }

    [JsonConverter(typeof(OptionalTextConverter))]
    public string? ReasonPhrase { get; set; }

    public Dictionary<string, List<string?>?>? Headers { get; set; }

    public string? Body { get; set; }

    [JsonConverter(typeof(OptionalTextConverter))]
    public string? BodyEncoding { get; set; }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    AllowDuplicateProperties = false)]
[JsonSerializable(typeof(CassetteDocument))]
internal sealed partial class CassetteJsonContext : JsonSerializerContext
{
}
