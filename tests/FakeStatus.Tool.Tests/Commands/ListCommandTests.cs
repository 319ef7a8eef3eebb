using System.Text.RegularExpressions;

namespace FakeStatus.Tool.Tests.Commands;

[TestFixture]
public sealed class ListCommandTests
{
    [Test]
    public async Task List_Smtp_TabulatesEverySmtpCode()
    {
        ToolRun run = await ToolRun.RunAsync("list", "smtp");

        run.ExitCode.Should().Be(0);
        string[] lines = run.Stdout.Split('\n');
        lines.Should().Contain(l => Regex.IsMatch(l, @"^530 +Authentication Required +standard +fakestatus show smtp 530$"));
        lines.Should().Contain(l => Regex.IsMatch(l, @"^530 +Must issue a STARTTLS command first +standard +rfc3207 +fakestatus show smtp 530 --variant rfc3207$"));
        lines.Should().Contain(l => l.StartsWith("250 ", StringComparison.Ordinal));
        lines.Should().NotContain(l => l.StartsWith("404", StringComparison.Ordinal));
    }

    [Test]
    public async Task List_HttpVendorCloudflare_OnlyCloudflareCodes()
    {
        ToolRun run = await ToolRun.RunAsync("list", "http", "--vendor", "cloudflare");

        string[] rows = run.Stdout.Split('\n').Where(l => l.Length > 3 && char.IsDigit(l[0])).ToArray();
        rows.Should().NotBeEmpty().And.OnlyContain(l => l.Contains("cloudflare", StringComparison.Ordinal));
        rows.Should().Contain(l => l.StartsWith("520", StringComparison.Ordinal));
    }

    [Test]
    public async Task List_HttpClass5xx_OnlyFiveHundreds()
    {
        ToolRun run = await ToolRun.RunAsync("list", "http", "--class", "5xx", "--format", "markdown");

        string[] rows = run.Stdout.Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal)).Skip(1).ToArray();
        rows.Should().NotBeEmpty().And.OnlyContain(l => l.StartsWith("| 5", StringComparison.Ordinal));
        rows.Should().Contain(l => l.StartsWith("| 503 | Service Unavailable |", StringComparison.Ordinal));
        run.Stdout.Should().Contain("|---|---|---|---|---|");
    }
}
