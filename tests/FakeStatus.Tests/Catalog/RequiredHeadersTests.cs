namespace FakeStatus.Tests.Catalog;

/// <summary>Codes whose specification calls for a header carry a realistic one, in the definition and on the wire.</summary>
public sealed class RequiredHeadersTests
{
    [TestCase(101, "Upgrade")]
    [TestCase(201, "Location")]
    [TestCase(300, "Location")]
    [TestCase(301, "Location")]
    [TestCase(302, "Location")]
    [TestCase(303, "Location")]
    [TestCase(305, "Location")]
    [TestCase(307, "Location")]
    [TestCase(308, "Location")]
    [TestCase(401, "WWW-Authenticate")]
    [TestCase(405, "Allow")]
    [TestCase(407, "Proxy-Authenticate")]
    [TestCase(416, "Content-Range")]
    [TestCase(426, "Upgrade")]
    [TestCase(429, "Retry-After")]
    [TestCase(503, "Retry-After")]
    public async Task Code_CarriesItsRequiredHeader(int code, string header)
    {
        StatusDefinition definition = StatusCatalog.Default.Get(code);
        definition.Headers.Should().ContainKey(header);
        // Realistic waits, so Retry-After arrives as the catalog gives it rather than cut to one second.
        using var handler = new FakeStatusHandler(new FakeStatusOptions { RealisticRetryAfter = true });
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));

        using HttpResponseMessage response = await client.GetAsync($"/{code}");

        HeaderValue(response, header).Should().Be(definition.Headers[header]);
    }

    [Test]
    public void HeaderValues_AreWellFormed()
    {
        StatusCatalog registry = StatusCatalog.Default;

        int.Parse(registry.Get(429).Headers["Retry-After"], System.Globalization.CultureInfo.InvariantCulture).Should().BePositive();
        int.Parse(registry.Get(503).Headers["Retry-After"], System.Globalization.CultureInfo.InvariantCulture).Should().BePositive();
        registry.Get(401).Headers["WWW-Authenticate"].Should().MatchRegex("^[A-Za-z]+ realm=\".+\"");
        registry.Get(407).Headers["Proxy-Authenticate"].Should().MatchRegex("^[A-Za-z]+ realm=\".+\"");
        registry.Get(405).Headers["Allow"].Should().MatchRegex("^[A-Z]+(, [A-Z]+)*$");
        registry.Get(416).Headers["Content-Range"].Should().MatchRegex(@"^bytes \*/\d+$");
        registry.Get(301).Headers["Location"].Should().StartWith("/", "a relative reference resolves against the request URI");
    }

    [Test]
    public void EveryRedirection_ExceptNotModifiedAndUnused_HasALocation() =>
        StatusCases.HttpRedirections.Where(d => d.Code is not 304 and not 306)
            .Should().OnlyContain(d => d.Headers.ContainsKey("Location"));

    private static string? HeaderValue(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out IEnumerable<string>? values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : null;
}
