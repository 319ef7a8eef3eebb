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
        lines.Should().Contain(l => Regex.IsMatch(l, @"^530 +Authentication Required +standard +yes +fakestatus show smtp 530$"));
        lines.Should().Contain(l => Regex.IsMatch(l, @"^530 +Must issue a STARTTLS command first +standard +yes +rfc3207 +fakestatus show smtp 530 --variant rfc3207$"));
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
        run.Stdout.Should().Contain("| Code | Reason phrase | Status | Verified | Variant | Show with |\n|---|---|---|---|---|---|");
    }

    [Test]
    public async Task List_NoArgument_ListsEveryProtocolUnderItsOwnTitle()
    {
        ToolRun run = await ToolRun.RunAsync("list");

        run.ExitCode.Should().Be(0, run.Stderr);
        string[] titles = run.Stdout.Split('\n').Where(l => Regex.IsMatch(l, @"^[A-Z]+ codes \(\d+\)$")).ToArray();
        titles.Select(t => t.Split(' ')[0]).Should().Equal(StatusCatalog.Default.Protocols.Select(p => p.ToUpperInvariant()));
        foreach (string protocol in StatusCatalog.Default.Protocols)
        {
            titles.Should().Contain($"{protocol.ToUpperInvariant()} codes ({StatusCatalog.Default.ForProtocol(protocol).Count})");
        }
    }

    [Test]
    public async Task List_NoArgumentWithClass_FiltersEveryProtocol()
    {
        ToolRun run = await ToolRun.RunAsync("list", "--class", "5xx");

        run.ExitCode.Should().Be(0, run.Stderr);
        string[] rows = run.Stdout.Split('\n').Where(l => l.Length > 3 && char.IsDigit(l[0])).ToArray();
        rows.Should().NotBeEmpty().And.OnlyContain(l => l.StartsWith('5'));
        rows.Should().Contain(l => l.Contains("fakestatus show smtp 530", StringComparison.Ordinal))
            .And.Contain(l => l.Contains("fakestatus show http 503", StringComparison.Ordinal));
        run.Stdout.Should().Contain("SMTP 5xx codes (");
    }

    [Test]
    public async Task List_Vendor_TitleNamesTheVendorAndCountsItsRows()
    {
        ToolRun run = await ToolRun.RunAsync("list", "cloudflare");

        string[] rows = run.Stdout.Split('\n').Where(l => l.Length > 3 && char.IsDigit(l[0])).ToArray();
        rows.Should().NotBeEmpty().And.OnlyContain(l => l.Contains("cloudflare", StringComparison.Ordinal));
        run.Stdout.Split('\n')[0].Should().Be($"cloudflare HTTP codes ({rows.Length})");
    }

    [Test]
    public async Task List_UnverifiedCode_SaysNoInTheVerifiedColumn()
    {
        StatusDefinition unverified = StatusCatalog.Default.ForProtocol("http").First(d => !d.IsVerified && d.Vendor is not null);

        ToolRun run = await ToolRun.RunAsync("list", unverified.Vendor!, "--format", "markdown");

        run.Stdout.Split('\n').Should().Contain(l => l.StartsWith($"| {unverified.Code} | {unverified.ReasonPhrase} | ", StringComparison.Ordinal) && l.Contains(" | no | ", StringComparison.Ordinal));
        run.Stdout.Split('\n').Where(l => Regex.IsMatch(l, @"^\| \d{3} \|"))
            .Should().NotBeEmpty().And.OnlyContain(l => Regex.IsMatch(l, @"^\| \d{3} \| [^|]+ \| [a-z-]+ \| (yes|no) \| "));
    }
}
