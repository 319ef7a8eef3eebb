using System;
using System.Collections.Generic;

namespace FakeStatus;

/// <summary>
/// Registers a cassette's interactions as routes: one per (method, URL, recorded request body), answering the recorded
/// responses in recorded order and repeating the last. Requests the cassette lacks are unmatched.
/// </summary>
internal static class CassetteReplay
{
    public static IReadOnlyList<FakeRoute> Register(FakeStatusHandler handler, IReadOnlyList<CassetteInteraction> interactions, CassetteOptions options) =>
        ReplayGroups.Register(
            handler,
            interactions,
            // The URL as a client sends it, masked as the sent one is: a hand-written or edited cassette holds it as a person
            // types it (API.test:443, {id}, a space, a fragment), and a secret value written in full must still match.
            i => new ReplayKey(i.Method, options.MaskUrl(new Uri(i.Url, UriKind.Absolute)), RequestBodyMatch.For(i.RequestBody, CassetteWriter.ContentType(i.RequestHeaders), options.MatchRequestBody, options.MaskRequestBody)),
            options.MaskUrl,
            (route, answers) => answers.Length == 1
                ? route.Respond(Definition(handler, answers[0]), response => Apply(response, answers[0]))
                : route.RespondInSequence(sequence =>
                {
                    foreach (CassetteInteraction answer in answers)
                    {
                        sequence.Respond(Definition(handler, answer), response => Apply(response, answer));
                    }
                }));

    /// <summary>
    /// The first part of a recorded answer that no response can carry (a reason phrase or header value beyond Latin-1, a line
    /// break), as its JSON path under <paramref name="path"/> and the rule's exception; null when it can be replayed.
    /// </summary>
    internal static (string Path, ArgumentException Error)? FirstProblem(FakeStatusHandler handler, CassetteInteraction interaction, string path, string reasonName)
    {
        try
        {
            Definition(handler, interaction);
        }
        catch (ArgumentException e)
        {
            return (path + "." + reasonName, e);
        }

        foreach (KeyValuePair<string, IReadOnlyList<string>> header in interaction.ResponseHeaders)
        {
            try
            {
                StatusRules.ValidateHeaderName(header.Key, "name");
                foreach (string value in header.Value)
                {
                    StatusRules.ValidateHeaderValue(header.Key, value, "value");
                }
            }
            catch (ArgumentException e)
            {
                return ($"{path}.headers['{header.Key}']", e);
            }
        }

        return null;
    }

    // A definition of the recorded status and reason only: the catalog's realistic headers must not be added to a real answer.
    internal static StatusDefinition Definition(FakeStatusHandler handler, CassetteInteraction interaction)
    {
        string reason = string.IsNullOrWhiteSpace(interaction.ReasonPhrase)
            ? handler.Options.Catalog.TryGet(StatusCatalog.Http, interaction.StatusCode, out StatusDefinition? known) ? known.ReasonPhrase : StatusCatalog.UnknownReasonPhrase
            : interaction.ReasonPhrase!;
        return new StatusDefinition(StatusCatalog.Http, interaction.StatusCode, reason);
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
            // The handler sets the body's type and length; a recorded length stays only on a bodyless answer (to HEAD).
            bool framing = string.Equals(header.Key, "Content-Type", StringComparison.OrdinalIgnoreCase) || string.Equals(header.Key, "Content-Length", StringComparison.OrdinalIgnoreCase);
            if (interaction.ResponseBody.Length > 0 && framing)
            {
                continue;
            }

            if (string.Equals(header.Key, "Set-Cookie", StringComparison.OrdinalIgnoreCase))
            {
                // Each cookie is its own header: joined with commas, a cookie whose Expires holds a comma would be lost.
                response.WithoutHeader(header.Key);
                foreach (string value in header.Value)
                {
                    response.AddHeader(header.Key, value);
                }

                continue;
            }

            response.WithHeader(header.Key, string.Join(", ", header.Value));
        }
    }
}
