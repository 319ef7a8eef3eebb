using System.Text.Json;

namespace FakeStatus.Tests.Coverage;

/// <summary>The report's text for the cases the other coverage tests do not reach: a meaning with a variant, nothing tried.</summary>
public sealed class CoverageReportTests
{
    [Test]
    public void Entry_WithAVariant_NamesItInBrackets()
    {
        using var handler = new FakeStatusHandler(TestClock.AtSeedTime());

        StatusCoverage coverage = handler.Coverage([StatusCatalog.Default.Get("http", 530, "pantheon"), StatusCatalog.Default.Get(503)]);

        coverage.Entries.Select(e => e.ToString()).Should().Equal("http 530 Site is frozen (pantheon)", "http 503 Service Unavailable");
    }

    [Test]
    public void ToMarkdown_NothingTried_SaysZeroAndMarksEachRow()
    {
        using var handler = new FakeStatusHandler(TestClock.AtSeedTime());

        string markdown = handler.Coverage([("smtp", 421)], "relay").ToMarkdown();

        markdown.Should().Be(
            "relay: 0 of 1 statuses tried\n\n" +
            "| protocol | code | reason phrase | vendor | variant | calls | tried |\n" +
            "|---|---|---|---|---|---|---|\n" +
            "| smtp | 421 | Service not available, closing transmission channel |  |  | 0 | **no** |\n");
    }

    [Test]
    public async Task ToJson_MeaningWithAVariant_WritesItAsTextAndTheCodeAsANumber()
    {
        using var handler = new FakeStatusHandler(TestClock.AtSeedTime());
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));
        using (await client.GetAsync(new Uri("https://fake.test/pantheon/530")))
        {
        }

        using JsonDocument json = JsonDocument.Parse(handler.Coverage([StatusCatalog.Default.Get("http", 530, "pantheon")], "edge").ToJson());

        JsonElement entry = json.RootElement.GetProperty("statuses").EnumerateArray().Single();
        entry.GetProperty("variant").GetString().Should().Be("pantheon");
        entry.GetProperty("vendor").GetString().Should().Be("pantheon");
        entry.GetProperty("code").ValueKind.Should().Be(JsonValueKind.Number);
        entry.GetProperty("calls").GetInt64().Should().Be(1);
        json.RootElement.GetProperty("tried").GetInt32().Should().Be(1);
    }
}
