using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using Microsoft.OpenApi;

namespace FakeStatus.OpenApi;

/// <summary>
/// Turns a read document into operations with their planned responses, before anything is registered, so a problem anywhere
/// in the document fails the import with nothing half-loaded.
/// </summary>
internal static class DocumentPlanner
{
    public static List<ImportedOperation> Plan(OpenApiDocument document, string basePath, List<OpenApiImportNote> notes)
    {
        var operations = new List<ImportedOperation>();
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        if (document.Webhooks is { Count: > 0 })
        {
            foreach (string name in document.Webhooks.Keys)
            {
                notes.Add(new OpenApiImportNote("#/webhooks/" + Pointer.Escape(name), "webhooks are requests the API sends, not answers it gives; no route is registered for them.", isUnsupported: false));
            }
        }

        foreach (KeyValuePair<string, IOpenApiPathItem> pathItem in document.Paths ?? [])
        {
            // OpenAPI paths hold no query, but published documents use one to tell variants of an operation apart
            // ("/responses?beta=true" beside "/responses"): the plain path is the operation a request reaches.
            int query = pathItem.Key.IndexOf('?', StringComparison.Ordinal);
            if (query > 0 && pathItem.Key[0] == '/' && pathItem.Value.Operations is { Count: > 0 })
            {
                notes.Add(new OpenApiImportNote("#/paths/" + Pointer.Escape(pathItem.Key), $"the path '{pathItem.Key}' holds a query, which an OpenAPI path cannot; its operations are not imported (a request to '{pathItem.Key.Substring(0, query)}' is answered by that path's own operations, if the document has them).", isUnsupported: true));
                continue;
            }

            foreach (KeyValuePair<HttpMethod, OpenApiOperation> entry in pathItem.Value.Operations ?? [])
            {
                string location = Pointer.Operation(pathItem.Key, entry.Key.Method);
                ImportedOperation operation = PlanOperation(pathItem.Key, entry.Key, entry.Value, basePath, location, notes);
                if (ids.TryGetValue(operation.OperationId, out string? first))
                {
                    throw new PlanException(location + "/operationId", $"operationId '{operation.OperationId}' is already used by {first}; each operation needs its own.");
                }

                ids.Add(operation.OperationId, location);
                operations.Add(operation);
            }
        }

        if (operations.Count == 0)
        {
            throw new PlanException("#/paths", "the document has no operations, so there is nothing to fake.");
        }

        return operations;
    }

    private static ImportedOperation PlanOperation(string path, HttpMethod method, OpenApiOperation operation, string basePath, string location, List<OpenApiImportNote> notes)
    {
        if (operation.Callbacks is { Count: > 0 })
        {
            foreach (string name in operation.Callbacks.Keys)
            {
                notes.Add(new OpenApiImportNote(location + "/callbacks/" + Pointer.Escape(name), "callbacks are requests the API sends back to the client; FakeStatus does not send them.", isUnsupported: false));
            }
        }

        if (operation.Servers is { Count: > 0 })
        {
            notes.Add(new OpenApiImportNote(location + "/servers", "an operation's own servers are not used; the route takes the document's base path.", isUnsupported: false));
        }

        var responses = new List<PlannedResponse>();
        PlannedResponse? fallback = null;
        foreach (KeyValuePair<string, IOpenApiResponse> response in operation.Responses ?? [])
        {
            string responseLocation = location + "/responses/" + Pointer.Escape(response.Key);
            if (response.Key.Length == 3 && int.TryParse(response.Key, NumberStyles.None, CultureInfo.InvariantCulture, out int status) && status >= 100)
            {
                responses.Add(ResponsePlanner.Plan(status, response.Value, responseLocation, notes));
            }
            else if (response.Key == "default")
            {
                // Planned as an error status would be: it answers the statuses the operation does not list, with their own code.
                fallback = ResponsePlanner.Plan(500, response.Value, responseLocation, notes);
                notes.Add(new OpenApiImportNote(responseLocation, "'default' names no single status, so it is not a coverage pair; it answers every status the operation does not list, with that status.", isUnsupported: false));
            }
            else
            {
                notes.Add(new OpenApiImportNote(responseLocation, $"'{response.Key}' names no single status, so it is not a coverage pair; statuses the operation does not list answer from the catalog.", isUnsupported: true));
            }
        }

        int defaultStatus = responses.Select(r => r.Status).FirstOrDefault(s => s is >= 200 and < 300);
        if (defaultStatus == 0)
        {
            defaultStatus = responses.Count > 0 ? responses[0].Status : 200;
        }

        string id = string.IsNullOrWhiteSpace(operation.OperationId) ? $"{method.Method} {path}" : operation.OperationId!;
        return new ImportedOperation(id, method, path, RouteTemplateFor(basePath, path, location), location, responses, defaultStatus, fallback);
    }

    // FakeStatus route segments are literal text or a whole {name}; OpenAPI also allows "{id}.json", which becomes a whole parameter.
    private static string RouteTemplateFor(string basePath, string path, string location)
    {
        if (!path.StartsWith('/') || path.IndexOfAny(['?', '#', '*']) >= 0)
        {
            throw new PlanException(location, $"path '{path}' must start with '/' and hold no '?', '#' or '*'.");
        }

        string[] segments = path.Substring(1).Split('/');
        for (int i = 0; i < segments.Length; i++)
        {
            string segment = segments[i];
            int open = segment.IndexOf('{', StringComparison.Ordinal);
            bool whole = segment.Length > 2 && open == 0 && segment.IndexOf('}', StringComparison.Ordinal) == segment.Length - 1 && segment.IndexOf('{', 1) < 0;
            if (open >= 0 && !whole)
            {
                int close = segment.IndexOf('}', open);
                string name = close > open + 1 ? segment.Substring(open + 1, close - open - 1) : "value";
                segments[i] = "{" + name + "}";
            }
            else if (open < 0 && segment.Contains('}', StringComparison.Ordinal))
            {
                throw new PlanException(location, $"path '{path}' has an unbalanced '}}' in segment '{segment}'.");
            }
        }

        return basePath + "/" + string.Join("/", segments);
    }
}
