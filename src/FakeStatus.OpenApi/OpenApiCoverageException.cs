using System;
using System.Linq;

namespace FakeStatus.OpenApi;

/// <summary>Thrown by <see cref="OpenApiImport.VerifyAllStatusesTried"/> when documented (operation, status) pairs were never tried.</summary>
public sealed class OpenApiCoverageException : Exception
{
    // A document with hundreds of operations would make a message of thousands of lines; the report file has them all.
    private const int Listed = 10;

    internal OpenApiCoverageException(OpenApiCoverage coverage, string? reportPath)
        : base(Summary(coverage, reportPath))
    {
        Coverage = coverage;
        ReportPath = reportPath;
    }

    /// <summary>The report the verification failed on.</summary>
    public OpenApiCoverage Coverage { get; }

    /// <summary>The Markdown file the full report was written to, or <see langword="null"/> when it could not be written.</summary>
    public string? ReportPath { get; }

    private static string Summary(OpenApiCoverage coverage, string? reportPath)
    {
        int untried = coverage.Untried.Count;
        string more = untried > Listed ? $"\n  ... and {untried - Listed} more" : string.Empty;
        string where = reportPath is null
            ? "\nThe full report: Coverage.ToMarkdown() or Coverage.ToJson() on this exception."
            : $"\nThe full report ({coverage.Entries.Count} pairs) is in {reportPath}.";
        return $"{coverage.Source}: {untried} of {coverage.Entries.Count} documented (operation, status) pairs were never tried ({coverage.TriedCount} tried); the first {Math.Min(untried, Listed)}:\n" +
               string.Join("\n", coverage.Untried.Take(Listed).Select(e => "  " + e)) + more +
               $"\nSend a request with the status header (e.g. {OpenApiImportOptions.DefaultStatusHeader}: {coverage.Untried[0].StatusCode}) or call Respond(\"{coverage.Untried[0].OperationId}\", {coverage.Untried[0].StatusCode}) in a test that covers it." +
               where;
    }
}
