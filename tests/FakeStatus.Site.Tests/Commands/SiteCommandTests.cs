using FakeStatus.Tool;

namespace FakeStatus.Site.Tests.Commands;

/// <summary><c>fakestatus site</c>'s command line: filters, bad --out folders, and what is left behind on failure.</summary>
public sealed class SiteCommandTests
{
    private string _scratch = null!;

    [SetUp]
    public void CreateScratch()
    {
        _scratch = Path.Combine(Path.GetTempPath(), "fakestatus-site-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_scratch);
    }

    [TearDown]
    public void DeleteScratch() => Directory.Delete(_scratch, recursive: true);

    [Test]
    public async Task Site_OneLanguageAndProtocol_WritesOnlyThosePages()
    {
        string output = Path.Combine(_scratch, "site");

        (int exit, string stdout, _) = await RunAsync("site", "--out", output, "--language", "ko", "--protocol", "smtp", "--date", GeneratedSite.SeedDate);

        exit.Should().Be(ToolApp.Ok);
        stdout.Should().Contain("index.html");
        Directory.EnumerateDirectories(output).Select(Path.GetFileName).Should().Equal("ko");
        Directory.EnumerateDirectories(Path.Combine(output, "ko")).Select(Path.GetFileName).Should().Equal("smtp");
        (await File.ReadAllTextAsync(Path.Combine(output, "ko", "smtp", "530.html"))).Should().NotContain("../http/530.html", "links to pages left out would be broken");
    }

    [TestCase("--language", "fr", "--language 'fr' is not a site language: expected en, ko")]
    [TestCase("--protocol", "gopher", "--protocol 'gopher' is not a site protocol: expected ftp, grpc, http, smtp")]
    [TestCase("--language", "ko,de", "--language 'de' is not a site language: expected en, ko")]
    public async Task Site_UnknownFilter_IsAUsageErrorNamingTheValidValues(string option, string value, string message)
    {
        string output = Path.Combine(_scratch, "site");

        (int exit, _, string stderr) = await RunAsync("site", "--out", output, option, value);

        exit.Should().Be(ToolApp.UsageError);
        stderr.Should().Contain(message);
        Directory.Exists(output).Should().BeFalse();
    }

    [Test]
    public async Task Site_OutIsAFile_IsRefusedAndTheFileKept()
    {
        string file = Path.Combine(_scratch, "notes.txt");
        await File.WriteAllTextAsync(file, "mine");

        (int exit, _, string stderr) = await RunAsync("site", "--out", file);

        exit.Should().Be(ToolApp.UsageError);
        stderr.Should().Contain($"--out '{file}' is a file: expected a folder");
        (await File.ReadAllTextAsync(file)).Should().Be("mine");
        Directory.EnumerateFileSystemEntries(_scratch).Should().Equal(file);
    }

    [Test]
    public async Task Site_OutIsAFolderWithOtherContent_IsRefusedAndLeftAsItWas()
    {
        string folder = Path.Combine(_scratch, "docs");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "index.html"), "mine");

        (int exit, _, string stderr) = await RunAsync("site", "--out", folder);

        exit.Should().Be(ToolApp.UsageError);
        stderr.Should().Contain("is a folder with other content, not written by 'fakestatus site'");
        Directory.EnumerateFileSystemEntries(folder).Should().Equal(Path.Combine(folder, "index.html"));
        (await File.ReadAllTextAsync(Path.Combine(folder, "index.html"))).Should().Be("mine");
        Directory.EnumerateFileSystemEntries(_scratch).Should().Equal(folder);
    }

    [Test]
    public async Task Site_OutCannotBeWritten_FailsAndLeavesNothingBehind()
    {
        // A folder below a file can never be made, whoever runs the test (root included).
        string blocker = Path.Combine(_scratch, "blocker");
        await File.WriteAllTextAsync(blocker, "x");
        string output = Path.Combine(blocker, "site");

        (int exit, _, string stderr) = await RunAsync("site", "--out", output, "--protocol", "ftp");

        exit.Should().Be(ToolApp.RuntimeError);
        stderr.Should().Contain($"cannot write the site to '{output}'").And.Contain("Nothing was written.");
        Directory.EnumerateFileSystemEntries(_scratch).Should().Equal(blocker);
    }

    [Test]
    public async Task Site_OutIsAnEarlierSite_IsReplacedWhole()
    {
        string output = Path.Combine(_scratch, "site");
        (await RunAsync("site", "--out", output, "--protocol", "ftp")).Exit.Should().Be(ToolApp.Ok);
        await File.WriteAllTextAsync(Path.Combine(output, "en", "stale.html"), "old");

        (int exit, _, _) = await RunAsync("site", "--out", output, "--protocol", "smtp");

        exit.Should().Be(ToolApp.Ok);
        File.Exists(Path.Combine(output, "en", "stale.html")).Should().BeFalse();
        Directory.Exists(Path.Combine(output, "en", "ftp")).Should().BeFalse();
        File.Exists(Path.Combine(output, "en", "smtp", "530.html")).Should().BeTrue();
        Directory.EnumerateFileSystemEntries(_scratch).Should().Equal([output], "no temporary or previous folder is left beside it");
    }

    [Test]
    public async Task Site_EmptyFolder_IsFilled()
    {
        string output = Path.Combine(_scratch, "empty");
        Directory.CreateDirectory(output);

        (int exit, _, _) = await RunAsync("site", "--out", output, "--protocol", "ftp");

        exit.Should().Be(ToolApp.Ok);
        File.Exists(Path.Combine(output, "ko", "ftp", "530.html")).Should().BeTrue();
    }

    [Test]
    public async Task Site_WithoutOut_IsAUsageError()
    {
        (int exit, _, string stderr) = await RunAsync("site");

        exit.Should().Be(ToolApp.UsageError);
        stderr.Should().Contain("--out");
    }

    [Test]
    public void Site_WholeCatalog_IsWrittenWellUnderTenSeconds()
    {
        // The shared run wrote every entry in both languages; the command reports its own time.
        string seconds = System.Text.RegularExpressions.Regex.Match(GeneratedSite.Output, @"in (\d+\.\d) s\.").Groups[1].Value;

        double.Parse(seconds, System.Globalization.CultureInfo.InvariantCulture).Should().BeLessThan(10);
    }

    private static async Task<(int Exit, string Stdout, string Stderr)> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        int exit = await ToolApp.RunAsync(args, stdout, stderr, CancellationToken.None);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
