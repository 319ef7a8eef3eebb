namespace FakeStatus;

/// <summary>
/// Where a definition's <see cref="StatusDefinition.ReasonPhrase"/> comes from, compared with the text its source gives
/// (<see cref="StatusDefinition.SourceText"/>).
/// </summary>
/// <remarks>
/// The rule: the reason phrase is the source text, without its final period. Where a status line cannot carry the text as
/// it stands, the phrase is <see cref="Adapted"/> from it: placeholders a real server fills in (<c>&lt;domain&gt;</c>,
/// <c>nnn</c>, <c>"PATHNAME"</c>, <c>(h1,h2,h3,h4,p1,p2)</c>) are dropped with the words that only lead into them, or
/// become a plain word where the sentence needs one; remarks in parentheses and notes after the reply itself are dropped.
/// A few phrases change only case or wording (SMTP 530 <c>Authentication Required</c>, Cloudflare 520-526, whose headings
/// read <c>Error 520: web server returns an unknown error</c>). Where the source gives no text, or only a placeholder, the
/// phrase is FakeStatus's own. The repository's <c>docs/catalog.md</c> lists every case.
/// </remarks>
public enum PhraseOrigin
{
    /// <summary>The phrase is the source text, at most without its final period (HTTP 404 <c>Not Found</c>).</summary>
    Source = 0,

    /// <summary>
    /// The phrase is shortened or changed from the source text by the rule above (SMTP 220 <c>Service ready</c> from
    /// <c>&lt;domain&gt; Service ready</c>); the definition's description says how when it is not obvious.
    /// </summary>
    Adapted = 1,

    /// <summary>
    /// The source gives the code no text, or only a placeholder (AWS 460, nginx 444, FTP 334 <c>[ADAT=base64data]</c>),
    /// or no primary source confirms the code: the phrase is the one FakeStatus chose, usually the name in common use.
    /// </summary>
    FakeStatus = 2,
}
