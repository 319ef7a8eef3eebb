using System.Collections.Generic;

namespace FakeStatus.Tool.Site.Model;

/// <summary>What every generated page has around its content: language, title, header links and footer.</summary>
/// <param name="Language">The page's language code, for <c>&lt;html lang&gt;</c>.</param>
/// <param name="Title">The document title.</param>
/// <param name="StylesheetHref">The site's style sheet, relative to the page.</param>
/// <param name="Home">The link to the full reference (the index) of the page's language.</param>
/// <param name="LanguageLabel">The name of the language switch.</param>
/// <param name="Languages">The same page in every other language.</param>
/// <param name="Footer">The generation line.</param>
/// <param name="CopyTexts">The copy button's texts for the script: normal, done, failed.</param>
public sealed record PageChrome(
    string Language,
    string Title,
    string StylesheetHref,
    SiteLink Home,
    string LanguageLabel,
    IReadOnlyList<SiteLink> Languages,
    string Footer,
    (string Copy, string Copied, string Failed) CopyTexts);
