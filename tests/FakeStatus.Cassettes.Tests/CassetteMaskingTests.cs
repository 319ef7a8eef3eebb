namespace FakeStatus.Cassettes.Tests;

/// <summary>What a recording keeps out of the cassette: secret values masked, connection headers dropped.</summary>
public sealed class CassetteMaskingTests
{
    [Test]
    public async Task Record_DefaultSecretNames_AreMaskedAndOtherHeadersKept()
    {
        CassetteInteraction recorded = await RecordAsync(new CassetteOptions(), "https://api.test/x");

        recorded.RequestHeaders["Proxy-Authorization"].Should().Equal("***");
        recorded.RequestHeaders["Authorization"].Should().Equal("***");
        recorded.RequestHeaders["X-Api-Key"].Should().Equal(new[] { "***" }, "its name contains 'key'");
        recorded.RequestHeaders["X-Trace"].Should().Equal("trace-1");
        recorded.ResponseHeaders["Set-Cookie"].Should().Equal("***");
        recorded.ResponseHeaders["X-Served-By"].Should().Equal("edge-1");
    }

    [Test]
    public async Task Record_ConnectionHeaders_AreNotRecorded()
    {
        CassetteInteraction recorded = await RecordAsync(new CassetteOptions(), "https://api.test/x");

        recorded.ResponseHeaders.Keys.Should().NotContain(k => k.Equals("Proxy-Connection", StringComparison.OrdinalIgnoreCase))
            .And.NotContain(k => k.Equals("Keep-Alive", StringComparison.OrdinalIgnoreCase))
            .And.NotContain(k => k.Equals("Content-Length", StringComparison.OrdinalIgnoreCase));
    }

    [Test]
    public async Task Record_NoSecretsConfigured_KeepsEveryValue()
    {
        CassetteInteraction recorded = await RecordAsync(new CassetteOptions { SecretNames = [], SecretNameParts = [] }, "https://api.test/x?token=t1");

        recorded.RequestHeaders["Proxy-Authorization"].Should().Equal("Basic cHJveHk=");
        recorded.RequestHeaders["X-Api-Key"].Should().Equal("k1");
        recorded.Url.Should().Be("https://api.test/x?token=t1");
    }

    [Test]
    public async Task Record_EmptyNamePart_MasksNothingByName()
    {
        // An empty part is contained in every name; it is ignored rather than masking everything.
        CassetteInteraction recorded = await RecordAsync(new CassetteOptions { SecretNames = [], SecretNameParts = [string.Empty] }, "https://api.test/x?lang=en");

        recorded.RequestHeaders["X-Trace"].Should().Equal("trace-1");
        recorded.Url.Should().Be("https://api.test/x?lang=en");
    }

    [TestCase("https://api.test/x", "https://api.test/x", TestName = "Record_UrlWithoutQuery_IsKept")]
    [TestCase("https://api.test/x?token&lang=en", "https://api.test/x?token&lang=en", TestName = "Record_SecretParameterWithoutValue_IsKept")]
    [TestCase("https://api.test/x?password=p=q", "https://api.test/x?password=***", TestName = "Record_SecretValueHoldingEquals_IsMaskedWhole")]
    public async Task Record_QueryParameters_AreMaskedByName(string sent, string expected)
    {
        CassetteInteraction recorded = await RecordAsync(new CassetteOptions(), sent);

        recorded.Url.Should().Be(expected);
    }

    [Test]
    public async Task Record_EscapedParameterName_IsComparedUnescaped()
    {
        CassetteInteraction recorded = await RecordAsync(new CassetteOptions { SecretNameParts = ["api key"] }, "https://api.test/x?a=1&api%20key=k&b=2");

        recorded.Url.Should().Be("https://api.test/x?a=1&api%20key=***&b=2");
    }

    [Test]
    public void SecretNames_Null_ThrowsSayingHowToMaskNone() =>
        FluentActions.Invoking(() => new CassetteOptions { SecretNames = null! })
            .Should().Throw<ArgumentNullException>().WithParameterName("SecretNames")
            .WithMessage("SecretNames must not be null; use [] to mask nothing by its whole name.*");

    [Test]
    public void SecretNameParts_Null_ThrowsSayingHowToMaskNothing() =>
        FluentActions.Invoking(() => new CassetteOptions { SecretNameParts = null! })
            .Should().Throw<ArgumentNullException>().WithParameterName("SecretNameParts")
            .WithMessage("SecretNameParts must not be null; use [] to mask nothing by name part.*");

    [TestCase("")]
    [TestCase("a\nb")]
    [TestCase("a&b")]
    [TestCase("a=b")]
    [TestCase("a#b")]
    public void Mask_TextAUrlOrHeaderCannotCarry_ThrowsNamingIt(string mask) =>
        FluentActions.Invoking(() => new CassetteOptions { Mask = mask })
            .Should().Throw<ArgumentException>().WithParameterName("Mask")
            .WithMessage($"Mask '{mask}' must be non-empty text without spaces, line breaks, '&', '=' or '#', e.g. \"***\".*");

    [Test]
    public async Task Record_CustomMask_IsWrittenInsteadOfTheSecret()
    {
        CassetteInteraction recorded = await RecordAsync(new CassetteOptions { Mask = "[hidden]" }, "https://api.test/x?token=t1");

        recorded.RequestHeaders["Authorization"].Should().Equal("[hidden]");
        recorded.Url.Should().Be("https://api.test/x?token=[hidden]");
    }

    [TestCase("http://alice:s3cr3t-pw@api.test/x?lang=en", "http://alice:***@api.test/x?lang=en", TestName = "Record_UrlPassword_IsMasked")]
    [TestCase("http://alice:p%40ss@api.test:8080/x", "http://alice:***@api.test:8080/x", TestName = "Record_UrlPasswordHoldingAnEscapedAt_IsMaskedWhole")]
    [TestCase("http://alice@api.test:8080/x", "http://alice@api.test:8080/x", TestName = "Record_UrlUserWithoutPassword_IsKept")]
    public async Task Record_UrlUserInformation_ThePasswordIsMaskedEvenWithNoSecretNames(string sent, string expected)
    {
        Cassette recorded = await RecordCassetteAsync(new CassetteOptions { SecretNames = [], SecretNameParts = [] }, sent);

        recorded.Interactions.Single().Url.Should().Be(expected);
        recorded.ToJson().Should().NotContain("s3cr3t").And.NotContain("p%40ss");
    }

    [Test]
    public async Task ReplayInto_RecordedUrlPassword_MatchesARequestWithAnotherPassword()
    {
        Cassette recorded = await RecordCassetteAsync(new CassetteOptions(), "http://alice:s3cr3t-pw@api.test/x");
        using var handler = new FakeStatusHandler(new FakeStatusOptions { UseUrlConventions = false });
        recorded.ReplayInto(handler);
        using var client = new HttpClient(handler, disposeHandler: false);

        using HttpResponseMessage response = await client.GetAsync(new Uri("http://alice:other@api.test/x"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    private static async Task<CassetteInteraction> RecordAsync(CassetteOptions options, string url) =>
        (await RecordCassetteAsync(options, url)).Interactions.Single();

    private static async Task<Cassette> RecordCassetteAsync(CassetteOptions options, string url)
    {
        using var api = new FakeStatusHandler(new FakeStatusOptions { UseUrlConventions = false });
        api.When("/x").Respond(200, r => r
            .WithHeader("Set-Cookie", "session=s1")
            .WithHeader("X-Served-By", "edge-1")
            .WithHeader("Proxy-Connection", "keep-alive")
            .WithHeader("Keep-Alive", "timeout=5"));
        using var recorder = new CassetteRecorder(api, options: options);
        using var client = new HttpClient(recorder, disposeHandler: false);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url));
        request.Headers.TryAddWithoutValidation("Proxy-Authorization", "Basic cHJveHk=");
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer b1");
        request.Headers.TryAddWithoutValidation("X-Api-Key", "k1");
        request.Headers.TryAddWithoutValidation("X-Trace", "trace-1");

        using HttpResponseMessage response = await client.SendAsync(request);
        return recorder.Cassette;
    }
}
