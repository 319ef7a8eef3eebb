namespace FakeStatus.Tests.Catalog;

/// <summary>How <see cref="StatusCatalog.With(StatusDefinition[])"/> replaces, adds and picks the default meaning of a code.</summary>
public sealed class StatusCatalogWithTests
{
    private static readonly StatusCatalog Catalog = StatusCatalog.Default;

    [Test]
    public void With_NewDefaultVariant_ReplacesTheDefaultOfThatCodeOnly()
    {
        var acme = new StatusDefinition("http", 530, "Acme Frozen") { Variant = "acme" };

        StatusCatalog extended = Catalog.With(acme);

        extended.Get("http", 530).Should().Be(acme);
        extended.Get("http", 530, "cloudflare").IsDefault.Should().BeFalse("the new default demotes the old one");
        extended.Get("http", 530, "pantheon").Should().Be(Catalog.Get("http", 530, "pantheon"));
        extended.VariantsOf("http", 530).Count(d => d.IsDefault).Should().Be(1);
        extended.Get("smtp", 530).IsDefault.Should().BeTrue("another protocol's code of the same number keeps its default");
        extended.Get("ftp", 530).IsDefault.Should().BeTrue();
        extended.Get("http", 503).IsDefault.Should().BeTrue("another code of the same protocol keeps its default");
        extended.Get("http", 503).Should().Be(Catalog.Get("http", 503));
    }

    [Test]
    public void With_NewNonDefaultVariant_KeepsTheExistingDefault()
    {
        var acme = new StatusDefinition("http", 530, "Acme Frozen") { Variant = "acme", IsDefault = false };

        StatusCatalog extended = Catalog.With(acme);

        extended.Get("http", 530).Should().Be(Catalog.Get("http", 530));
        extended.Get("http", 530).IsDefault.Should().BeTrue();
        extended.Get("http", 530, "acme").Should().Be(acme);
    }

    [Test]
    public void With_SameProtocolCodeAndVariant_ReplacesTheDefinition()
    {
        var frozen = new StatusDefinition("http", 530, "Really Frozen") { Vendor = "pantheon", IsDefault = false };

        StatusCatalog extended = Catalog.With(frozen);

        extended.Get("http", 530, "pantheon").ReasonPhrase.Should().Be("Really Frozen");
        extended.VariantsOf("http", 530).Should().HaveCount(Catalog.VariantsOf("http", 530).Count);
        extended.All.Should().HaveCount(Catalog.All.Count);
    }

    [Test]
    public void With_NoDefaultForACode_MakesThePrimaryMeaningTheDefault()
    {
        var named = new StatusDefinition("gopher", 200, "Named") { Variant = "named", IsDefault = false };
        var primary = new StatusDefinition("gopher", 200, "Primary") { IsDefault = false };

        StatusCatalog catalog = StatusCatalog.Empty.With(named, primary);

        catalog.Get("gopher", 200).ReasonPhrase.Should().Be("Primary");
        catalog.Get("gopher", 200).IsDefault.Should().BeTrue();
        catalog.Get("gopher", 200, "named").IsDefault.Should().BeFalse("only one meaning becomes the default");
    }

    [Test]
    public void With_NoDefaultAndOnlyVariants_MakesOneOfThemTheDefault()
    {
        var only = new StatusDefinition("gopher", 201, "Only") { Variant = "only", IsDefault = false };

        StatusCatalog catalog = StatusCatalog.Empty.With(only);

        catalog.Get("gopher", 201).Should().Be(only with { IsDefault = true });
    }

    [Test]
    public void With_NullArray_ThrowsNamingDefinitions() =>
        FluentActions.Invoking(() => Catalog.With((StatusDefinition[])null!))
            .Should().Throw<ArgumentNullException>().WithParameterName("definitions");

    [Test]
    public void With_NullItem_ThrowsNamingItsIndex() =>
        FluentActions.Invoking(() => Catalog.With(new StatusDefinition("http", 599, "X"), null!))
            .Should().Throw<ArgumentNullException>().WithParameterName("definitions")
            .Which.Message.Should().Contain("definitions[1] is null");

    [Test]
    public void With_NullCatalog_ThrowsNamingCatalog() =>
        FluentActions.Invoking(() => Catalog.With((StatusCatalog)null!))
            .Should().Throw<ArgumentNullException>().WithParameterName("catalog");

    [Test]
    public void With_Catalog_AddsEveryDefinitionOfIt()
    {
        StatusCatalog extra = StatusCatalog.Empty.With(new StatusDefinition("gopher", 200, "OK"), new StatusDefinition("http", 999, "Custom"));

        StatusCatalog extended = Catalog.With(extra);

        extended.Get("gopher", 200).ReasonPhrase.Should().Be("OK");
        extended.Get(999).ReasonPhrase.Should().Be("Custom");
        extended.All.Should().HaveCount(Catalog.All.Count + 2);
    }
}
