using System.Collections.Generic;

namespace FakeStatus;

/// <summary>
/// What one key of a style's <c>statuses</c> (<c>"503"</c> or <c>"5xx"</c>) or <c>codes</c> (<c>"QueueDoesNotExist"</c>)
/// changes: field values, headers, and for a status its own body and content type.
/// </summary>
internal sealed class StyleStatusRule
{
    public Dictionary<string, StyleTemplate?> Fields { get; } = [];

    /// <summary>Headers added or replaced for these statuses; a null template removes the style's header of that name.</summary>
    public List<KeyValuePair<string, StyleTemplate?>> Headers { get; } = [];

    /// <summary>The body for these statuses instead of the style's, or null.</summary>
    public StyleTemplate? Body { get; set; }

    /// <summary>The content type for these statuses instead of the style's, or null.</summary>
    public string? ContentType { get; set; }
}
