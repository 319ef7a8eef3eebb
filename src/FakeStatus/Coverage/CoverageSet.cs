using System;
using System.Collections.Generic;
using System.Globalization;

namespace FakeStatus;

/// <summary>Turns the set a user asks about into report entries, checking it first: no null, not empty, protocols known.</summary>
internal static class CoverageSet
{
    public static StatusCoverage FromDefinitions(IEnumerable<StatusDefinition> statuses, string source, CoverageCounts counts)
    {
        _ = statuses ?? throw new ArgumentNullException(nameof(statuses));
        var entries = new List<StatusCoverageEntry>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        int index = 0;
        foreach (StatusDefinition? status in statuses)
        {
            if (status is null)
            {
                throw new ArgumentException(
                    string.Format(CultureInfo.InvariantCulture, "The statuses hold a null at index {0}; pass catalog definitions such as StatusCatalog.Default.Get(503).", index),
                    nameof(statuses));
            }

            if (seen.Add(CoverageCounts.MeaningKey(status)))
            {
                entries.Add(new StatusCoverageEntry(status.Protocol, status.Code, status.ReasonPhrase, status.Vendor, status.Variant, counts.ForMeaning(status)));
            }

            index++;
        }

        return Report(entries, source, nameof(statuses));
    }

    public static StatusCoverage FromCodes(IEnumerable<(string Protocol, int Code)> statuses, string source, StatusCatalog catalog, CoverageCounts counts)
    {
        _ = statuses ?? throw new ArgumentNullException(nameof(statuses));
        var entries = new List<StatusCoverageEntry>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach ((string protocol, int code) in statuses)
        {
            StatusDefinition meaning = new StepFactory(catalog).Resolve(protocol, code);
            if (seen.Add(CoverageCounts.NumberKey(meaning.Protocol, code)))
            {
                entries.Add(new StatusCoverageEntry(meaning.Protocol, code, meaning.ReasonPhrase, meaning.Vendor, null, counts.ForNumber(meaning.Protocol, code)));
            }
        }

        return Report(entries, source, nameof(statuses));
    }

    private static StatusCoverage Report(List<StatusCoverageEntry> entries, string source, string parameter) =>
        entries.Count == 0
            ? throw new ArgumentException("The set of statuses is empty, so every status in it would count as tried; pass at least one, e.g. StatusCases.HttpServerErrors.", parameter)
            : new StatusCoverage(source, entries);
}
