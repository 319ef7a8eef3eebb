using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using FakeStatus.Tool.Commands;
using FakeStatus.Tool.Reference;
using FakeStatus.Tool.Site;
using FakeStatus.Tool.Snippets;

namespace FakeStatus.Site.Tests.Site;

/// <summary>What the code pages say, compared with the page model <c>fakestatus show</c> prints, for every entry.</summary>
public sealed class SitePageTests
{
    private static readonly TimeProvider SeedClock = ShowCommand.ParseClock(GeneratedSite.SeedDate);

    [Test]
    public async Task CodePages_EveryEntryInBothLanguages_ShowShowsResponseCurlAndSnippets()
    {
        foreach (SiteEntry entry in StatusCatalog.Default.All.Select(SiteEntry.For))
        {
            ReferencePage page = await ReferencePageBuilder.BuildAsync(entry.Definition, SeedClock, CancellationToken.None);
            foreach (string language in new[] { "ko", "en" })
            {
                IHtmlDocument document = GeneratedSite.Page(language + "/" + entry.File);
                string where = language + "/" + entry.Slug;

                Code(document, "response").Should().Be(page.RawResponse, where);
                Code(document, "curl").Should().Be(page.CurlCommand, where);
                foreach ((Framework framework, string code) in page.Snippets())
                {
                    Code(document, "snippet-" + framework.Id).Should().Be(code, where);
                }
            }
        }
    }

    [Test]
    public async Task CodePages_EnglishProvenance_IsShowsProvenanceWordForWord()
    {
        foreach (SiteEntry entry in StatusCatalog.Default.All.Select(SiteEntry.For))
        {
            ReferencePage page = await ReferencePageBuilder.BuildAsync(entry.Definition, SeedClock, CancellationToken.None);
            List<(string Name, string Value, string? Link)> expected = ProvenanceFields.For(entry.Definition);
            if (entry.Definition.EnhancedStatusCode is not null)
            {
                expected.Add(("Enhanced status code", entry.Definition.EnhancedStatusCode, null));
            }

            expected.Add(("FakeStatus path", page.Path, null));

            IHtmlDocument document = GeneratedSite.Page("en/" + entry.File);
            var shown = document.QuerySelectorAll("#provenance dt")
                .Select(dt => (dt.TextContent, dt.NextElementSibling!.TextContent, dt.NextElementSibling.QuerySelector("a")?.GetAttribute("href")))
                .ToArray();

            shown.Should().Equal(expected, entry.Slug);
        }
    }

    [Test]
    public void KoreanSmtp530_Page_FollowsTheSeedPagesOrderAndWording()
    {
        IHtmlDocument page = GeneratedSite.Page("ko/smtp/530.html");

        page.QuerySelector("h1")!.TextContent.Should().Be("530 Authentication Required 응답 모의 테스트");
        page.QuerySelector("a.full-reference")!.TextContent.Should().Be("전체 레퍼런스 보기 →");
        page.QuerySelectorAll("h2").Select(h => h.TextContent).Should().Equal(
            "1 HTTP 응답",
            "2 curl로 테스트하기",
            "3 프레임워크에서 530 Authentication Required 반환하기",
            "4 FakeStatus로 .NET 테스트에서 530 Authentication Required 모의하기",
            "출처와 근거",
            "530의 다른 의미",
            "더 많은 SMTP 모의 응답 페이지");
        page.QuerySelectorAll("#frameworks h3").Select(h => h.TextContent).Should().Equal(
            "Django", "Flask", "FastAPI", "Express", "Spring Boot", "Go net/http", "Ruby on Rails", "ASP.NET Core");
        page.QuerySelector(".note")!.TextContent.Should().Contain("영어", "the description stays in English and the page says so");
    }

    [Test]
    public void CodePage_NumberWithSeveralMeanings_LinksEveryOtherMeaning()
    {
        IHtmlDocument page = GeneratedSite.Page("en/smtp/530.html");

        page.QuerySelectorAll("#meanings a").Select(a => (a.GetAttribute("href"), a.TextContent)).Should().Equal(
            ("../ftp/530.html", "FTP 530 Not logged in"),
            ("../http/530.html", "HTTP 530 Origin DNS error (cloudflare)"),
            ("../pantheon/530.html", "HTTP 530 Site is frozen (pantheon)"),
            ("../smtp/530-rfc3207.html", "SMTP 530 Must issue a STARTTLS command first (rfc3207)"));
        GeneratedSite.Page("en/http/418.html").QuerySelector("#meanings").Should().BeNull("418 has one meaning");
    }

    [Test]
    public void CodePage_MoreProtocolPages_ListsTheProtocolsOtherCodesOnce()
    {
        IHtmlDocument page = GeneratedSite.Page("en/smtp/530.html");
        string[] links = page.QuerySelectorAll("#more a").Select(a => a.GetAttribute("href")!).ToArray();

        page.QuerySelector("#more h2")!.TextContent.Should().Be("More SMTP mock response pages");
        links.Should().OnlyHaveUniqueItems().And.Contain("../smtp/535.html").And.NotContain("../smtp/530.html")
            .And.OnlyContain(l => l.StartsWith("../smtp/", StringComparison.Ordinal));
        links.Should().HaveCount(StatusCatalog.Default.ForProtocol("smtp").Where(d => d.IsDefault).Select(d => d.Code).Distinct().Count() - 1);
    }

    [Test]
    public void Index_EveryEntry_IsListedOnceUnderItsProtocolAndClass()
    {
        IHtmlDocument index = GeneratedSite.Page("en/index.html");
        IElement[] items = index.QuerySelectorAll("li[data-search]").ToArray();

        items.Should().HaveCount(StatusCatalog.Default.All.Count);
        items.Select(i => i.QuerySelector("a")!.GetAttribute("href")).Should().OnlyHaveUniqueItems();
        index.QuerySelector("#smtp")!.QuerySelectorAll("h3").Select(h => h.TextContent).Should().Equal("2xx", "3xx", "4xx", "5xx");
        index.QuerySelector("label[for=search]")!.TextContent.Should().Be("Filter the codes");
        GeneratedSite.Page("ko/index.html").QuerySelector("label[for=search]")!.TextContent.Should().Be("코드 검색");
    }

    [Test]
    public async Task Generate_SameCatalogAndDate_GivesTheSameBytes()
    {
        SortedDictionary<string, string> first = await SiteGenerator.GenerateAsync(SiteFilter.All(StatusCatalog.Default), SeedClock, ReferencePageBuilder.DefaultServerUrl, CancellationToken.None);
        SortedDictionary<string, string> second = await SiteGenerator.GenerateAsync(SiteFilter.All(StatusCatalog.Default), SeedClock, ReferencePageBuilder.DefaultServerUrl, CancellationToken.None);

        second.Should().Equal(first);
        first["ko/smtp/530.html"].Should().Be(await File.ReadAllTextAsync(Path.Combine(GeneratedSite.Folder, "ko", "smtp", "530.html")));
    }

    [Test]
    public async Task Generate_AnotherDate_ChangesOnlyDatesAndTheFooter()
    {
        SortedDictionary<string, string> later = await SiteGenerator.GenerateAsync(
            SiteFilter.All(StatusCatalog.Default), ShowCommand.ParseClock("2027-03-01T08:00:00Z"), ReferencePageBuilder.DefaultServerUrl, CancellationToken.None);

        later["en/smtp/530.html"].Should().Contain("Date: Mon, 01 Mar 2027 08:00:00 GMT").And.Contain("2027-03-01")
            .And.NotContain("25 Feb 2026");
    }

    [Test]
    public void CodePages_DescriptionWithMarkup_IsEncodedNotInterpreted()
    {
        // SMTP 354's phrase carries <CRLF>: it must reach the reader as text, not as an element.
        IHtmlDocument page = GeneratedSite.Page("en/smtp/354.html");

        page.QuerySelector("h1")!.TextContent.Should().Contain("<CRLF>.<CRLF>");
        page.QuerySelectorAll("crlf").Should().BeEmpty();
    }

    private static string Code(IHtmlDocument document, string id) =>
        document.GetElementById(id)?.TextContent ?? throw new AssertionException($"no code block #{id} in {document.Title}");
}
