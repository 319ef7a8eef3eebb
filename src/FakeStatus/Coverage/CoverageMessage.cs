using System.Globalization;
using System.Text;

namespace FakeStatus;

/// <summary>The text of a failed <see cref="StatusCoverage.VerifyAllTried"/>: what was never tried, and a URL that answers each.</summary>
internal static class CoverageMessage
{
    public static string Untried(StatusCoverage coverage)
    {
        var text = new StringBuilder();
        text.Append(string.Format(
            CultureInfo.InvariantCulture, "{0}: {1} of {2} statuses were never tried:\n", coverage.Source, coverage.Untried.Count, coverage.Entries.Count));
        foreach (StatusCoverageEntry entry in coverage.Untried)
        {
            text.Append("  ").Append(entry).Append("   GET ").Append(ConventionPath(entry)).Append('\n');
        }

        text.Append("Send a request its URL convention answers (as listed), or register a route that responds with it, in a test that covers it.");
        return text.ToString();
    }

    /// <summary>The URL convention path that answers the entry: <c>/503</c>, <c>/smtp/530</c>, <c>/cloudflare/520</c>, <c>/smtp/554?variant=rfc3207</c>.</summary>
    public static string ConventionPath(StatusCoverageEntry entry)
    {
        string code = entry.Code.ToString(CultureInfo.InvariantCulture);
        if (entry.Vendor is not null)
        {
            return "/" + entry.Vendor + "/" + code;
        }

        string path = entry.Protocol == StatusCatalog.Http ? "/" + code : "/" + entry.Protocol + "/" + code;
        return entry.Variant is null ? path : path + "?variant=" + entry.Variant;
    }
}
