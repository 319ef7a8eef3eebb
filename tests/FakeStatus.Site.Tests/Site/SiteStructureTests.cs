using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace FakeStatus.Site.Tests.Site;

/// <summary>The whole generated site's structure, without a browser: links, languages, headings, labels.</summary>
public sealed class SiteStructureTests
{
    private static readonly string[] Languages = ["en", "ko"];

    public static IEnumerable<string> AllPages() => GeneratedSite.Pages;

    [Test]
    public void Site_WholeCatalog_HasAPageForEveryEntryInEachLanguage()
    {
        int entries = StatusCatalog.Default.All.Count;

        // Each language: an index and one page per entry; plus the root page that links both languages.
        GeneratedSite.Pages.Should().HaveCount(1 + (Languages.Length * (entries + 1)));
        GeneratedSite.Pages.Should().Contain(["index.html", "ko/index.html", "en/index.html", "ko/smtp/530.html", "ko/http/530.html", "ko/pantheon/530.html", "ko/ftp/530.html"]);
    }

    [Test]
    public void Site_Languages_HaveTheSamePages()
    {
        string[] korean = PagesOf("ko");
        string[] english = PagesOf("en");

        korean.Should().NotBeEmpty().And.Equal(english);
    }

    [Test]
    public void Site_EveryPage_ParsesAsHtml5WithItsLanguageAndOneTitle()
    {
        foreach (string page in GeneratedSite.Pages)
        {
            IHtmlDocument document = GeneratedSite.Page(page);
            string expected = page.Contains('/', StringComparison.Ordinal) ? page[..page.IndexOf('/', StringComparison.Ordinal)] : "en";

            document.Doctype.Should().NotBeNull(page);
            document.DocumentElement.GetAttribute("lang").Should().Be(expected, page);
            document.Title.Should().NotBeNullOrWhiteSpace(page);
            document.QuerySelectorAll("[id]").Select(e => e.Id).Should().OnlyHaveUniqueItems(page);
        }
    }

    [Test]
    public void Site_EveryPage_LinksBackToItsLanguageIndex()
    {
        foreach (string page in GeneratedSite.Pages)
        {
            string[] targets = InternalLinks(page).ToArray();
            string[] expected = page.Contains('/', StringComparison.Ordinal)
                ? [page[..page.IndexOf('/', StringComparison.Ordinal)] + "/index.html"]
                : Languages.Select(l => l + "/index.html").ToArray();

            targets.Should().Contain(expected, page);
        }
    }

    [Test]
    public void Site_InternalLinks_AllResolveToGeneratedFiles()
    {
        var files = Directory.EnumerateFiles(GeneratedSite.Folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(GeneratedSite.Folder, f).Replace(Path.DirectorySeparatorChar, '/'))
            .ToHashSet(StringComparer.Ordinal);
        var broken = new List<string>();
        int checkedLinks = 0;
        foreach (string page in GeneratedSite.Pages)
        {
            foreach (string target in InternalLinks(page))
            {
                checkedLinks++;
                if (!files.Contains(target))
                {
                    broken.Add(page + " -> " + target);
                }
            }
        }

        broken.Should().BeEmpty();
        checkedLinks.Should().BeGreaterThan(GeneratedSite.Pages.Count * 10);
    }

    [Test]
    public void Site_EveryPage_HasOneH1AndHeadingsThatNeverSkipALevel()
    {
        foreach (string page in GeneratedSite.Pages)
        {
            IHtmlDocument document = GeneratedSite.Page(page);
            int[] levels = document.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => h.LocalName[1] - '0').ToArray();

            levels.Count(l => l == 1).Should().Be(1, page);
            levels[0].Should().Be(1, page);
            levels.Zip(levels.Skip(1)).Where(p => p.Second > p.First + 1).Should().BeEmpty(page);
        }
    }

    [Test]
    public void Site_EveryControl_HasAnAccessibleName()
    {
        foreach (string page in GeneratedSite.Pages)
        {
            IHtmlDocument document = GeneratedSite.Page(page);

            foreach (IElement input in document.QuerySelectorAll("input"))
            {
                document.QuerySelector($"label[for='{input.Id}']").Should().NotBeNull(page + " input #" + input.Id);
            }

            document.QuerySelectorAll("button").Where(b => string.IsNullOrWhiteSpace(b.GetAttribute("aria-label")) || b.TextContent.Trim().Length == 0)
                .Should().BeEmpty(page);
            document.QuerySelectorAll("img").Where(i => !i.HasAttribute("alt")).Should().BeEmpty(page);
            document.QuerySelectorAll("nav").Should().NotBeEmpty(page)
                .And.OnlyContain(n => !string.IsNullOrWhiteSpace(n.GetAttribute("aria-label")), page);
        }
    }

    [Test]
    public void Site_NoPage_LoadsAnythingFromOutside()
    {
        foreach (string page in GeneratedSite.Pages)
        {
            IHtmlDocument document = GeneratedSite.Page(page);

            document.QuerySelectorAll("script[src], link[href], img[src], iframe")
                .Select(e => e.GetAttribute("src") ?? e.GetAttribute("href"))
                .Should().OnlyContain(url => url != null && !url.Contains("//", StringComparison.Ordinal), page);
        }
    }

    [Test]
    public void Site_EveryCodePage_SwitchesToTheSamePageInTheOtherLanguage()
    {
        foreach (string page in PagesOf("ko").Where(p => p != "index.html"))
        {
            GeneratedSite.Page("ko/" + page).QuerySelectorAll("nav.languages a")
                .Select(a => Resolve("ko/" + page, a.GetAttribute("href")!))
                .Should().Equal(["en/" + page]);
            GeneratedSite.Page("en/" + page).QuerySelectorAll("nav.languages a")
                .Select(a => Resolve("en/" + page, a.GetAttribute("href")!))
                .Should().Equal(["ko/" + page]);
        }
    }

    private static string[] PagesOf(string language) => GeneratedSite.Pages
        .Where(p => p.StartsWith(language + "/", StringComparison.Ordinal))
        .Select(p => p[(language.Length + 1)..])
        .ToArray();

    /// <summary>The site files a page's links and style sheets point at, relative to the site's root.</summary>
    private static IEnumerable<string> InternalLinks(string page) =>
        GeneratedSite.Page(page).QuerySelectorAll("a[href], link[href]")
            .Select(e => e.GetAttribute("href")!)
            .Where(href => !href.StartsWith("http://", StringComparison.Ordinal) && !href.StartsWith("https://", StringComparison.Ordinal))
            .Select(href => Resolve(page, href));

    private static string Resolve(string page, string href)
    {
        var root = new Uri("file:///site/");
        return root.MakeRelativeUri(new Uri(new Uri(root, page), href)).OriginalString;
    }
}
