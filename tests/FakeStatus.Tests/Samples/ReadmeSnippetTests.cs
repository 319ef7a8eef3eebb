using System.Text.RegularExpressions;

namespace FakeStatus.Tests.Samples;

/// <summary>
/// README code comes from compiled samples: every <c>// begin-snippet: name</c> region under samples/ must appear in
/// README.md as the code block after <c>&lt;!-- snippet: name --&gt;</c>, and every such README marker must name a real region.
/// </summary>
public sealed partial class ReadmeSnippetTests
{
    [Test]
    public void EveryReadmeSnippet_MatchesItsSampleRegion()
    {
        Dictionary<string, string> regions = SampleRegions();
        Dictionary<string, string> blocks = ReadmeBlocks();

        blocks.Should().NotBeEmpty("the README shows code from the samples");
        foreach ((string name, string block) in blocks)
        {
            regions.Should().ContainKey(name, "README snippet '{0}' must come from a sample region", name);
            block.Should().Be(regions[name], "README snippet '{0}' must match samples/ exactly", name);
        }
    }

    [Test]
    public void QuickstartRegion_IsShownInReadme() => ReadmeBlocks().Should().ContainKey("quickstart");

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

    private static Dictionary<string, string> ReadmeBlocks()
    {
        string readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md")).ReplaceLineEndings("\n");
        return BlockPattern().Matches(readme).ToDictionary(m => m.Groups["name"].Value, m => m.Groups["body"].Value.TrimEnd('\n'));
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
