using OpenQA.Selenium.Chrome;

namespace FakeStatus.Site.Tests.Browser;

/// <summary>
/// Debian's Chromium and its driver (packages chromium and chromium-driver, which .ci/run installs when missing), headless.
/// A machine without them fails the browser tests instead of skipping them: an untested site must not look tested.
/// </summary>
internal static class Chromium
{
    public const string Browser = "/usr/bin/chromium";
    public const string Driver = "/usr/bin/chromedriver";

    /// <summary>Debian's fonts-noto-cjk: without it Chromium draws Korean as empty boxes in the screenshots.</summary>
    public const string KoreanFont = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA2000", Justification = "The driver owns its service and stops it when it is disposed.")]
    public static ChromeDriver Start()
    {
        string[] missing = new[] { Browser, Driver, KoreanFont }.Where(f => !File.Exists(f)).ToArray();
        if (missing.Length > 0)
        {
            Assert.Fail($"missing {string.Join(", ", missing)}: install them with 'apt-get install -y chromium chromium-driver fonts-noto-cjk' (.ci/run does).");
        }

        ChromeDriverService service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(Driver)!, Path.GetFileName(Driver));
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        var options = new ChromeOptions { BinaryLocation = Browser };
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1100,1400", "--force-device-scale-factor=1");
        return new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
    }
}
