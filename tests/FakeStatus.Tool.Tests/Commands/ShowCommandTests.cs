using FakeStatus.Tool.Tests.Snippets;

namespace FakeStatus.Tool.Tests.Commands;

[TestFixture]
public sealed class ShowCommandTests
{
    [Test]
    public async Task Show_Smtp530AtSeedDate_ContainsTheExactCanonicalResponse()
    {
        ToolRun run = await ToolRun.RunAsync("show", "smtp", "530", "--date", ToolRun.SeedDate);

        run.ExitCode.Should().Be(0);
        run.Stderr.Should().BeEmpty();
        run.Stdout.Should().Contain(ToolRun.CanonicalSmtp530);
        run.Stdout.Should().NotContain("Tue, 25 Feb 2026", "25 February 2026 is a Wednesday; the seed's weekday is wrong");
    }

    [Test]
    public async Task Show_Smtp530_HasEveryElementOfTheSeedPageInOrder()
    {
        ToolRun run = await ToolRun.RunAsync("show", "smtp", "530", "--date", ToolRun.SeedDate);

        string[] inOrder =
        [
            "SMTP 530 Authentication Required", "RFC 4954 text:", "Source:", "RFC 4954, section 6",
            "HTTP/1.1 530 Authentication Required", "curl -i http://127.0.0.1:5080/smtp/530",
            "new FakeStatusHandler()", "GetAsync(\"/smtp/530\")",
            "Django", "Flask", "FastAPI", "Express", "Spring Boot", "Go net/http", "Ruby on Rails", "ASP.NET Core",
            "More SMTP codes", "535",
        ];
        int position = 0;
        foreach (string part in inOrder)
        {
            int found = run.Stdout.IndexOf(part, position, StringComparison.Ordinal);
            found.Should().BeGreaterThanOrEqualTo(0, $"'{part}' should follow what came before it");
            position = found + part.Length;
        }

        run.Stdout.Should().NotContain("curl -i https://httpbin.org", "httpbin has no SMTP codes; the curl line targets fakestatus serve");
    }

    [Test]
    public async Task Show_FormatMarkdown_WritesHeadingsAndFencedBlocksWithLanguages()
    {
        ToolRun run = await ToolRun.RunAsync("show", "smtp", "530", "--format", "markdown", "--date", ToolRun.SeedDate);

        run.ExitCode.Should().Be(0);
        run.Stdout.Should().StartWith("# SMTP 530 Authentication Required\n");
        run.Stdout.Should().Contain("```http\n" + ToolRun.CanonicalSmtp530 + "\n```");
        run.Stdout.Should().Contain("```bash\ncurl -i http://127.0.0.1:5080/smtp/530\n```");
        run.Stdout.Should().Contain("- **Source:** [RFC 4954, section 6](https://www.rfc-editor.org/rfc/rfc4954#section-6)");
        foreach (string fence in new[] { "```python", "```javascript", "```java", "```go", "```ruby", "```csharp" })
        {
            run.Stdout.Should().Contain(fence);
        }

        (run.Stdout.Split("```").Length % 2).Should().Be(1, "every fence opened is closed");
    }

    [Test]
    public async Task Show_Framework_PrintsOnlyThatSnippet()
    {
        ToolRun run = await ToolRun.RunAsync("show", "smtp", "530", "--framework", "flask");

        run.Stdout.Should().StartWith("from flask import Flask, jsonify\n");
        run.Stdout.Should().NotContain("HTTP/1.1").And.NotContain("django");
    }

    [Test]
    public async Task Show_FrameworkAlias_FindsTheFramework()
    {
        string express = await ToolRun.SnippetAsync("smtp", "530", "express.js");

        express.Should().Contain("res.status(530)");
    }

    [Test]
    public async Task Show_VendorAsProtocol_ShowsThatVendorsMeaning()
    {
        ToolRun run = await ToolRun.RunAsync("show", "pantheon", "530", "--date", ToolRun.SeedDate);

        run.ExitCode.Should().Be(0);
        run.Stdout.Should().Contain("HTTP/1.1 530 Site is frozen\n");
        run.Stdout.Should().Contain("curl -i http://127.0.0.1:5080/http/530?variant=pantheon");
    }

    [Test]
    public async Task Show_Http429_CanonicalResponseCarriesRetryAfterAndSoDoSnippets()
    {
        ToolRun run = await ToolRun.RunAsync("show", "http", "429", "--date", ToolRun.SeedDate);

        run.Stdout.Should().Contain("HTTP/1.1 429 Too Many Requests\nContent-Type: application/json\nDate: Wed, 25 Feb 2026 12:00:00 GMT\nRetry-After: 120\n");
        run.Stdout.Should().Contain(".set('Retry-After', '120')");
    }

    [Test]
    public async Task Show_Http503_SaysTheHandlerSendsRetryAfterOneByDefault()
    {
        ToolRun run = await ToolRun.RunAsync("show", "http", "503", "--date", ToolRun.SeedDate);

        run.Stdout.Should().Contain("Retry-After: 120\n").And.Contain(
            "FakeStatusHandler and 'fakestatus serve' send Retry-After: 1 by default instead, so a client that honours the wait on the real clock retries within a second; " +
            "FakeStatusOptions.RealisticRetryAfter = true ('fakestatus serve --realistic-retry-after') sends the value above.");
    }

    [Test]
    public async Task Show_CodeWithoutAWait_SaysNothingAboutRetryAfter()
    {
        ToolRun run = await ToolRun.RunAsync("show", "http", "500", "--date", ToolRun.SeedDate);

        run.ExitCode.Should().Be(0);
        run.Stdout.Should().NotContain("RealisticRetryAfter");
    }

    [TestCaseSource(typeof(SnippetCase), nameof(SnippetCase.Cases))]
    public async Task Show_AnyCode_CSharpUsageRequestsThePathThatAnswersIt(SnippetCase c)
    {
        ToolRun run = await ToolRun.RunAsync("show", c.Protocol, c.Code);

        run.Stdout.Should().Contain($"await client.GetAsync(\"/{c.Protocol}/{c.Code}\");");
        run.Stdout.Should().Contain($"response.ReasonPhrase == \"{c.Message}\"");
    }
}
