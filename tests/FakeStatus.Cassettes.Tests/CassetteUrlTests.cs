namespace FakeStatus.Cassettes.Tests;

/// <summary>
/// A cassette written or edited by hand holds its URL as a person types it; replay compares it as a client sends it, so a
/// URL that means the same request matches, and one that does not still fails.
/// </summary>
public sealed class CassetteUrlTests
{
    [TestCase("https://api.test/items/{id}", "https://api.test/items/{id}")]
    [TestCase("https://API.Test/orders", "https://api.test/orders")]
    [TestCase("https://api.test:443/orders", "https://api.test/orders")]
    [TestCase("http://api.test:80/orders", "http://api.test/orders")]
    [TestCase("https://api.test", "https://api.test/")]
    [TestCase("https://api.test/search?q=a b", "https://api.test/search?q=a%20b")]
    [TestCase("https://api.test/orders#top", "https://api.test/orders")]
    [TestCase("https://api.test/orders?api_key=abc123", "https://api.test/orders?api_key=abc123")]
    [TestCase("https://api.test/orders", "https://api.test/orders#top")]
    public async Task ReplayInto_UrlWrittenAsAPersonTypesIt_MatchesTheRequestAClientSends(string written, string sent)
    {
        using var handler = new FakeStatusHandler(new FakeStatusOptions { UseUrlConventions = false });
        Cassette.Parse(CassetteOf(written)).ReplayInto(handler);
        using HttpClient client = handler.ToHttpClient();

        using HttpResponseMessage response = await client.GetAsync(new Uri(sent));

        response.StatusCode.Should().Be(HttpStatusCode.Accepted);
    }

    [TestCase("https://api.test/items/{id}", "https://api.test/items/7")]
    [TestCase("https://api.test/orders", "https://api.test:8443/orders")]
    [TestCase("https://api.test/search?q=a b", "https://api.test/search?q=a+b")]
    [TestCase("https://api.test/orders", "http://api.test/orders")]
    public async Task ReplayInto_UrlThatMeansAnotherRequest_StaysUnmatched(string written, string sent)
    {
        using var handler = new FakeStatusHandler(new FakeStatusOptions { UseUrlConventions = false });
        Cassette.Parse(CassetteOf(written)).ReplayInto(handler);
        using HttpClient client = handler.ToHttpClient();

        Func<Task> send = () => client.GetAsync(new Uri(sent));

        await send.Should().ThrowAsync<UnmatchedRequestException>();
    }

    [Test]
    public void ReplayInto_HandWrittenUrl_NamesTheRouteByTheUrlAsSentWithSecretsMasked()
    {
        using var handler = new FakeStatusHandler();

        IReadOnlyList<FakeRoute> routes = Cassette.Parse(CassetteOf("https://API.test:443/items/{id}?api_key=abc123")).ReplayInto(handler);

        routes.Single().Name.Should().Be("GET https://api.test/items/%7Bid%7D?api_key=***");
    }

    private static string CassetteOf(string url) => $$"""
        {
          "version": 1,
          "interactions": [
            { "request": { "method": "GET", "url": "{{url}}" },
              "response": { "status": 202, "reasonPhrase": "Accepted", "headers": {}, "body": "" } }
          ]
        }
        """;
}
