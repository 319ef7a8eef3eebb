using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;

namespace FakeStatus;

/// <summary>
/// Registers a cassette's interactions as routes: one per (method, URL), answering the recorded responses in recorded
/// order and repeating the last. Requests the cassette lacks are unmatched.
/// </summary>
internal static class CassetteReplay
{
    public static IReadOnlyList<FakeRoute> Register(FakeStatusHandler handler, IReadOnlyList<CassetteInteraction> interactions, CassetteOptions options)
    {
        var routes = new List<FakeRoute>();
        foreach (IGrouping<(string Method, string Url), CassetteInteraction> group in interactions.GroupBy(i => (i.Method, i.Url)))
        {
            string method = group.Key.Method;
            string url = group.Key.Url;
            CassetteInteraction[] answers = group.ToArray();

            // A predicate on the whole URL, not a template: recorded paths may hold characters templates give meaning to.
            RouteBuilder route = handler.When(new HttpMethod(method), "*")
                .ForRequest(request => request.RequestUri is not null && string.Equals(options.MaskUrl(request.RequestUri), url, StringComparison.Ordinal))
                .Named($"{method} {url}");
            routes.Add(answers.Length == 1
                ? route.Respond(Definition(handler, answers[0]), response => Apply(response, answers[0]))
                : route.RespondInSequence(sequence =>
                {
                    foreach (CassetteInteraction answer in answers)
                    {
                        sequence.Respond(Definition(handler, answer), response => Apply(response, answer));
                    }
                }));
        }

        return routes;
    }

    // A definition of the recorded status and reason only: the catalog's realistic headers must not be added to a real answer.
    internal static StatusDefinition Definition(FakeStatusHandler handler, CassetteInteraction interaction)
    {
        string reason = string.IsNullOrWhiteSpace(interaction.ReasonPhrase)
            ? handler.Options.Catalog.TryGet(StatusCatalog.Http, interaction.Status, out StatusDefinition? known) ? known.ReasonPhrase : StatusCatalog.UnknownReasonPhrase
            : interaction.ReasonPhrase!;
        return new StatusDefinition(StatusCatalog.Http, interaction.Status, reason);
    }

    internal static void Apply(ResponseBuilder response, CassetteInteraction interaction)
    {
        string? contentType = CassetteWriter.ContentType(interaction.ResponseHeaders);
        if (interaction.ResponseBody.Length > 0)
        {
            response.WithBody(interaction.ResponseBody, contentType ?? "application/octet-stream");
        }
        else
        {
            response.WithNoBody();
        }

        foreach (KeyValuePair<string, IReadOnlyList<string>> header in interaction.ResponseHeaders)
        {
            if (interaction.ResponseBody.Length > 0 && string.Equals(header.Key, "Content-Type", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            response.WithHeader(header.Key, string.Join(", ", header.Value));
        }
    }
}
