using System.Collections.Generic;

namespace FakeStatus;

/// <summary>What one route sets over a style: field values by name (null for a field's null), and the vendor code it asked for.</summary>
internal sealed class StyleOverrides
{
    public Dictionary<string, string?> Fields { get; } = new(System.StringComparer.Ordinal);

    /// <summary>The <c>code</c> the route set, which picks that code's entry in the style's <c>codes</c>.</summary>
    public string? ErrorCode => Fields.TryGetValue("code", out string? code) ? code : null;
}
