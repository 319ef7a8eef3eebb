namespace FakeStatus.Tests.Catalog;

/// <summary>Every meaning of a number that several sources define is reachable: in the API and through the URL conventions.</summary>
public sealed class SharedNumberTests
{
    private static readonly StatusCatalog Catalog = StatusCatalog.Default;

    /// <summary>Every meaning of every code that has more than one, in every protocol.</summary>
    private static IEnumerable<StatusDefinition> SharedMeanings =>
        Catalog.All.GroupBy(d => (d.Protocol, d.Code)).Where(g => g.Count() > 1).SelectMany(g => g);

    [TestCase("http", 420, "twitter", "spring")]
    [TestCase("http", 451, null, "iis")]
    [TestCase("http", 499, "nginx", "esri")]
    [TestCase("http", 530, "cloudflare", "pantheon")]
    [TestCase("smtp", 454, null, "rfc3207")]
    [TestCase("smtp", 500, null, "rfc4954")]
    [TestCase("smtp", 220, null, "rfc3207")]
    [TestCase("smtp", 503, null, "rfc4954")]
    [TestCase("smtp", 504, null, "rfc4954")]
    [TestCase("smtp", 554, null, "rfc3207")]
    [TestCase("smtp", 530, null, "rfc3207")]
    public void SharedNumber_HasOneDocumentedDefaultAndTheOtherMeaningByVariant(string protocol, int code, string? defaultVariant, string other)
    {
        IReadOnlyList<StatusDefinition> meanings = Catalog.VariantsOf(protocol, code);

        meanings.Should().HaveCount(2);
        meanings.Count(d => d.IsDefault).Should().Be(1);
        meanings[0].IsDefault.Should().BeTrue("VariantsOf lists the default first");
        Catalog.Get(protocol, code).Variant.Should().Be(defaultVariant);
        Catalog.Get(protocol, code, other).Should().BeSameAs(meanings[1]);
        Catalog.Get(protocol, code, other).IsDefault.Should().BeFalse();
    }

    [Test]
    public void SharedMeanings_AreExactlyTheKnownOnes() =>
        SharedMeanings.Select(d => $"{d.Protocol} {d.Code} {d.Variant ?? "-"}").Should().BeEquivalentTo(
            "http 420 twitter", "http 420 spring", "http 451 -", "http 451 iis", "http 499 nginx", "http 499 esri",
            "http 530 cloudflare", "http 530 pantheon", "smtp 454 -", "smtp 454 rfc3207", "smtp 500 -", "smtp 500 rfc4954",
            "smtp 220 -", "smtp 220 rfc3207", "smtp 501 -", "smtp 501 rfc3207", "smtp 501 rfc4954", "smtp 501 rfc4954-initial-response",
            "smtp 503 -", "smtp 503 rfc4954", "smtp 504 -", "smtp 504 rfc4954", "smtp 530 -", "smtp 530 rfc3207",
            "smtp 554 -", "smtp 554 rfc3207");

    [TestCaseSource(nameof(SharedMeanings))]
    public async Task SharedMeaning_IsReachableByVariantQuery(StatusDefinition meaning)
    {
        string path = meaning.Variant is null
            ? $"/{meaning.Protocol}/{meaning.Code}"
            : $"/{meaning.Protocol}/{meaning.Code}?variant={meaning.Variant}";

        (int status, string? reason) = await SendAsync(path);

        status.Should().Be(meaning.Code);
        reason.Should().Be(meaning.ReasonPhrase);
    }

    [TestCase("/530", 530, "Origin DNS error")]
    [TestCase("/cloudflare/530", 530, "Origin DNS error")]
    [TestCase("/pantheon/530", 530, "Site is frozen")]
    [TestCase("/http/530?variant=pantheon", 530, "Site is frozen")]
    [TestCase("/451", 451, "Unavailable For Legal Reasons")]
    [TestCase("/iis/451", 451, "Redirect")]
    [TestCase("/420", 420, "Enhance Your Calm")]
    [TestCase("/twitter/420", 420, "Enhance Your Calm")]
    [TestCase("/spring/420", 420, "Method Failure")]
    [TestCase("/499", 499, "Client Closed Request")]
    [TestCase("/esri/499", 499, "Token Required")]
    [TestCase("/nginx/499", 499, "Client Closed Request")]
    [TestCase("/smtp/530?variant=rfc3207", 530, "Must issue a STARTTLS command first")]
    [TestCase("/smtp/500?variant=rfc4954", 500, "Authentication Exchange line is too long")]
    public async Task VendorAndVariantUrls_AnswerThatMeaning(string path, int code, string reason)
    {
        (int status, string? actual) = await SendAsync(path);

        status.Should().Be(code);
        actual.Should().Be(reason);
    }

    [Test]
    public async Task IisRedirect_CarriesTheNewServerInXMsLocation()
    {
        // Each code as its own status, including those a real server never sends as one (see RealisticDeliveryTests).
        using var handler = new FakeStatusHandler(new FakeStatusOptions { RealisticDelivery = false });
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));

        using HttpResponseMessage response = await client.GetAsync("/iis/451");

        response.Headers.GetValues("X-MS-Location").Should().ContainSingle().Which.Should().StartWith("https://");
    }

    private static async Task<(int Status, string? Reason)> SendAsync(string path)
    {
        // Each code as its own status, including those a real server never sends as one (see RealisticDeliveryTests).
        using var handler = new FakeStatusHandler(new FakeStatusOptions { RealisticDelivery = false });
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));
        using HttpResponseMessage response = await client.GetAsync(path);
        return ((int)response.StatusCode, response.ReasonPhrase);
    }
}
