using Quickstart;

namespace FakeStatus.Tests.Samples;

public sealed class CatalogTourSampleTests
{
    [Test]
    public void Browse_ListsCloudflareSmtp530AndBothMeaningsOf530()
    {
        using var output = new StringWriter();

        CatalogTour.Browse(output);

        string[] lines = output.ToString().ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        lines.Should().HaveCount(12);
        lines[0].Should().Be("520 Web server returns an unknown error");
        lines[8].Should().Be("530 Origin DNS error");
        lines[9].Should().Be("Authentication Required, 5.7.0, RFC 4954, section 6");
        lines[10..].Should().Equal("cloudflare: Origin DNS error", "pantheon: Site is frozen");
    }

    [Test]
    public async Task ExtendAsync_AnswersFromCodeAndFromTheJsonFile()
    {
        string path = Path.Combine(Path.GetTempPath(), $"fakestatus-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, "{\"protocol\": \"gopher\", \"definitions\": [{\"code\": 404, \"reasonPhrase\": \"Burrow Empty\"}]}");
        using var output = new StringWriter();
        try
        {
            await CatalogTour.ExtendAsync(output, path);
        }
        finally
        {
            File.Delete(path);
        }

        output.ToString().ReplaceLineEndings("\n").Should().Be(
            "503 Down For Maintenance, Retry-After: 1\n530 Account Suspended\n404 Burrow Empty\n");
    }
}
