using System.Text.RegularExpressions;

namespace FakeStatus.Tests.Samples;

/// <summary>
/// Documentation code comes from compiled samples: every <c>&lt;!-- snippet: name --&gt;</c> code block in README.md, docs/*.md and
/// the package READMEs must equal the <c>// begin-snippet: name</c> region of that name under samples/.
/// </summary>
public sealed partial class ReadmeSnippetTests
{
    [Test]
    public void EveryReadmeSnippet_MatchesItsSampleRegion()
    {
        Dictionary<string, string> regions = SampleRegions();
        foreach (string page in DocumentationPages())
        {
            foreach ((string name, string block) in Blocks(page))
            {
                regions.Should().ContainKey(name, "snippet '{0}' in {1} must come from a sample region", name, page);
                block.Should().Be(regions[name], "snippet '{0}' in {1} must match samples/ exactly", name, page);
            }
        }
    }

    [Test]
    public void DocumentationPages_IncludeReadmeAndEveryDocsPage()
    {
        List<string> pages = DocumentationPages();

        pages.Should().Contain(Path.Combine(RepositoryPaths.Root, "README.md"));
        pages.Should().Contain(Path.Combine(RepositoryPaths.Root, "docs", "time.md"));
        pages.Sum(page => Blocks(page).Count).Should().BeGreaterThan(30, "README and docs show code from the samples");
    }

    [Test]
    public void QuickstartRegion_IsShownInReadme() => Blocks(Path.Combine(RepositoryPaths.Root, "README.md")).Select(b => b.Name).Should().Contain("quickstart");

    private static Dictionary<string, string> SampleRegions()
    {
        var regions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string file in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "samples"), "*.cs", SearchOption.AllDirectories))
        {
            if (file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ||
                file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (Match match in RegionPattern().Matches(File.ReadAllText(file).ReplaceLineEndings("\n")))
            {
                regions.Add(match.Groups["name"].Value, Dedent(match.Groups["body"].Value));
            }
        }

        return regions;
    }

    private static List<string> DocumentationPages()
    {
        var pages = new List<string> { Path.Combine(RepositoryPaths.Root, "README.md") };
        pages.AddRange(Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "docs"), "*.md"));
        pages.AddRange(Directory.EnumerateDirectories(Path.Combine(RepositoryPaths.Root, "src"))
            .Select(project => Path.Combine(project, "README.md"))
            .Where(File.Exists));
        return pages;
    }

    // A list, not a dictionary: a page may show one region twice, and each copy is checked.
    private static List<(string Name, string Body)> Blocks(string page)
    {
        string text = File.ReadAllText(page).ReplaceLineEndings("\n");
        return BlockPattern().Matches(text).Select(m => (m.Groups["name"].Value, m.Groups["body"].Value.TrimEnd('\n'))).ToList();
    }

    private static string Dedent(string body)
    {
        string[] lines = body.TrimEnd('\n').Split('\n');
        int indent = lines.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
        return string.Join("\n", lines.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart()));
    }

    [GeneratedRegex(@"^[ \t]*// begin-snippet: (?<name>[\w-]+)\n(?<body>.*?)^[ \t]*// end-snippet", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex RegionPattern();

    [GeneratedRegex(@"<!-- snippet: (?<name>[\w-]+) -->\n```csharp\n(?<body>.*?)```", RegexOptions.Singleline)]
    private static partial Regex BlockPattern();
}
