using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace FakeStatus;

/// <summary>The JSON shape of an error style file; <see cref="StyleLoader"/> checks it into an <see cref="ErrorStyle"/>.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed class StyleDocument
{
    public string? Name { get; set; }

    public string? Description { get; set; }

    public string? Source { get; set; }

    public string? SourceUrl { get; set; }

    public string? ContentType { get; set; }

    public string? Body { get; set; }

    public string? RequestId { get; set; }

    public Dictionary<string, string?>? Headers { get; set; }

    public Dictionary<string, string?>? Fields { get; set; }

    public Dictionary<string, StyleRuleDocument?>? Statuses { get; set; }

    public Dictionary<string, StyleCodeDocument?>? Codes { get; set; }
}

/// <summary>The JSON shape of a style's rule for one status: its own headers, body and content type; every other key sets a field.</summary>
internal sealed class StyleRuleDocument
{
    public Dictionary<string, string?>? Headers { get; set; }

    public string? Body { get; set; }

    public string? ContentType { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Fields { get; set; }
}

/// <summary>The JSON shape of a style's rule for one vendor code: its own headers; every other key sets a field.</summary>
internal sealed class StyleCodeDocument
{
    public Dictionary<string, string?>? Headers { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Fields { get; set; }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    AllowDuplicateProperties = false)]
[JsonSerializable(typeof(StyleDocument))]
internal sealed partial class StyleJsonContext : JsonSerializerContext
{
}
