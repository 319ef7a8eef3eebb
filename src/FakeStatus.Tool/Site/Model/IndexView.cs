using System.Collections.Generic;

namespace FakeStatus.Tool.Site.Model;

/// <summary>The full reference of one language: every entry grouped by protocol and class, with the search box's texts.</summary>
public sealed record IndexView
{
    public required PageChrome Chrome { get; init; }

    public required string Heading { get; init; }

    public required string Intro { get; init; }

    public required string SearchLabel { get; init; }

    public required string SearchHint { get; init; }

    /// <summary>The live count, with <c>{shown}</c> and <c>{total}</c> for the script to fill.</summary>
    public required string CountTemplate { get; init; }

    public required string NoMatches { get; init; }

    public required int Total { get; init; }

    public required IReadOnlyList<IndexGroup> Protocols { get; init; }
}
