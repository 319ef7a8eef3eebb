namespace FakeStatus.Reliability.Tests.Architecture;

/// <summary>
/// The layers of the core assembly (src/FakeStatus), lowest first. A folder may use its own types and those of any lower
/// layer, never a higher one, and folders in one layer are independent of each other. docs/architecture.md draws the same
/// order; a new folder must be placed here before any type in it may use another folder.
/// </summary>
internal static class CoreLayers
{
    public static readonly IReadOnlyList<IReadOnlyList<string>> Order =
    [
        ["Polyfills"],
        ["Common", "Time"],
        ["Catalog"],
        ["Responses", "Realism"],
        ["Styles"],
        ["Matching"],
        ["Scenarios"],
        ["Routing"],
        ["Log"],
        ["Diagnostics"],
        ["Coverage"],
        ["Handler"],
        ["Cassettes"],
        ["Har"],
    ];

    public static readonly IReadOnlyList<KnownException> Exceptions = [];
}
