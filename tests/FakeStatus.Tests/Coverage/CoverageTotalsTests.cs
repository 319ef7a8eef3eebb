namespace FakeStatus.Tests.Coverage;

/// <summary>A bare code counts the answers of every meaning it has, and the JSON report is indented text a person can read.</summary>
public sealed class CoverageTotalsTests
{
    [Test]
    public async Task Coverage_ByNumber_AddsTheAnswersOfEveryMeaningOfThatCode()
    {
        using var handler = new FakeStatusHandler(TestClock.AtSeedTime());
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));
        foreach (string path in new[] { "/cloudflare/530", "/cloudflare/530", "/pantheon/530" })
        {
            using HttpResponseMessage response = await client.GetAsync(new Uri(path, UriKind.Relative));
        }

        StatusCoverage byNumber = handler.Coverage([("http", 530)]);
        StatusCoverage byMeaning = handler.Coverage(StatusCatalog.Default.VariantsOf("http", 530));

        byNumber.Entries.Single().CallCount.Should().Be(3);
        byMeaning.Entries.Select(e => (e.Variant, e.CallCount)).Should().Equal(("cloudflare", 2L), ("pantheon", 1L));
    }

    [Test]
    public void ToJson_NothingTried_IsIndentedWithEveryField()
    {
        using var handler = new FakeStatusHandler(TestClock.AtSeedTime());

        string json = handler.Coverage([("smtp", 421)], "relay").ToJson().Replace("\r\n", "\n", StringComparison.Ordinal);

        json.Should().Be(
            "{\n" +
            "  \"source\": \"relay\",\n" +
            "  \"total\": 1,\n" +
            "  \"tried\": 0,\n" +
            "  \"statuses\": [\n" +
            "    {\n" +
            "      \"protocol\": \"smtp\",\n" +
            "      \"code\": 421,\n" +
            "      \"reasonPhrase\": \"Service not available, closing transmission channel\",\n" +
            "      \"vendor\": null,\n" +
            "      \"variant\": null,\n" +
            "      \"calls\": 0,\n" +
            "      \"tried\": false\n" +
            "    }\n" +
            "  ]\n" +
            "}");
    }
}
