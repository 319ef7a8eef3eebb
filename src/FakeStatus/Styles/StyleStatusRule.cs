using System.Collections.Generic;

namespace FakeStatus;

/// <summary>What one key of a style's <c>statuses</c> (<c>"503"</c> or <c>"5xx"</c>) changes: field values and headers.</summary>
internal sealed class StyleStatusRule
{
    public Dictionary<string, StyleTemplate?> Fields { get; } = [];

    /// <summary>Headers added or replaced for these statuses; a null template removes the style's header of that name.</summary>
    public List<KeyValuePair<string, StyleTemplate?>> Headers { get; } = [];
}
