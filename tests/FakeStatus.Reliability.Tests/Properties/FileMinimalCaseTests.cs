namespace FakeStatus.Reliability.Tests.Properties;

/// <summary>The smallest files the fuzz found escaping as undocumented exceptions: each is now the format's own exception.</summary>
public sealed class FileMinimalCaseTests
{
    private const string OneGet = "{\"request\": {\"method\": \"GET\", \"url\": \"https://a.test/\"}, \"response\": {\"status\": 200}}";

    [Test]
    public void CassetteFromJson_FractionalVersion_ThrowsCassetteFormatException() =>
        FluentActions.Invoking(() => Cassette.Parse("{\"version\":1.5}", "v.json")).Should().Throw<CassetteFormatException>().WithMessage("v.json*");

    [Test]
    public void CassetteFromJson_TextWithAnUnpairedSurrogate_ThrowsCassetteFormatException() =>
        FluentActions.Invoking(() => Cassette.Parse("{\"version\": 1, \"interactions\": [" + OneGet + "]}" + (char)0xD83D, "u.json"))
            .Should().Throw<CassetteFormatException>().WithMessage("u.json*not valid text*");

    [Test]
    public void CassetteFromJson_UnpairedSurrogateEscapeInAValue_ThrowsCassetteFormatException() =>
        FluentActions.Invoking(() => Cassette.Parse("{\"version\": 1, \"interactions\": [" + OneGet.Replace("https://a.test/", "https://a.test/\\uD83D", StringComparison.Ordinal) + "]}", "e.json"))
            .Should().Throw<CassetteFormatException>().WithMessage("e.json*");

    [Test]
    public void CassetteReplayInto_MethodWithASpace_ThrowsCassetteFormatException()
    {
        Cassette cassette = Cassette.Parse("{\"version\": 1, \"interactions\": [" + OneGet.Replace("\"GET\"", "\"G T\"", StringComparison.Ordinal) + "]}", "m.json");
        using var handler = new FakeStatusHandler();

        FluentActions.Invoking(() => cassette.ReplayInto(handler)).Should().Throw<CassetteFormatException>().WithMessage("m.json*");
        handler.Routes.Should().BeEmpty("nothing is registered from a cassette that cannot be replayed");
    }

    [Test]
    public void HarFromJson_ResponseIsANumber_ThrowsHarFormatException() =>
        FluentActions.Invoking(() => HarArchive.Parse(
                "{\"log\": {\"entries\": [{\"request\": {\"method\": \"GET\", \"url\": \"https://a.test/\"}, \"response\": 1}]}}", "r.har"))
            .Should().Throw<HarFormatException>().WithMessage("r.har*");

    [Test]
    public void ErrorStyleFromJson_UnpairedSurrogateEscape_ThrowsErrorStyleFormatException() =>
        FluentActions.Invoking(() => ErrorStyle.Parse("{\"name\": \"acme\", \"contentType\": \"\\uD83D\", \"body\": \"x\"}", "s.json"))
            .Should().Throw<ErrorStyleFormatException>().WithMessage("*s.json*");
}
