namespace FakeStatus.Tests.Catalog;

/// <summary>Lookups, listings and messages of <see cref="StatusCatalog"/> beyond the default catalog's contents.</summary>
public sealed class StatusCatalogLookupTests
{
    private static readonly StatusCatalog Catalog = StatusCatalog.Default;

    [Test]
    public void Get_MissingVariant_ThrowsNamingTheVariantAndTheMeaningsThereAre() =>
        FluentActions.Invoking(() => Catalog.Get("http", 530, "nope"))
            .Should().Throw<KeyNotFoundException>()
            .Which.Message.Should().Contain("http 530 variant 'nope'").And.Contain("its meanings of that code are: cloudflare, pantheon");

    [Test]
    public void Get_CodeWithNoMeaningAtAll_SaysSo() =>
        FluentActions.Invoking(() => Catalog.Get("smtp", 299))
            .Should().Throw<KeyNotFoundException>()
            .Which.Message.Should().Contain("no definition of smtp 299;").And.Contain("it has no definition of that code at all");

    [Test]
    public void Get_MissingVariantOfAPrimaryMeaning_ListsItAsDefault() =>
        FluentActions.Invoking(() => Catalog.Get("http", 404, "nope"))
            .Should().Throw<KeyNotFoundException>()
            .Which.Message.Should().Contain("its meanings of that code are: (default)");

    [Test]
    public void Get_NullProtocol_ThrowsNamingProtocol() =>
        FluentActions.Invoking(() => Catalog.Get(null!, 200))
            .Should().Throw<ArgumentNullException>().WithParameterName("protocol");

    [Test]
    public void Get_ProtocolInAnyCase_FindsIt() => Catalog.Get("Smtp", 530).Should().Be(Catalog.Get("smtp", 530));

    [TestCase(99, false)]
    [TestCase(100, true)]
    [TestCase(999, true)]
    [TestCase(1000, false)]
    public void TryGet_CodeAtTheEdgesOfTheRange_FindsOnlyCodesInside(int code, bool expected)
    {
        StatusCatalog catalog = StatusCatalog.Empty.With(
            new StatusDefinition("http", 99 + 1, "Lowest"), new StatusDefinition("http", 999, "Highest"));

        catalog.TryGet(code, out StatusDefinition? definition).Should().Be(expected);
        (definition is not null).Should().Be(expected);
    }

    [Test]
    public void TryGet_Found_ReturnsTheDefinition()
    {
        Catalog.TryGet("http", 530, "pantheon", out StatusDefinition? definition).Should().BeTrue();
        definition!.ReasonPhrase.Should().Be("Site is frozen");
    }

    [Test]
    public void ForVendor_AnyCase_ReturnsOnlyThatVendorsDefinitions()
    {
        IReadOnlyList<StatusDefinition> pantheon = Catalog.ForVendor("PANTHEON");

        pantheon.Should().NotBeEmpty().And.OnlyContain(d => d.Vendor == "pantheon");
        pantheon.Should().Contain(Catalog.Get("http", 530, "pantheon"));
    }

    [Test]
    public void ForVendor_Null_ThrowsNamingVendor() =>
        FluentActions.Invoking(() => Catalog.ForVendor(null!)).Should().Throw<ArgumentNullException>().WithParameterName("vendor");

    [Test]
    public void ForProtocol_UnknownProtocol_ThrowsListingTheKnownOnes() =>
        FluentActions.Invoking(() => Catalog.ForProtocol("gopher"))
            .Should().Throw<ArgumentException>().WithParameterName("protocol")
            .Which.Message.Should().Contain("Unknown protocol 'gopher': this registry has ftp, grpc, http, smtp.");

    [Test]
    public void All_IsOrderedByProtocolCodeDefaultFirstThenVariant()
    {
        StatusCatalog catalog = StatusCatalog.Empty.With(
            new StatusDefinition("b", 200, "B200"),
            new StatusDefinition("a", 300, "A300 z") { Variant = "z", IsDefault = false },
            new StatusDefinition("a", 300, "A300 y") { Variant = "y", IsDefault = false },
            new StatusDefinition("a", 300, "A300"),
            new StatusDefinition("a", 200, "A200"));

        catalog.All.Select(d => d.ReasonPhrase).Should().Equal("A200", "A300", "A300 y", "A300 z", "B200");
    }

    [Test]
    public void ProtocolsAndVendors_AreDistinctAndSorted()
    {
        StatusCatalog catalog = StatusCatalog.Empty.With(
            new StatusDefinition("zeta", 200, "Z") { Vendor = "beta" },
            new StatusDefinition("alpha", 200, "A") { Vendor = "alpha" },
            new StatusDefinition("alpha", 201, "A2") { Vendor = "beta" },
            new StatusDefinition("alpha", 202, "Plain"));

        catalog.Protocols.Should().Equal("alpha", "zeta");
        catalog.Vendors.Should().Equal("alpha", "beta");
    }

    [Test]
    public void Empty_HasNoProtocolsAndNoDefinitions()
    {
        StatusCatalog.Empty.Protocols.Should().BeEmpty();
        StatusCatalog.Empty.All.Should().BeEmpty();
        StatusCatalog.Empty.TryGet(200, out _).Should().BeFalse();
    }

    [Test]
    public void ToString_CountsDefinitionsAndNamesProtocols() =>
        StatusCatalog.Empty.With(new StatusDefinition("smtp", 250, "OK"), new StatusDefinition("http", 200, "OK"))
            .ToString().Should().Be("StatusCatalog: 2 definitions in http, smtp");

    [Test]
    public void Parse_Null_ThrowsNamingJson() =>
        FluentActions.Invoking(() => StatusCatalog.Parse(null!)).Should().Throw<ArgumentNullException>().WithParameterName("json");

    [TestCase(null)]
    [TestCase("")]
    public void Load_NullOrEmptyPath_ThrowsNamingPath(string? path) =>
        FluentActions.Invoking(() => StatusCatalog.Load(path!))
            .Should().Throw<ArgumentException>().WithParameterName("path")
            .Which.Message.Should().Contain("The catalog path must not be null or empty.");

    [Test]
    public void Unknown_DescribesTheMissingCodeAndNamesFakeStatusAsSource()
    {
        StatusDefinition unknown = StatusCatalog.Unknown("smtp", 299);

        unknown.ReasonPhrase.Should().Be(StatusCatalog.UnknownReasonPhrase);
        unknown.Description.Should().Be("The registry has no definition of smtp 299; FakeStatus answers it with a generic reason phrase.");
        unknown.Source.Should().Be("FakeStatus");
        unknown.Kind.Should().Be(StatusKind.Unofficial);
    }
}
