using System;
using System.Linq;

namespace FakeStatus.OpenApi;

/// <summary>Thrown by <see cref="OpenApiImport.VerifyAllStatusesTried"/> when documented (operation, status) pairs were never tried.</summary>
public sealed class OpenApiCoverageException : Exception
{
    internal OpenApiCoverageException(OpenApiCoverage coverage)
        : base($"{coverage.Source}: {coverage.Untried.Count} of {coverage.Entries.Count} documented (operation, status) pairs were never tried:\n" +
               string.Join("\n", coverage.Untried.Select(e => "  " + e)) +
               $"\nSend a request with the status header (e.g. {OpenApiImportOptions.DefaultStatusHeader}: {coverage.Untried[0].Status}) or call Respond(\"{coverage.Untried[0].OperationId}\", {coverage.Untried[0].Status}) in a test that covers it.")
    {
        Coverage = coverage;
    }

    /// <summary>The report the verification failed on.</summary>
    public OpenApiCoverage Coverage { get; }
}
