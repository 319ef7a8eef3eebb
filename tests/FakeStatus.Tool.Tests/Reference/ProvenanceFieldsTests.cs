using FakeStatus.Tool.Reference;

namespace FakeStatus.Tool.Tests.Reference;

/// <summary>The page of one code says where the definition comes from, how far to trust it and what a client really gets.</summary>
[TestFixture]
public sealed class ProvenanceFieldsTests
{
    [Test]
    public async Task Show_Nginx494_ShowsTheSourceTextAndThe400PageNginxSends()
    {
        ToolRun run = await ToolRun.RunAsync("show", "http", "494", "--date", ToolRun.SeedDate);

        run.ExitCode.Should().Be(0, run.Stderr);
        run.Stdout.Should().Contain("Source text:     \"Request Header Or Cookie Too Large\"\n");
        run.Stdout.Should().Contain("Client receives: 400 Bad Request instead");
        run.Stdout.Should().Contain("HTTP/1.1 400 Bad Request\nContent-Type: text/html\n\n<html>\n<head><title>400 Request Header Or Cookie Too Large</title></head>\n");
    }

    [Test]
    public async Task Show_Nginx444_SaysTheConnectionClosesWithoutAResponse()
    {
        ToolRun run = await ToolRun.RunAsync("show", "nginx", "444", "--date", ToolRun.SeedDate);

        run.Stdout.Should().Contain("Client receives: no response: the server closes the connection\n");
        run.Stdout.Should().Contain("Reason phrase:   FakeStatus's own: the source gives this code no text\n");
        run.Stdout.Should().NotContain("Source text:", "nginx gives 444 no text");
    }

    [Test]
    public async Task Show_UnverifiedCode_SaysNoPrimarySourceConfirmsIt()
    {
        ToolRun run = await ToolRun.RunAsync("show", "http", "218", "--format", "markdown", "--date", ToolRun.SeedDate);

        run.Stdout.Should().Contain("- **Verified:** NO: no primary source confirms this code");
        run.Stdout.Should().Contain("- **Source:** [Unverified:");
    }

    [Test]
    public async Task Show_VerifiedCode_SaysWhereAndThatThePhraseIsAdapted()
    {
        ToolRun run = await ToolRun.RunAsync("show", "smtp", "551", "--date", ToolRun.SeedDate);

        run.Stdout.Should().Contain("Source text:     \"User not local; please try <forward-path> (See Section 3.4)\"\n");
        run.Stdout.Should().Contain("Reason phrase:   adapted from the source text");
        run.Stdout.Should().Contain("Verified:        yes, against the source above\n");
        run.Stdout.Should().NotContain("Client receives:", "SMTP 551 reaches the client as itself");
    }

    [TestCase("smtp", "530")]
    [TestCase("http", "404")]
    [TestCase("ftp", "227")]
    public async Task Show_AnyCode_SpeaksOfWhatItShowsNotOfAPageTheReaderNeverSaw(string protocol, string code)
    {
        ToolRun run = await ToolRun.RunAsync("show", protocol, code, "--date", ToolRun.SeedDate);

        run.Stdout.Should().NotContainAny("seed", "Seed", "reference page");
    }

    [TestCase(PhraseOrigin.Source, true, "the source's text")]
    [TestCase(PhraseOrigin.Adapted, true, "adapted from the source text (placeholders, remarks or the final period dropped, or the wording normalised)")]
    [TestCase(PhraseOrigin.FakeStatus, true, "FakeStatus's own: the source gives this code no text")]
    [TestCase(PhraseOrigin.FakeStatus, false, "FakeStatus's own, the name in common use")]
    public void Phrase_EachOrigin_IsSaidInPlainWords(PhraseOrigin origin, bool verified, string expected) =>
        ProvenanceFields.Phrase(new StatusDefinition("http", 200, "OK") { PhraseOrigin = origin, IsVerified = verified })
            .Should().Be(expected);

    [Test]
    public void ClientReceivesText_LoggedOnly_SaysTheClientGetsNothing() =>
        ProvenanceFields.ClientReceivesText(StatusCatalog.Default.Get("http", 460))
            .Should().Be("nothing: the server only logs the code, after the client has closed the connection");

    [Test]
    public void SubstituteRaw_NoSubstitute_IsNull() =>
        ProvenanceFields.SubstituteRaw(StatusCatalog.Default.Get("http", 404)).Should().BeNull();
}
