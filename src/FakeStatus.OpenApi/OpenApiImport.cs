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

    /// <summary>
    /// What this import's route names start with when another import on the same handler already uses its plain names
    /// (<c>"petstore.yaml: listPets 200"</c>); <see langword="null"/> when the names are plain (<c>"listPets 200"</c>).
    /// </summary>
    internal string? Qualifier { get; set; }

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
    /// Makes <paramref name="operationId"/> answer <paramref name="statusCode"/> from now on, for requests without the status header:
    /// the documented response when the document lists the status, else the catalog's.
    /// </summary>
    /// <exception cref="ArgumentException">No such operation, or the status is neither documented for it nor in the handler's HTTP catalog.</exception>
    public void Respond(string operationId, int statusCode)
    {
        ImportedOperation operation = Operation(operationId);
        if (!operation.Documents(statusCode) && !_catalog.TryGet(StatusCatalog.Http, statusCode, out _))
        {
            throw new ArgumentException(
                $"{operation.OperationId} documents {ImportedOperation.Describe(operation.StatusCodes)}, and the catalog has no HTTP {statusCode}; pick one of those.", nameof(statusCode));
        }

        operation.Select(statusCode);
    }

    /// <summary>Makes every operation answer its <see cref="ImportedOperation.DefaultStatusCode"/> again.</summary>
    public void ResetResponses()
    {
        foreach (ImportedOperation operation in Operations)
        {
            operation.Select(operation.DefaultStatusCode);
        }
    }

    /// <summary>Every documented (operation, status) pair, with how many requests each answered so far.</summary>
    public OpenApiCoverage Coverage() =>
        new(System.IO.Path.GetFileName(Source), Operations.SelectMany(o => o.StatusCodes.Select(s => new OpenApiCoverageEntry(o.OperationId, o.Method.Method, o.Path, s, o.RouteFor(s).CallCount))).ToArray());

    /// <summary>
    /// Fails when any documented (operation, status) pair answered no request: the message gives the counts and the first
    /// untried pairs, and names the Markdown file in the temporary folder that the full report is written to.
    /// </summary>
    /// <exception cref="OpenApiCoverageException">At least one pair was never tried.</exception>
    public void VerifyAllStatusesTried()
    {
        OpenApiCoverage coverage = Coverage();
        if (coverage.Untried.Count > 0)
        {
            throw new OpenApiCoverageException(coverage, WriteReport(coverage));
        }
    }

    private static string? WriteReport(OpenApiCoverage coverage)
    {
        string name = new(coverage.Source.Select(c => char.IsLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_').ToArray());
        string path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "fakestatus-coverage-" + name + ".md");
        try
        {
            System.IO.File.WriteAllText(path, coverage.ToMarkdown());
            return path;
        }
        catch (Exception e) when (e is System.IO.IOException or UnauthorizedAccessException)
        {
            // The message still summarises the report, and the exception carries it whole.
            return null;
        }
    }

    // Route names are unique on a handler: a second document with the same operationIds gets its names qualified.
    internal string RouteName(ImportedOperation operation, int status) =>
        RouteName(operation, status.ToString(System.Globalization.CultureInfo.InvariantCulture));

    internal string RouteName(ImportedOperation operation, string response) =>
        Qualifier is null ? $"{operation.OperationId} {response}" : $"{Qualifier}: {operation.OperationId} {response}";

    internal string InvalidStatusHeaderRouteName => $"{Qualifier ?? System.IO.Path.GetFileName(Source)}: {StatusHeader} that is not a status code";

    // A status header that names no code matches no route; rather than a bare "no route matches", the request fails saying why.
    internal bool HasInvalidStatusHeader(HttpRequestMessage request) => StatusHeaderValue.Read(request, StatusHeader) == -1 && Find(request) is not null;

    internal string InvalidStatusHeaderProblem(FakeRequest request)
    {
        ImportedOperation? operation = Find(request.Method, request.Uri);
        return $"{StatusHeader}: '{request.GetHeader(StatusHeader)}' is not a status code; send a code from 100 to 999, e.g. {StatusHeader}: 503" +
               (operation is null ? "." : $" ({operation.OperationId} documents {ImportedOperation.Describe(operation.StatusCodes)}).");
    }

    internal string CatalogRouteName(ImportedOperation operation) => RouteName(operation, StatusHeader + " from the catalog");

    // The answer of a per-status route: the status header wins; without it, the operation's current status.
    internal static bool Selects(HttpRequestMessage request, ImportedOperation operation, int status, string header) =>
        (StatusHeaderValue.Read(request, header) ?? operation.CurrentStatusCode) == status;


    // The answer of an operation's 'default' route: a status of the catalog that the operation does not document.
    internal bool SelectsFallback(HttpRequestMessage request, ImportedOperation operation)
    {
        int status = StatusHeaderValue.Read(request, StatusHeader) ?? operation.CurrentStatusCode;
        // The route table tries the most specific template first, so no other operation's path can take this one's requests.
        return !operation.Documents(status) && _catalog.TryGet(StatusCatalog.Http, status, out _);
    }

    internal int SelectedStatus(FakeRequest request, ImportedOperation operation) =>
        request.GetHeader(StatusHeader) is string value ? StatusHeaderValue.Parse(value) : operation.CurrentStatusCode;

    private ImportedOperation? Find(HttpRequestMessage request) =>
        request.RequestUri is { IsAbsoluteUri: true } uri ? Find(request.Method, uri) : null;

    private ImportedOperation? Find(HttpMethod method, Uri uri)
    {
        if (!uri.IsAbsoluteUri)
        {
            return null;
        }

        string[] segments = uri.AbsolutePath.Trim('/').Split('/').Select(Uri.UnescapeDataString).ToArray();
        ImportedOperation? best = null;
        foreach (ImportedOperation operation in Operations)
        {
            if (operation.Method == method && operation.MatchesPath(segments) && (best is null || operation.LiteralSegments > best.LiteralSegments))
            {
                best = operation;
            }
        }

        return best;
    }
}
