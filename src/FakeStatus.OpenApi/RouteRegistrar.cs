using System;
using System.Collections.Generic;
using System.Linq;

namespace FakeStatus.OpenApi;

/// <summary>
/// Registers an import's routes through the handler's public API. Every route of an operation answers a disjoint set of
/// requests (the status header, else the operation's current status), so which of two matching routes wins never matters.
/// </summary>
internal static class RouteRegistrar
{
    public static Dictionary<ImportedOperation, Dictionary<int, FakeRoute>> Register(FakeStatusHandler handler, OpenApiImport import)
    {
        var routes = new Dictionary<ImportedOperation, Dictionary<int, FakeRoute>>();
        string header = import.StatusHeader;
        foreach (ImportedOperation operation in import.Operations)
        {
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

        // One route per catalog code, shared by all operations, answers the statuses an operation does not document.
        if (handler.Options.Catalog.Protocols.Contains(StatusCatalog.Http))
        {
            foreach (int code in handler.Options.Catalog.ForProtocol(StatusCatalog.Http).Select(d => d.Code).Distinct())
            {
                handler.When("*")
                    .ForRequest(request => import.SelectsFromCatalog(request, code))
                    .Named(import.CatalogRouteName(code))
                    .Optional()
                    .Respond(code);
            }
        }

        return routes;
    }
}
