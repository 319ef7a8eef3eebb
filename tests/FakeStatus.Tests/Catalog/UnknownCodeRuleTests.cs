namespace FakeStatus.Tests.Catalog;

/// <summary>
/// One rule for a code the catalog lacks: the handler answers any code from 100 to 999 (tests need odd codes) as
/// "Unknown Status Code"; the catalog's lookup, which documents only what it has, says so when it finds nothing.
/// </summary>
public sealed class UnknownCodeRuleTests
{
    [TestCase("smtp", 418)]
    [TestCase("ftp", 599)]
    [TestCase("http", 999)]
    public async Task Respond_CodeTheCatalogLacks_AnswersUnknownStatusCode(string protocol, int code)
    {
        using var handler = new FakeStatusHandler();
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));
        handler.When("/x").Respond(protocol, code);

        using HttpResponseMessage response = await client.GetAsync("/x");

        ((int)response.StatusCode).Should().Be(code);
        response.ReasonPhrase.Should().Be(StatusCatalog.UnknownReasonPhrase);
    }

    [Test]
    public async Task Convention_CodeTheCatalogLacks_AnswersUnknownStatusCode()
    {
        using var handler = new FakeStatusHandler();
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));

        using HttpResponseMessage response = await client.GetAsync("/smtp/599");

        ((int)response.StatusCode).Should().Be(599);
        response.ReasonPhrase.Should().Be("Unknown Status Code");
    }

    [Test]
    public void Get_CodeTheCatalogLacks_ThrowsStatingWhatTheHandlerAnswers()
    {
        Action get = () => StatusCatalog.Default.Get("smtp", 599);

        get.Should().Throw<KeyNotFoundException>().WithMessage(
            "The registry has no definition of smtp 599; it has no definition of that code at all. Use TryGet to test, or With(...) to add one. " +
            "FakeStatusHandler answers a code from 100 to 999 that its catalog lacks as '599 Unknown Status Code'.");
    }

    [Test]
    public void Get_VariantTheCatalogLacks_ListsTheMeaningsWithoutTheUnknownCodeRule()
    {
        Action get = () => StatusCatalog.Default.Get("http", 530, "acme");

        get.Should().Throw<KeyNotFoundException>().Which.Message.Should().Contain("cloudflare").And.NotContain("Unknown Status Code");
    }

    [Test]
    public void Respond_CodeOutOfRange_ThrowsAtRegistrationNamingTheRange()
    {
        using var handler = new FakeStatusHandler();

        Action respond = () => handler.When("/x").Respond("smtp", 1000);

        respond.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("code").WithMessage("*whole number from 100 to 999*");
    }
}
