using System;
using System.Collections.Generic;
using System.Linq;

namespace FakeStatus.Tool.Serve;

/// <summary>
/// What <c>fakestatus serve</c> answers, in the words of a command-line user: the URL forms, the query and header controls, the
/// error-style prefixes and the codes a real server never sends as a status. One text for <c>serve --help</c> and the 404 answer,
/// built from the catalog and the built-in styles so neither can fall behind the library.
/// </summary>
internal static class ServeConventions
{
    public const string Forms =
        "/{code} (e.g. /503), /status/{code}, /{protocol}/{code} (e.g. /smtp/530, /ftp/530), /{vendor}/{code} (e.g. /cloudflare/530), " +
        "/random/{codes} (e.g. /random/200,500-504, a seeded draw) and /status/{code}:{weight},... (e.g. /status/200:0.9,500:0.1), " +
        "optionally followed by more segments";

    public const string Controls =
        "Query: ?sleep={milliseconds}, ?suppressBody=true, ?variant={name} (e.g. /530?variant=pantheon). " +
        "Request headers: Accept: text/plain or application/problem+json, X-HttpStatus-Sleep: {milliseconds}, X-HttpStatus-Response-{Name}: {value}.";

    /// <summary>The error-style prefixes: <c>/{style}/...</c> answers what <c>/...</c> answers, in that vendor's error shape.</summary>
    public static string Styles() =>
        "An error-style prefix answers in that vendor's error shape: /{style}/{any form above} (e.g. /azure-storage/503, /openai/status/429), " +
        "with style one of " + string.Join(", ", ErrorStyle.BuiltIn.Select(s => s.Name)) + ".";

    /// <summary>The verified catalog codes a real client never receives as a status, and what <c>serve</c> does instead.</summary>
    public static string SpecialCodes(StatusCatalog catalog)
    {
        StatusDefinition[] special = catalog.ForProtocol(StatusCatalog.Http)
            .Where(d => d.IsVerified && d.ClientReceives != ClientReceives.Status && d.Vendor is not null)
            .ToArray();
        var parts = new List<string>();
        AddPart(parts, special, ClientReceives.ConnectionClosed, "close the connection without a response, as the real server does");
        foreach (var group in special.Where(d => d.ClientReceives == ClientReceives.SubstituteStatus && d.Substitute is not null).GroupBy(d => d.Substitute!.StatusCode))
        {
            AddPart(parts, group, ClientReceives.SubstituteStatus, $"answer {group.Key} {group.First().Substitute!.ReasonPhrase}, the page the real server sends");
        }

        AddPart(parts, special, ClientReceives.LoggedOnly, "are only ever logged by the real server, after the client has gone");
        return parts.Count == 0 ? string.Empty : "Codes no client receives as a status: " + string.Join("; ", parts) + ".";
    }

    private static void AddPart(List<string> parts, IEnumerable<StatusDefinition> definitions, ClientReceives kind, string what)
    {
        string[] paths = definitions.Where(d => d.ClientReceives == kind).Select(d => $"/{d.Vendor}/{d.Code}").Distinct(StringComparer.Ordinal).ToArray();
        if (paths.Length > 0)
        {
            parts.Add(string.Join(", ", paths) + " " + what);
        }
    }
}
