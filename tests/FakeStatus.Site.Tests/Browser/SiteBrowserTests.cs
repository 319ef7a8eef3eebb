using FakeStatus.Site.Tests.Serve;
using FakeStatus.Tool.Commands;
using FakeStatus.Tool.Reference;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;

namespace FakeStatus.Site.Tests.Browser;

/// <summary>
/// The generated site in a real headless Chromium: the search box, the links a reader follows, the language switch, the
/// copy button, and the same site served by <c>fakestatus serve</c>. One browser for the fixture keeps them fast.
/// </summary>
[NonParallelizable]
public sealed class SiteBrowserTests
{
    private static readonly string[] Meanings530 =
    [
        "530 FTP Not logged in",
        "530 HTTP Origin DNS error cloudflare",
        "530 HTTP Site is frozen pantheon",
        "530 SMTP Authentication Required",
        "530 SMTP Must issue a STARTTLS command first rfc3207",
    ];

    private ChromeDriver _browser = null!;

    [OneTimeSetUp]
    public void StartBrowser()
    {
        _browser = Chromium.Start();

        // Headless Chromium asks no one, so the page may write the clipboard and the test read it back only when granted.
        _browser.ExecuteCdpCommand("Browser.grantPermissions", new Dictionary<string, object?>
        {
            ["permissions"] = new[] { "clipboardReadWrite", "clipboardSanitizedWrite" },
        });
    }

    [OneTimeTearDown]
    public void StopBrowser() => _browser?.Dispose();

    [Test]
    public void IndexFromFolder_Typing530_ShowsEveryMeaningOf530AndNothingElse()
    {
        _browser.Navigate().GoToUrl(GeneratedSite.FileUri("ko/index.html"));

        _browser.FindElement(By.Id("search")).SendKeys("530");

        VisibleEntries().Should().Equal(Meanings530);
        _browser.FindElement(By.Id("search-count")).Text.Should().StartWith("전체 " + StatusCatalog.Default.All.Count + "개 중 5개");
        _browser.FindElements(By.CssSelector("section.protocol")).Where(s => s.Displayed).Select(s => s.GetAttribute("id"))
            .Should().Equal("ftp", "http", "smtp");
    }

    [Test]
    public async Task IndexFromFolder_FollowingSmtp530_ShowsTheSeedPageThenSwitchesLanguageAndFollowsMore()
    {
        ReferencePage model = await ReferencePageBuilder.BuildAsync(
            StatusCatalog.Default.Get("smtp", 530), ShowCommand.ParseClock(GeneratedSite.SeedDate), CancellationToken.None);
        await _browser.Navigate().GoToUrlAsync(GeneratedSite.FileUri("ko/index.html"));
        _browser.FindElement(By.Id("search")).SendKeys("530 smtp");

        _browser.FindElement(By.CssSelector("a[href='smtp/530.html']")).Click();

        WaitForPage("/ko/smtp/530.html");
        _browser.FindElement(By.TagName("h1")).Text.Should().Be("530 Authentication Required 응답 모의 테스트");
        _browser.FindElements(By.CssSelector("h2")).Select(h => h.Text).Take(3).Should().Equal("1 HTTP 응답", "2 curl로 테스트하기", "3 프레임워크에서 530 Authentication Required 반환하기");
        TextOf("response").Should().Be(model.RawResponse).And.Be(
            "HTTP/1.1 530 Authentication Required\nContent-Type: application/json\nDate: Wed, 25 Feb 2026 12:00:00 GMT\nContent-Length: 63\n\n" +
            "{\"error\": \"server_error\", \"message\": \"Authentication Required\"}");
        TextOf("curl").Should().Be("curl -i http://127.0.0.1:5080/smtp/530");

        _browser.FindElement(By.CssSelector("nav.languages a[hreflang='en']")).Click();

        WaitForPage("/en/smtp/530.html");
        _browser.FindElement(By.TagName("html")).GetAttribute("lang").Should().Be("en");
        _browser.FindElement(By.TagName("h1")).Text.Should().Be("530 Authentication Required mock response test");
        TextOf("response").Should().Be(model.RawResponse);

        _browser.FindElement(By.CssSelector("#more a[href='../smtp/535.html']")).Click();

        WaitForPage("/en/smtp/535.html");
        _browser.FindElement(By.TagName("h1")).Text.Should().StartWith("535 ");
        _browser.FindElement(By.CssSelector("a.full-reference")).Click();
        WaitForPage("/en/index.html");
    }

    [Test]
    public void CopyButton_CurlBlock_PutsTheCommandOnTheClipboard()
    {
        _browser.Navigate().GoToUrl(GeneratedSite.FileUri("en/smtp/530.html"));
        IWebElement button = _browser.FindElement(By.CssSelector("button[data-target='curl']"));
        button.Text.Should().Be("Copy");

        button.Click();

        new WebDriverWait(_browser, TimeSpan.FromSeconds(10)).Until(_ => button.GetAttribute("data-state") is not null);
        button.GetAttribute("data-state").Should().Be("copied");
        button.Text.Should().Be("Copied");
        string? clipboard = ReadClipboard();
        if (clipboard is null)
        {
            TestContext.Out.WriteLine("Headless Chromium does not let the page read the clipboard back; the button's handler reported the copy done.");
        }
        else
        {
            clipboard.Should().Be("curl -i http://127.0.0.1:5080/smtp/530");
        }
    }

    [Test]
    public void Screenshots_Smtp530_AreWrittenForEachLanguage()
    {
        string folder = Path.Combine(TestContext.CurrentContext.WorkDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        foreach (string language in new[] { "ko", "en" })
        {
            _browser.Navigate().GoToUrl(GeneratedSite.FileUri(language + "/smtp/530.html"));
            string file = Path.Combine(folder, $"smtp-530-{language}.png");

            _browser.GetScreenshot().SaveAsFile(file);

            new FileInfo(file).Length.Should().BeGreaterThan(10_000);
            TestContext.AddTestAttachment(file);
        }
    }

    [Test]
    public async Task Serve_Reference_ShowsTheSiteWhoseCurlLineTheSameServerAnswers()
    {
        await using ServeRun serve = await ServeRun.StartAsync();

        await _browser.Navigate().GoToUrlAsync(new Uri(serve.Address, "reference/"));
        _browser.FindElement(By.CssSelector("a[hreflang='ko']")).Click();
        WaitForPage("/reference/ko/index.html");
        _browser.FindElement(By.Id("search")).SendKeys("530");
        VisibleEntries().Should().Equal(Meanings530);
        _browser.FindElement(By.CssSelector("a[href='smtp/530.html']")).Click();
        WaitForPage("/reference/ko/smtp/530.html");

        string curl = TextOf("curl");
        curl.Should().Be($"curl -i {serve.Address}smtp/530");
        using var client = new HttpClient();
        using HttpResponseMessage answer = await client.GetAsync(new Uri(curl["curl -i ".Length..]));
        ((int)answer.StatusCode).Should().Be(530);
        answer.ReasonPhrase.Should().Be("Authentication Required");
    }

    private string[] VisibleEntries() => _browser.FindElements(By.CssSelector("li[data-search]"))
        .Where(li => li.Displayed)
        .Select(li => string.Join(" ", li.Text.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries)))
        .ToArray();

    private string TextOf(string id) => (string)_browser.ExecuteScript("return document.getElementById(arguments[0]).textContent;", id)!;

    private void WaitForPage(string pathEnd) =>
        new WebDriverWait(_browser, TimeSpan.FromSeconds(10)).Until(b => b.Url.EndsWith(pathEnd, StringComparison.Ordinal)
            && ((IJavaScriptExecutor)b).ExecuteScript("return document.readyState;") as string == "complete");

    /// <summary>The clipboard's text, or null where the browser refuses to read it back.</summary>
    private string? ReadClipboard()
    {
        try
        {
            return _browser.ExecuteAsyncScript(
                "const done = arguments[arguments.length - 1];" +
                "navigator.clipboard.readText().then(done, () => done(null));") as string;
        }
        catch (WebDriverException)
        {
            return null;
        }
    }
}
