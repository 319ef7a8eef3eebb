using System.Collections.Generic;
using System.Globalization;

namespace FakeStatus.Tool.Reference;

/// <summary>
/// The lines of a page that say where a definition comes from and how far to trust it: its source and the source's exact
/// text, whose words the reason phrase is, whether a primary source confirms it, and what a client really receives.
/// </summary>
internal static class ProvenanceFields
{
    public static List<(string Name, string Value, string? Link)> For(StatusDefinition d)
    {
        var fields = new List<(string, string, string?)>
        {
            ("Source", d.Source.Length == 0 ? "(none)" : d.Source, d.SourceUrl),
        };
        if (d.SourceText is not null)
        {
            fields.Add(("Source text", "\"" + d.SourceText + "\"", null));
        }

        fields.Add(("Reason phrase", Phrase(d), null));
        fields.Add(("Verified", d.IsVerified
            ? "yes, against the source above"
            : "NO: no primary source confirms this code; treat its meaning and phrase as unconfirmed", null));
        fields.Add(("Status", d.Kind.ToString().ToLowerInvariant() + (d.Vendor is null ? string.Empty : " (" + d.Vendor + ")"), null));
        if (d.ClientReceives != ClientReceives.Status)
        {
            fields.Add(("Client receives", ClientReceivesText(d), null));
        }

        return fields;
    }

    /// <summary>Whose words the phrase is, in the terms of the catalog's phrase rule.</summary>
    public static string Phrase(StatusDefinition d) => d.PhraseOrigin switch
    {
        _ when StatusRules.IsGrpc(d.Protocol) => "the code's name in the source's table; the source text above is its description there",
        PhraseOrigin.Source => "the source's text",
        PhraseOrigin.Adapted => "adapted from the source text (placeholders, remarks or the final period dropped, or the wording normalised)",
        _ when !d.IsVerified => "FakeStatus's own, the name in common use",
        _ => "FakeStatus's own: the source gives this code no text",
    };

    /// <summary>What the real system sends a client for this code, when it is not the code itself.</summary>
    public static string ClientReceivesText(StatusDefinition d) => d.ClientReceives switch
    {
        ClientReceives.ConnectionClosed => "no response: the server closes the connection",
        ClientReceives.LoggedOnly => "nothing: the server only logs the code, after the client has closed the connection",
        ClientReceives.SubstituteStatus when d.Substitute is { } s =>
            string.Format(CultureInfo.InvariantCulture, "{0} {1} instead (shown below); {2} appears only in the server's log or body", s.StatusCode, s.ReasonPhrase, d.Code),
        _ => "the status itself",
    };

    /// <summary>The substitute response as HTTP/1.1 text with LF line ends, or null when there is none.</summary>
    public static string? SubstituteRaw(StatusDefinition d) => d.Substitute is not { } s
        ? null
        : string.Format(CultureInfo.InvariantCulture, "HTTP/1.1 {0} {1}\nContent-Type: {2}\n\n{3}", s.StatusCode, s.ReasonPhrase, s.ContentType,
            s.Body.Replace("\r\n", "\n", System.StringComparison.Ordinal));
}
