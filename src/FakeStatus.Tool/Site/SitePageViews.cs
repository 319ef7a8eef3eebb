using System.Collections.Generic;
using System.Linq;
using FakeStatus.Tool.Reference;
using FakeStatus.Tool.Site.Model;
using FakeStatus.Tool.Snippets;

namespace FakeStatus.Tool.Site;

/// <summary>
/// Turns the page model <c>fakestatus show</c> prints (<see cref="ReferencePage"/>) into the views of one site language: the
/// same response, curl line, snippets and provenance, with the language's headings and the site's relative links.
/// </summary>
internal sealed class SitePageViews
{
    private readonly SiteStrings _strings;
    private readonly IReadOnlyList<SiteStrings> _languages;
    private readonly string _date;

    public SitePageViews(SiteStrings strings, IReadOnlyList<SiteStrings> languages, string date)
    {
        _strings = strings;
        _languages = languages;
        _date = date;
    }

    /// <summary>The page of <paramref name="entry"/>, at <c>{language}/{entry.File}</c>.</summary>
    public CodePageView CodePage(SiteEntry entry, ReferencePage page, string dotnetTest, IReadOnlyList<SiteEntry> meanings, IReadOnlyList<SiteEntry> more)
    {
        SiteStrings s = _strings;
        StatusDefinition d = entry.Definition;
        string untranslated = s["untranslated"];
        return new CodePageView
        {
            Chrome = Chrome(s.Format("pageTitle", ("protocol", entry.Protocol), ("title", entry.Title)) + " · " + s["siteTitle"], "../../", "../index.html", entry.File),
            Protocol = entry.Protocol,
            Heading = s.Format("pageHeading", ("title", entry.Title)),
            Description = d.Description,
            UntranslatedNote = untranslated.Length == 0 ? null : untranslated,
            FullReference = new SiteLink("../index.html", s["fullReference"]),
            Sections =
            [
                ResponseSection(page),
                new CodeSection("test-with-curl", s["sectionCurl"], [Sample("curl", s["terminalLabel"], page.CurlCommand)], [CurlNote(d)]),
                new CodeSection(
                    "frameworks",
                    s.Format("sectionFrameworks", ("code", entry.Code), ("phrase", d.ReasonPhrase)),
                    page.Snippets().Select(f => Sample("snippet-" + f.Framework.Id, f.Framework.Title, f.Code)).ToArray(),
                    [])
                {
                    SubHeadings = true,
                },
                new CodeSection(
                    "dotnet",
                    s.Format("sectionDotnet", ("code", entry.Code), ("phrase", d.ReasonPhrase)),
                    [Sample("dotnet-test", "C# · NUnit", dotnetTest)],
                    [s["dotnetNote"]]),
            ],
            ProvenanceHeading = s["provenanceHeading"],
            Provenance = SiteProvenance.For(d, page.Path, s),
            MeaningsHeading = s.Format("otherMeanings", ("code", entry.Code)),
            Meanings = meanings.Select(m => new SiteLink("../" + m.File, m.LinkText)).ToArray(),
            MoreHeading = s.Format("moreProtocolPages", ("protocol", entry.Protocol)),
            More = more.Select(m => new SiteLink("../" + m.File, m.Title)).ToArray(),
        };
    }

    /// <summary>The full reference, at <c>{language}/index.html</c>.</summary>
    public IndexView Index(IReadOnlyList<SiteEntry> entries, IReadOnlyList<string> protocols)
    {
        SiteStrings s = _strings;
        return new IndexView
        {
            Chrome = Chrome(s["indexHeading"], "../", "index.html", "index.html"),
            Heading = s["indexHeading"],
            Intro = s["indexIntro"],
            SearchLabel = s["searchLabel"],
            SearchHint = s["searchHint"],
            CountTemplate = s["searchCount"],
            NoMatches = s["noMatches"],
            Total = entries.Count,
            Protocols = protocols
                .Select(p => new IndexGroup(
                    p,
                    p.ToUpperInvariant(),
                    entries.Where(e => e.Definition.Protocol == p)
                        .GroupBy(e => e.Definition.Class)
                        .OrderBy(g => g.Key)
                        .Select(g => new IndexClass(s.Format("classHeading", ("class", g.Key)), g.Select(Item).ToArray()))
                        .ToArray()))
                .Where(g => g.Classes.Count > 0)
                .ToArray(),
        };
    }

    /// <summary>The chrome of the site's root page, which links every language's index.</summary>
    public static PageChrome RootChrome(IReadOnlyList<SiteStrings> languages, string date)
    {
        SiteStrings english = languages.FirstOrDefault(l => l.Language == "en") ?? languages[0];
        return new PageChrome(
            english.Language,
            string.Join(" · ", languages.Select(l => l["siteTitle"])),
            "site.css",
            new SiteLink("index.html", english["home"]),
            string.Join(" · ", languages.Select(l => l["languageSwitch"])),
            languages.Select(l => new SiteLink(l.Language + "/index.html", l.Name, l.Language)).ToArray(),
            english.Format("generated", ("date", date)),
            (english["copy"], english["copied"], english["copyFailed"]));
    }

    private static IndexItem Item(SiteEntry e)
    {
        StatusDefinition d = e.Definition;
        string search = string.Join(" ", new[] { e.Protocol, e.Code, d.ReasonPhrase, d.Variant, d.Vendor }.Where(w => w is not null))
            .ToLowerInvariant();
        return new IndexItem(e.File, e.Protocol, e.Code, d.ReasonPhrase, d.Variant, search);
    }

    private PageChrome Chrome(string title, string root, string index, string file) => new(
        _strings.Language,
        title,
        root + "site.css",
        new SiteLink(index, _strings["home"]),
        _strings["languageSwitch"],
        _languages.Where(l => l != _strings).Select(l => new SiteLink(root + l.Language + "/" + file, l.Name, l.Language)).ToArray(),
        _strings.Format("generated", ("date", _date)),
        (_strings["copy"], _strings["copied"], _strings["copyFailed"]));

    private CodeSection ResponseSection(ReferencePage page)
    {
        SiteStrings s = _strings;
        StatusDefinition d = page.Definition;
        var samples = new List<CodeSample> { Sample("response", s["responseLabel"], page.RawResponse) };
        var notes = new List<string>();
        if (ProvenanceFields.SubstituteRaw(d) is { } substitute)
        {
            samples.Add(Sample("substitute", s["fieldClientReceives"], substitute));
            notes.Add(s.Format("substituteNote", ("code", d.Code)));
        }
        else if (d.ClientReceives != ClientReceives.Status)
        {
            notes.Add(s.Format("clientReceivesNote", ("code", d.Code), ("receives", SiteProvenance.ClientReceivesText(d, s))));
        }

        if (page.DefaultWaits.Count > 0)
        {
            notes.Add(s.Format("defaultWaitsNote", ("headers", string.Join(s["and"], page.DefaultWaits))));
        }

        return new CodeSection("http-response", s["sectionResponse"], samples, notes);
    }

    private string CurlNote(StatusDefinition d) => d.Protocol == StatusCatalog.Http
        ? _strings.Format("curlNoteHttp", ("code", d.Code))
        : _strings.Format("curlNoteOther", ("protocol", d.Protocol.ToUpperInvariant()));

    private CodeSample Sample(string id, string label, string code) =>
        new(id, label, code, _strings.Format("copyLabel", ("name", label)));
}
