using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.OpenApi.Reader;

namespace FakeStatus.OpenApi;

/// <summary>Imports an OpenAPI 3.0 or 3.1 document (JSON or YAML) into a <see cref="FakeStatusHandler"/> as routes.</summary>
public static class FakeStatusOpenApiExtensions
{
    /// <summary>
    /// Registers a route for every operation of the document at <paramref name="path"/>. Each answers its first documented 2xx
    /// (the documented example, else a body generated from the schema); the request header <c>X-FakeStatus-Status: 503</c> or
    /// <see cref="OpenApiImport.Respond"/> picks another documented status, or any HTTP status of the catalog.
    /// </summary>
    /// <param name="handler">The handler to register routes on.</param>
    /// <param name="path">The document, <c>.json</c>, <c>.yaml</c> or <c>.yml</c> (the content decides).</param>
    /// <param name="options">The status header, base path and strictness; <see langword="null"/> for the defaults.</param>
    /// <returns>The import: its operations, notes and coverage.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="handler"/> or <paramref name="path"/> is null.</exception>
    /// <exception cref="FileNotFoundException">No file at <paramref name="path"/>.</exception>
    /// <exception cref="OpenApiImportException">The document is malformed or invalid (the message names the file, the location and the problem); nothing is registered.</exception>
    public static OpenApiImport ImportOpenApi(this FakeStatusHandler handler, string path, OpenApiImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(handler);

        string text = File.ReadAllText(path ?? throw new ArgumentNullException(nameof(path)));
        return Import(handler, text, path, path, options ?? new OpenApiImportOptions());
    }

    /// <summary>Registers a route for every operation of the document in <paramref name="document"/>; see <see cref="ImportOpenApi"/>.</summary>
    /// <param name="handler">The handler to register routes on.</param>
    /// <param name="document">The document's JSON or YAML text.</param>
    /// <param name="sourceName">The name error messages and the coverage report use for it.</param>
    /// <param name="options">The status header, base path and strictness; <see langword="null"/> for the defaults.</param>
    /// <returns>The import: its operations, notes and coverage.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="handler"/> or <paramref name="document"/> is null.</exception>
    /// <exception cref="OpenApiImportException">The document is malformed or invalid; nothing is registered.</exception>
    public static OpenApiImport ImportOpenApiText(this FakeStatusHandler handler, string document, string sourceName = "(document)", OpenApiImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(handler);

        return Import(handler, document ?? throw new ArgumentNullException(nameof(document)), sourceName ?? "(document)", null, options ?? new OpenApiImportOptions());
    }

    private static OpenApiImport Import(FakeStatusHandler handler, string text, string sourceName, string? documentPath, OpenApiImportOptions options)
    {
        ReadResult read = DocumentReader.Read(text, sourceName, documentPath);
        var notes = new List<OpenApiImportNote>();
        foreach (Microsoft.OpenApi.OpenApiError warning in read.Diagnostic?.Warnings ?? [])
        {
            notes.Add(new OpenApiImportNote(string.IsNullOrEmpty(warning.Pointer) ? "#" : warning.Pointer!, warning.Message, isUnsupported: true));
        }

        string basePath;
        List<ImportedOperation> operations;
        try
        {
            basePath = options.BasePath ?? ServerBasePath.FromServers(read.Document!.Servers);
            if (basePath.IndexOfAny(['{', '}']) >= 0)
            {
                throw new PlanException("#/servers/0/url", $"the base path '{basePath}' still holds a '{{variable}}' the server does not define; set OpenApiImportOptions.BasePath.");
            }

            operations = DocumentPlanner.Plan(read.Document!, basePath, notes);
        }
        catch (PlanException e)
        {
            throw new OpenApiImportException(sourceName, e.Location, e.Message, e);
        }
        catch (Exception e) when (e is not OpenApiImportException)
        {
            // Whatever the reader's object model held that planning did not expect: still a document that cannot be
            // imported, and OpenApiImportException is the only exception an import throws for one.
            throw new OpenApiImportException(sourceName, "#", $"the document could not be turned into routes ({e.GetType().Name}: {e.Message}).", e);
        }

        if (options.FailOnUnsupported && notes.FirstOrDefault(n => n.IsUnsupported) is OpenApiImportNote unsupported)
        {
            throw new OpenApiImportException(sourceName, unsupported.Location, unsupported.Message + " (FailOnUnsupported is set)");
        }

        var import = new OpenApiImport(sourceName, basePath, options.StatusHeader, operations, notes, handler.Options.Catalog);
        QualifyClashingNames(handler, import);

        foreach (KeyValuePair<ImportedOperation, Dictionary<int, FakeRoute>> pair in RouteRegistrar.Register(handler, import))
        {
            pair.Key.UseRoutes(pair.Value);
        }

        return import;
    }

    // A rehearsal on a scratch handler first: if any registration would throw, it throws there and the real handler is
    // untouched. Its route names are then checked against the routes the handler already has (another document with the
    // same operationIds): on a clash every name of this import is qualified with the document's file name.
    private static void QualifyClashingNames(FakeStatusHandler handler, OpenApiImport import)
    {
        var taken = new HashSet<string>(handler.Routes.Select(r => r.Name), StringComparer.Ordinal);
        string document = Path.GetFileName(import.Source);
        for (int attempt = 1; ; attempt++)
        {
            List<string> names = Rehearse(handler, import);
            string? clash = names.FirstOrDefault(taken.Contains);
            if (clash is null)
            {
                return;
            }

            if (attempt > taken.Count + 1)
            {
                throw new OpenApiImportException(import.Source, "#/paths", $"the route name '{clash}' is already used on this handler; import the document under another source name.");
            }

            import.Qualifier = attempt == 1 ? document : $"{document} #{attempt}";
        }
    }

    private static List<string> Rehearse(FakeStatusHandler handler, OpenApiImport import)
    {
        using var rehearsal = new FakeStatusHandler(new FakeStatusOptions { Catalog = handler.Options.Catalog, UseUrlConventions = false });
        try
        {
            RouteRegistrar.Register(rehearsal, import);
        }
        catch (ArgumentException e)
        {
            throw new OpenApiImportException(import.Source, "#/paths", e.Message, e);
        }

        return rehearsal.Routes.Select(r => r.Name).ToList();
    }
}
