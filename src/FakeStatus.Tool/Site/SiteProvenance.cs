using System.Collections.Generic;
using FakeStatus.Tool.Site.Model;

namespace FakeStatus.Tool.Site;

/// <summary>
/// The provenance lines of <see cref="Reference.ProvenanceFields"/>, in a site language: the same fields, in the same order,
/// from the same facts; the English strings are show's wording, which the site's tests compare for every entry.
/// </summary>
internal static class SiteProvenance
{
    public static List<ProvenanceField> For(StatusDefinition d, string path, SiteStrings s)
    {
        var fields = new List<ProvenanceField>
        {
            new(s["fieldSource"], d.Source.Length == 0 ? s["sourceNone"] : d.Source, d.SourceUrl),
        };
        if (d.SourceText is not null)
        {
            fields.Add(new(s["fieldSourceText"], "\"" + d.SourceText + "\"", null));
        }

        fields.Add(new(s["fieldReasonPhrase"], Phrase(d, s), null));
        fields.Add(new(s["fieldVerified"], d.IsVerified ? s["verifiedYes"] : s["verifiedNo"], null));
        fields.Add(new(s["fieldStatus"], s["kind" + d.Kind] + (d.Vendor is null ? string.Empty : " (" + d.Vendor + ")"), null));
        if (d.ClientReceives != ClientReceives.Status)
        {
            fields.Add(new(s["fieldClientReceives"], ClientReceivesText(d, s), null));
        }

        if (d.EnhancedStatusCode is not null)
        {
            fields.Add(new(s["fieldEnhancedStatusCode"], d.EnhancedStatusCode, null));
        }

        fields.Add(new(s["fieldPath"], path, null));
        return fields;
    }

    private static string Phrase(StatusDefinition d, SiteStrings s) => d.PhraseOrigin switch
    {
        _ when StatusRules.IsGrpc(d.Protocol) => s["phraseGrpcName"],
        PhraseOrigin.Source => s["phraseSource"],
        PhraseOrigin.Adapted => s["phraseAdapted"],
        _ when !d.IsVerified => s["phraseCommonName"],
        _ => s["phraseNoText"],
    };

    public static string ClientReceivesText(StatusDefinition d, SiteStrings s) => d.ClientReceives switch
    {
        ClientReceives.ConnectionClosed => s["receivesConnectionClosed"],
        ClientReceives.LoggedOnly => s["receivesLoggedOnly"],
        ClientReceives.SubstituteStatus when d.Substitute is { } sub =>
            s.Format("receivesSubstitute", ("substituteCode", sub.StatusCode), ("substitutePhrase", sub.ReasonPhrase), ("code", d.Code)),
        _ => s["receivesStatus"],
    };
}
