using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;

namespace FakeStatus.OpenApi;

/// <summary>
/// An OpenAPI document imported into a <see cref="FakeStatusHandler"/>: its operations, the status each answers, what the
/// import could not fake, and the coverage of documented (operation, status) pairs.
/// </summary>
public sealed class OpenApiImport
{
    private readonly Dictionary<string, ImportedOperation> _byId;
    private readonly StatusCatalog _catalog;

    internal OpenApiImport(string source, string basePath, string statusHeader, IReadOnlyList<ImportedOperation> operations, IReadOnlyList<OpenApiImportNote> notes, StatusCatalog catalog)
    {
        Source = source;
        BasePath = basePath;
        StatusHeader = statusHeader;
        Operations = operations;
        Notes = notes;
        _catalog = catalog;
        _byId = operations.ToDictionary(o => o.OperationId, StringComparer.Ordinal);
    }

    /// <summary>The file (or source name) the document was read from.</summary>
    public string Source { get; }

    /// <summary>The path prefix of every route, e.g. <c>/v1</c>; empty for none.</summary>
    public string BasePath { get; }

    /// <summary>The request header that selects a status per request, e.g. <c>X-FakeStatus-Status: 503</c>.</summary>
    public string StatusHeader { get; }

    /// <summary>Every operation of the document, in document order.</summary>
    public IReadOnlyList<ImportedOperation> Operations { get; }

    /// <summary>What the document holds that no route answers (callbacks, webhooks, <c>default</c> and range responses...).</summary>
    public IReadOnlyList<OpenApiImportNote> Notes { get; }

    /// <summary>The operation with this <c>operationId</c> (or <c>"GET /path"</c> when the document gives none).</summary>
    /// <exception cref="ArgumentException">No operation has that id; the message lists the ids there are.</exception>
    public ImportedOperation Operation(string operationId) =>
        operationId is not null && _byId.TryGetValue(operationId, out ImportedOperation? operation)
            ? operation
            : throw new ArgumentException($"{Source} has no operation '{operationId}'; it has {string.Join(", ", _byId.Keys)}.", nameof(operationId));

    /// <summary>
    /// Makes <paramref name="operationId"/> answer <paramref name="status"/> from now on, for requests without the status header:
    /// the documented response when the document lists the status, else the catalog's.
    /// </summary>
    /// <exception cref="ArgumentException">No such operation, or the status is neither documented for it nor in the handler's HTTP catalog.</exception>
    public void Respond(string operationId, int status)
    {
        ImportedOperation operation = Operation(operationId);
        if (!operation.Documents(status) && !_catalog.TryGet(StatusCatalog.Http, status, out _))
        {
            throw new ArgumentException(
                $"{operation.OperationId} documents {ImportedOperation.Describe(operation.Statuses)}, and the catalog has no HTTP {status}; pick one of those.", nameof(status));
        }

        operation.Select(status);
    }

    /// <summary>Makes every operation answer its <see cref="ImportedOperation.DefaultStatus"/> again.</summary>
    public void ResetResponses()
    {
        foreach (ImportedOperation operation in Operations)
        {
            operation.Select(operation.DefaultStatus);
        }
    }

    /// <summary>Every documented (operation, status) pair, with how many requests each answered so far.</summary>
    public OpenApiCoverage Coverage() =>
        new(System.IO.Path.GetFileName(Source), Operations.SelectMany(o => o.Statuses.Select(s => new OpenApiCoverageEntry(o.OperationId, o.Method.Method, o.Path, s, o.RouteFor(s).CallCount))).ToArray());

    /// <summary>Fails when any documented (operation, status) pair answered no request, listing each one.</summary>
    /// <exception cref="OpenApiCoverageException">At least one pair was never tried.</exception>
    public void VerifyAllStatusesTried()
    {
        OpenApiCoverage coverage = Coverage();
        if (coverage.Untried.Count > 0)
        {
            throw new OpenApiCoverageException(coverage);
        }
    }

    // The answer of a per-status route: the status header wins; without it, the operation's current status.
    internal static bool Selects(HttpRequestMessage request, ImportedOperation operation, int status, string header) =>
        (StatusHeaderValue.Read(request, header) ?? operation.CurrentStatus) == status;
}
