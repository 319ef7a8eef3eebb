using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace FakeStatus;

/// <summary>The JSON shape of one catalog file.</summary>
internal sealed class CatalogDocument
{
    public string? Protocol { get; set; }

    public List<CatalogEntry?>? Definitions { get; set; }
}

/// <summary>The JSON shape of one definition; every field is nullable so missing ones are reported by name.</summary>
internal sealed class CatalogEntry
{
    public int? Code { get; set; }

    public string? ReasonPhrase { get; set; }

    public string? Description { get; set; }

    public string? Source { get; set; }

    public string? SourceUrl { get; set; }

    public string? Status { get; set; }

    public string? Vendor { get; set; }

    public string? Variant { get; set; }

    public bool? Default { get; set; }

    public Dictionary<string, string>? Headers { get; set; }

    public bool? BodyAllowed { get; set; }

    public string? EnhancedStatusCode { get; set; }

    public string? SourceText { get; set; }

    public string? PhraseOrigin { get; set; }

    public bool? Verified { get; set; }

    public string? ClientReceives { get; set; }

    public CatalogSubstitute? Substitute { get; set; }

    public List<int>? HttpStatuses { get; set; }
}

/// <summary>The JSON shape of a definition's substitute response.</summary>
internal sealed class CatalogSubstitute
{
    public int? Code { get; set; }

    public string? ReasonPhrase { get; set; }

    public string? ContentType { get; set; }

    public string? Body { get; set; }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    AllowDuplicateProperties = false,
    MaxDepth = CatalogLoader.MaxDepth)]
[JsonSerializable(typeof(CatalogDocument))]
internal sealed partial class CatalogJsonContext : JsonSerializerContext
{
}
