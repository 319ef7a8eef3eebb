namespace FakeStatus.Tests.Catalog;

/// <summary>The rules every built-in definition's provenance obeys: the phrase rule, verification, what a client receives.</summary>
public sealed class ProvenanceRulesTests
{
    private static IEnumerable<StatusDefinition> All => StatusCatalog.Default.All;

    [TestCaseSource(nameof(All))]
    public void Definition_PhraseRelatesToItsSourceTextAsItsOriginSays(StatusDefinition definition)
    {
        switch (definition.PhraseOrigin)
        {
            case PhraseOrigin.Source:
                definition.SourceText.Should().NotBeNull("{0} says its phrase is the source's text", definition);
                definition.ReasonPhrase.Should().BeOneOf([definition.SourceText!, definition.SourceText!.TrimEnd('.')],
                    "a phrase taken from the source differs from it at most by the final period");
                break;
            case PhraseOrigin.Adapted:
                definition.SourceText.Should().NotBeNull("{0} says its phrase is adapted from the source's text", definition);
                definition.ReasonPhrase.Should().NotBe(definition.SourceText!.TrimEnd('.'), "{0} would be Source, not Adapted", definition);
                break;
            default:
                definition.PhraseOrigin.Should().Be(PhraseOrigin.FakeStatus);
                break;
        }
    }

    [TestCaseSource(nameof(All))]
    public void Definition_UnverifiedHasNoSourceTextAndItsSourceSaysSo(StatusDefinition definition)
    {
        if (definition.IsVerified)
        {
            definition.SourceUrl.Should().NotBeNullOrEmpty("{0} names where it was verified", definition);
            definition.SourceUrl.Should().NotContain("wikipedia", "a secondary list verifies nothing");
            return;
        }

        definition.SourceText.Should().BeNull("no primary source gives {0} a text", definition);
        definition.PhraseOrigin.Should().Be(PhraseOrigin.FakeStatus);
        definition.Source.Should().MatchRegex("(?i)unverified|not confirmed|no specification", "{0} says why it is unverified", definition);
    }

    [TestCaseSource(nameof(All))]
    public void Definition_HasASubstituteExactlyWhenTheClientReceivesOne(StatusDefinition definition) =>
        (definition.Substitute is not null).Should().Be(definition.ClientReceives == ClientReceives.SubstituteStatus);

    [Test]
    public void ClientReceives_IsStatusForEveryCodeButTheKnownExceptions() =>
        All.Where(d => d.ClientReceives != ClientReceives.Status).Select(d => $"{d.Code} {d.Variant} {d.ClientReceives}")
            .Should().BeEquivalentTo(
                "444 nginx ConnectionClosed", "460 aws-elb LoggedOnly", "494 nginx SubstituteStatus", "495 nginx SubstituteStatus",
                "496 nginx SubstituteStatus", "497 nginx SubstituteStatus", "498 esri SubstituteStatus", "499 nginx LoggedOnly",
                "499 esri SubstituteStatus");

    [Test]
    public void UnknownCode_IsAnUnverifiedPhraseOfFakeStatussOwnSentAsItself()
    {
        StatusDefinition unknown = StatusCatalog.Unknown("http", 777);

        unknown.PhraseOrigin.Should().Be(PhraseOrigin.FakeStatus);
        unknown.IsVerified.Should().BeFalse();
        unknown.SourceText.Should().BeNull();
        unknown.ClientReceives.Should().Be(ClientReceives.Status);
    }

    [Test]
    public void Catalog_MarksExactlyTheDefinitionsNoPrimarySourceConfirms() =>
        All.Where(d => !d.IsVerified).Select(d => $"{d.Protocol} {d.Code} {d.Variant ?? "-"}").Should().BeEquivalentTo(
            "http 218 apache", "http 430 shopify", "http 440 iis", "http 464 aws-elb", "http 498 esri", "http 499 esri",
            "http 509 cpanel", "http 527 cloudflare", "http 530 pantheon", "http 598 -", "http 599 -", "http 783 shopify",
            "smtp 521 -", "smtp 556 -");
}
