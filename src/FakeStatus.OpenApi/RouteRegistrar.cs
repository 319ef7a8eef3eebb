using System;
using System.Collections.Generic;
using System.Linq;

namespace FakeStatus.OpenApi;

/// <summary>
/// Registers an import's routes through the handler's public API, each on its operation's template. Every route of an
/// operation answers a disjoint set of requests (the status header, else the operation's current status), and the most
/// specific template wins between operations, so which of two routes was registered first never matters.
/// </summary>
internal static class RouteRegistrar
{
    public static Dictionary<ImportedOperation, Dictionary<int, FakeRoute>> Register(FakeStatusHandler handler, OpenApiImport import)
    {
        var routes = new Dictionary<ImportedOperation, Dictionary<int, FakeRoute>>();
        string header = import.StatusHeader;
        StatusCatalog catalog = handler.Options.Catalog;
        bool answersFromCatalog = catalog.Protocols.Contains(StatusCatalog.Http);
        foreach (ImportedOperation operation in import.Operations)
        {
            // Every route sits on the operation's own template, so the handler's route table finds an operation by its path
            // as it finds a route registered by hand. Registered first, so the operation's documented statuses are tried first.
            if (answersFromCatalog)
            {
                handler.When(operation.Method, operation.RouteTemplate)
                    .ForRequest(request => SelectsFromCatalog(request, operation, header, catalog))
                    .Named(import.CatalogRouteName(operation))
                    .Optional()
                    .Respond(request => SelectedStatus(request.GetHeader(header), operation));
            }

            var byStatus = new Dictionary<int, FakeRoute>();
            foreach (PlannedResponse response in operation.Responses)
            {
                int status = response.Status;
                byStatus[status] = handler.When(operation.Method, operation.RouteTemplate)
                    .ForRequest(request => OpenApiImport.Selects(request, operation, status, header))
                    .Named(import.RouteName(operation, status))
                    .Optional()
                    .Respond(status, response.Apply);
            }

            // The 'default' response answers the statuses the operation does not list; it is not a coverage pair.
            if (operation.Fallback is PlannedResponse fallback)
            {
                handler.When(operation.Method, operation.RouteTemplate)
                    .ForRequest(request => import.SelectsFallback(request, operation))
                    .Named(import.RouteName(operation, "default"))
                    .Optional()
                    .Respond(request => import.SelectedStatus(request, operation), (response, _) => fallback.Apply(response));
            }

            routes.Add(operation, byStatus);
        }

        handler.When("*")
            .ForRequest(import.HasInvalidStatusHeader)
            .Named(import.InvalidStatusHeaderRouteName)
            .Optional()
            .Respond(request => throw new ArgumentException(import.InvalidStatusHeaderProblem(request)));


        return routes;
    }

    // The answer of an operation's catalog route: a status the catalog has and the operation does not document.
    private static bool SelectsFromCatalog(System.Net.Http.HttpRequestMessage request, ImportedOperation operation, string header, StatusCatalog catalog)
    {
        int status = StatusHeaderValue.Read(request, header) ?? operation.CurrentStatusCode;
        return status > 0 && !operation.Documents(status) && catalog.TryGet(StatusCatalog.Http, status, out _);
    }

    // The status the predicate above selected: the header's first value (it was read as a code there), else the current one.
    private static int SelectedStatus(string? headerValue, ImportedOperation operation)
    {
        if (headerValue is null)
        {
            return operation.CurrentStatusCode;
        }

        int comma = headerValue.IndexOf(',', System.StringComparison.Ordinal);
        string first = (comma < 0 ? headerValue : headerValue.Substring(0, comma)).Trim();
        return int.TryParse(first, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int code) ? code : operation.CurrentStatusCode;
    }
}
