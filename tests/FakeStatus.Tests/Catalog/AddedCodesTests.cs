namespace FakeStatus.Tests.Catalog;

/// <summary>The codes the audit found missing answer through the URL conventions, each with its source.</summary>
public sealed class AddedCodesTests
{
    [TestCase("/smtp/220?variant=rfc3207", 220, "Ready to start TLS", "RFC 3207, section 4", null)]
    [TestCase("/smtp/554?variant=rfc3207", 554, "Command refused due to lack of security", "RFC 3207, section 4.1", null)]
    [TestCase("/smtp/501?variant=rfc4954", 501, "Cannot decode the BASE64 response", "RFC 4954, section 4", "5.5.2")]
    [TestCase("/smtp/501?variant=rfc4954-initial-response", 501, "Initial response not allowed for this mechanism", "RFC 4954, section 4", "5.7.0")]
    [TestCase("/smtp/503?variant=rfc4954", 503, "Already authenticated", "RFC 4954, section 4", null)]
    [TestCase("/smtp/504?variant=rfc4954", 504, "Unrecognized authentication mechanism", "RFC 4954, section 4", "5.5.4")]
    [TestCase("/iis/456", 456, "Blocked", "MS-ASHTTP", null)]
    [TestCase("/iis/457", 457, "Expired Password", "MS-ASHTTP", null)]
    public async Task AddedCode_AnswersWithItsPhraseAndCarriesItsSource(string path, int code, string phrase, string source, string? enhanced)
    {
        using var handler = new FakeStatusHandler();
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));

        using HttpResponseMessage response = await client.GetAsync(path);

        ((int)response.StatusCode).Should().Be(code);
        response.ReasonPhrase.Should().Be(phrase);
        StatusDefinition definition = StatusCatalog.Default.VariantsOf(path.StartsWith("/iis", StringComparison.Ordinal) ? "http" : "smtp", code)
            .Single(d => d.ReasonPhrase == phrase);
        definition.Source.Should().Contain(source);
        definition.IsVerified.Should().BeTrue();
        definition.EnhancedStatusCode.Should().Be(enhanced);
    }
}
