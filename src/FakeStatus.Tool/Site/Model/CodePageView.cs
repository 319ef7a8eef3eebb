using System.Collections.Generic;

namespace FakeStatus.Tool.Site.Model;

/// <summary>Everything one code's page shows, already in the page's language; the component only lays it out.</summary>
public sealed record CodePageView
{
    public required PageChrome Chrome { get; init; }

    /// <summary>The protocol (or vendor) above the heading, e.g. <c>SMTP</c>.</summary>
    public required string Protocol { get; init; }

    public required string Heading { get; init; }

    public required string Description { get; init; }

    /// <summary>Says the description stays in its source language, or null where the page is in that language.</summary>
    public string? UntranslatedNote { get; init; }

    public required SiteLink FullReference { get; init; }

    public required IReadOnlyList<CodeSection> Sections { get; init; }

    public required string ProvenanceHeading { get; init; }

    public required IReadOnlyList<ProvenanceField> Provenance { get; init; }

    /// <summary>The other meanings of the same number, in any protocol, with their heading; empty when it has one.</summary>
    public required string MeaningsHeading { get; init; }

    public required IReadOnlyList<SiteLink> Meanings { get; init; }

    public required string MoreHeading { get; init; }

    public required IReadOnlyList<SiteLink> More { get; init; }
}
