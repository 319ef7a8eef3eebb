namespace FakeStatus.Tests.Catalog;

public sealed class SubstituteResponseTests
{
    [Test]
    public void Constructor_ValidValues_KeepsThemExactly()
    {
        var response = new SubstituteResponse(400, "Bad Request", "text/html", "<html>\r\n");

        response.StatusCode.Should().Be(400);
        response.ReasonPhrase.Should().Be("Bad Request");
        response.ContentType.Should().Be("text/html");
        response.Body.Should().Be("<html>\r\n");
    }

    [Test]
    public void Constructor_CodeOutOfRange_ThrowsNamingTheRange() =>
        FluentActions.Invoking(() => new SubstituteResponse(1000, "X", "text/html", string.Empty))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("statusCode").WithMessage("*100 to 999*");

    [TestCase("")]
    [TestCase("a\r\nb")]
    public void Constructor_BadReasonPhrase_Throws(string phrase) =>
        FluentActions.Invoking(() => new SubstituteResponse(400, phrase, "text/html", string.Empty))
            .Should().Throw<ArgumentException>().WithParameterName("reasonPhrase");

    [TestCase("")]
    [TestCase("text/html\r\nX-Injected: 1")]
    public void Constructor_BadContentType_Throws(string contentType) =>
        FluentActions.Invoking(() => new SubstituteResponse(400, "Bad Request", contentType, string.Empty))
            .Should().Throw<ArgumentException>().WithParameterName("contentType");

    [Test]
    public void Constructor_NullBody_ThrowsSayingToUseEmpty() =>
        FluentActions.Invoking(() => new SubstituteResponse(400, "Bad Request", "text/html", null!))
            .Should().Throw<ArgumentNullException>().WithParameterName("body").WithMessage("*empty string*");

    [TestCase("")]
    [TestCase("two\nlines")]
    public void StatusDefinitionSourceText_EmptyOrMultiLine_Throws(string text) =>
        FluentActions.Invoking(() => new StatusDefinition("http", 200, "OK") { SourceText = text })
            .Should().Throw<ArgumentException>().WithParameterName("SourceText");
}
