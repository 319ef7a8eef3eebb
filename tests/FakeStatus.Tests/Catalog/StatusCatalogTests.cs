namespace FakeStatus.Tests.Catalog;

public sealed class StatusCatalogTests
{
    private static readonly StatusCatalog Catalog = StatusCatalog.Default;

    [Test]
    public void Default_HasFtpGrpcHttpAndSmtp()
    {
        Catalog.Protocols.Should().Equal("ftp", "grpc", "http", "smtp");
    }

    [Test]
    public void Get_Smtp530_IsAuthenticationRequiredFromRfc4954()
    {
        StatusDefinition definition = Catalog.Get("SMTP", 530);

        definition.Protocol.Should().Be("smtp");
        definition.ReasonPhrase.Should().Be("Authentication Required");
        definition.Source.Should().Contain("RFC 4954");
        definition.EnhancedStatusCode.Should().Be("5.7.0");
        definition.Description.Should().Contain("authentication");
    }

    [Test]
    public void Get_Ftp530_IsNotLoggedIn() => Catalog.Get("ftp", 530).ReasonPhrase.Should().Be("Not logged in");

    [Test]
    public void Get_HttpCode_UsesHttpProtocol() => Catalog.Get(404).Should().Be(Catalog.Get("http", 404));

    [Test]
    public void EveryHttpStatusCodeEnumValue_IsPresent()
    {
        foreach (int code in Enum.GetValues<HttpStatusCode>().Select(c => (int)c).Distinct())
        {
            Catalog.TryGet(code, out StatusDefinition? definition).Should().BeTrue("HttpStatusCode {0} must be in the catalog", code);
            definition!.Code.Should().Be(code);
        }
    }

    [Test]
    public void Get_UnknownProtocol_ThrowsNamingItAndTheKnownOnes()
    {
        FluentActions.Invoking(() => Catalog.Get("gopher", 200))
            .Should().Throw<ArgumentException>().WithParameterName("protocol")
            .Which.Message.Should().Contain("gopher").And.Contain("ftp, grpc, http, smtp");
    }

    [TestCase(99)]
    [TestCase(1000)]
    public void Get_CodeOutOfRange_Throws(int code) =>
        FluentActions.Invoking(() => Catalog.Get(code)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("code");

    [Test]
    public void Get_MissingCode_ThrowsKeyNotFoundNamingIt() =>
        FluentActions.Invoking(() => Catalog.Get("smtp", 299))
            .Should().Throw<KeyNotFoundException>().WithMessage("*smtp 299*");

    [Test]
    public void TryGet_NeverThrows()
    {
        Catalog.TryGet("gopher", 200, out _).Should().BeFalse();
        Catalog.TryGet("http", 5, out _).Should().BeFalse();
        Catalog.TryGet(null!, 200, out _).Should().BeFalse();
        Catalog.TryGet("http", 530, "nope", out _).Should().BeFalse();
    }

    [Test]
    public void SharedNumber_EachMeaningReachableByVariant()
    {
        Catalog.Get("http", 530).Vendor.Should().Be("cloudflare");
        Catalog.Get("http", 530, "pantheon").ReasonPhrase.Should().Be("Site is frozen");
        Catalog.VariantsOf("http", 530).Select(d => d.Vendor).Should().BeEquivalentTo(new[] { "cloudflare", "pantheon" });
    }

    [Test]
    public void With_OverridesAndAdds_WithoutChangingTheOriginal()
    {
        var custom = new StatusDefinition("http", 503, "Down For Maintenance");
        var added = new StatusDefinition("gopher", 200, "OK");

        StatusCatalog extended = Catalog.With(custom, added);

        extended.Get(503).ReasonPhrase.Should().Be("Down For Maintenance");
        extended.Get("gopher", 200).Should().Be(added);
        Catalog.Get(503).ReasonPhrase.Should().Be("Service Unavailable");
        extended.Protocols.Should().Contain("gopher");
    }

    [TestCase("Bad\r\nPhrase")]
    [TestCase("")]
    [TestCase("   ")]
    [TestCase("Caf\u00e9")]
    public void Definition_InvalidReasonPhrase_Throws(string phrase) =>
        FluentActions.Invoking(() => new StatusDefinition("http", 200, phrase))
            .Should().Throw<ArgumentException>().WithParameterName("ReasonPhrase");

    [Test]
    public void Definition_HeaderValueWithNewline_Throws() =>
        FluentActions.Invoking(() => new StatusDefinition("http", 200, "OK") { Headers = new Dictionary<string, string> { ["X"] = "a\r\nb" } })
            .Should().Throw<ArgumentException>().WithMessage("*CR or LF*");

    [Test]
    public async Task Default_IsOneInstanceEvenWhenFirstTouchedConcurrently()
    {
        StatusCatalog[] seen = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => StatusCatalog.Default)));

        seen.Should().OnlyContain(r => ReferenceEquals(r, StatusCatalog.Default));
        StatusCatalog.Default.All.Should().BeSameAs(StatusCatalog.Default.All, "the catalog is parsed once, not per access");
    }
}
