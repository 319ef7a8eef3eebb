using System.Globalization;
using System.Text.RegularExpressions;

namespace FakeStatus.Site.Tests.Site;

/// <summary>The style sheet's colours: every rule that sets a text colour keeps it readable on its background (WCAG AA).</summary>
public sealed partial class SiteStyleTests
{
    [Test]
    public async Task StyleSheet_EveryTextColour_HasAContrastOfAtLeast4Point5OnItsBackground()
    {
        string css = await File.ReadAllTextAsync(Path.Combine(GeneratedSite.Folder, "site.css"));
        var checkedRules = new List<string>();
        var failures = new List<string>();

        foreach (Match rule in Rule().Matches(css))
        {
            string body = rule.Groups["body"].Value;
            Match color = Property("color").Match(body);
            if (!color.Success)
            {
                continue;
            }

            // A rule without its own background sits on the page's white (the code blocks' greys are lighter than the text's needs).
            Match background = Property("background").Match(body);
            string selector = rule.Groups["selector"].Value.Trim();
            double ratio = Contrast(color.Groups[1].Value, background.Success ? background.Groups[1].Value : "#ffffff");
            checkedRules.Add(selector);
            if (ratio < 4.5)
            {
                failures.Add($"{selector}: {ratio:0.00}");
            }
        }

        failures.Should().BeEmpty();
        checkedRules.Should().Contain(["body", "a", ".note, .hint", "h2 .number", ".tag"]);
    }

    [TestCase("#000000", "#ffffff", 21.0)]
    [TestCase("#777777", "#ffffff", 4.48)]
    public void Contrast_KnownPairs_MatchWcag(string foreground, string background, double expected) =>
        Contrast(foreground, background).Should().BeApproximately(expected, 0.01);

    private static double Contrast(string a, string b)
    {
        double la = Luminance(a);
        double lb = Luminance(b);
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    private static double Luminance(string hex)
    {
        double Channel(int offset)
        {
            double c = int.Parse(hex.AsSpan(1 + offset, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(0)) + (0.7152 * Channel(2)) + (0.0722 * Channel(4));
    }

    [GeneratedRegex(@"(?<selector>[^{}]+)\{(?<body>[^}]*)\}")]
    private static partial Regex Rule();

    private static Regex Property(string name) => new(@"(?:^|[;{\s])" + name + @":\s*(#[0-9a-fA-F]{6})", RegexOptions.CultureInvariant);
}
