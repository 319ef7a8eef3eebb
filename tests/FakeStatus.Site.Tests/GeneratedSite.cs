using System.Collections.Concurrent;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using FakeStatus.Tool;

namespace FakeStatus.Site.Tests;

/// <summary>
/// Generates the whole site once per test run with <c>fakestatus site --out</c> (both languages, every entry, the seed's
/// date) into the test output folder; every structure and browser test reads that one folder.
/// </summary>
[SetUpFixture]
public sealed class GeneratedSite
{
    /// <summary>The seed page's moment, so Date headers are reproducible.</summary>
    public const string SeedDate = "2026-02-25T12:00:00Z";

    private static readonly ConcurrentDictionary<string, IHtmlDocument> Documents = new(StringComparer.Ordinal);

    // Strict mode throws on every HTML5 parse error, so a page that parses is well-formed HTML5.
    private static readonly HtmlParser StrictParser = new(new HtmlParserOptions { IsStrictMode = true });

    /// <summary>The site's folder.</summary>
    public static string Folder { get; private set; } = null!;

    /// <summary>Every HTML page, relative to <see cref="Folder"/> with '/' separators, e.g. <c>ko/smtp/530.html</c>.</summary>
    public static IReadOnlyList<string> Pages { get; private set; } = [];

    /// <summary>What the command printed.</summary>
    public static string Output { get; private set; } = string.Empty;

    [OneTimeSetUp]
    public async Task GenerateAsync()
    {
        Folder = Path.Combine(TestContext.CurrentContext.WorkDirectory, "site");
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        int exit = await ToolApp.RunAsync(["site", "--out", Folder, "--date", SeedDate], stdout, stderr, CancellationToken.None);
        Assert.That(exit, Is.Zero, stderr.ToString());
        Output = stdout.ToString();
        Pages = Directory.EnumerateFiles(Folder, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Folder, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>A page parsed by AngleSharp in strict mode, once per run.</summary>
    public static IHtmlDocument Page(string page) =>
        Documents.GetOrAdd(page, p => StrictParser.ParseDocument(File.ReadAllText(Path.Combine(Folder, p))));

    /// <summary>The page's file as a <c>file://</c> address, for the browser.</summary>
    public static Uri FileUri(string page) => new(Path.Combine(Folder, page));
}
