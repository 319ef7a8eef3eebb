namespace FakeStatus.Tests.Handler;

public sealed class BodyRulesTests
{
    [TestCase(100)]
    [TestCase(101)]
    [TestCase(103)]
    [TestCase(204)]
    [TestCase(205)]
    [TestCase(304)]
    public async Task NoBodyCodes_HaveNoBodyAndNoContentType(int code)
    {
        using var handler = new FakeStatusHandler();
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));

        using HttpResponseMessage response = await client.GetAsync($"/{code}");

        ((int)response.StatusCode).Should().Be(code);
        (await response.Content.ReadAsByteArrayAsync()).Should().BeEmpty();
        response.Content.Headers.ContentType.Should().BeNull();
    }

    [Test]
    public async Task Head_HasNoBodyAndNoContentTypeButKeepsStatusAndDate()
    {
        using var handler = new FakeStatusHandler(TestClock.AtSeedTime());
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));
        using var request = new HttpRequestMessage(HttpMethod.Head, "/smtp/530");

        using HttpResponseMessage response = await client.SendAsync(request);

        ((int)response.StatusCode).Should().Be(530);
        response.ReasonPhrase.Should().Be("Authentication Required");
        response.Headers.Date.Should().Be(TestClock.SeedTime);
        (await response.Content.ReadAsByteArrayAsync()).Should().BeEmpty();
        response.Content.Headers.ContentType.Should().BeNull();
    }

    [Test]
    public async Task ThousandSequentialRequests_EachGetsFreshReadableContent()
    {
        using var handler = new FakeStatusHandler();
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));
        var contents = new HashSet<HttpContent>(ReferenceEqualityComparer.Instance);
        var responses = new HashSet<HttpResponseMessage>(ReferenceEqualityComparer.Instance);

        for (int i = 0; i < 1000; i++)
        {
            HttpResponseMessage response = await client.GetAsync("/smtp/530");
            (await response.Content.ReadAsStringAsync()).Should().HaveLength(63);
            contents.Add(response.Content).Should().BeTrue("content #{0} must be new", i);
            responses.Add(response).Should().BeTrue();
            response.Dispose();
        }

        handler.Requests.Should().HaveCount(1000);
    }

    [Test]
    public async Task DisposingOneResponse_LeavesAnotherReadable()
    {
        using var handler = new FakeStatusHandler();
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));

        using HttpResponseMessage first = await client.GetAsync("/503");
        HttpResponseMessage second = await client.GetAsync("/503");
        second.Dispose();

        (await first.Content.ReadAsStringAsync()).Should().Contain("Service Unavailable");
    }

    [TestCase(429, "Retry-After", "1")]
    [TestCase(503, "Retry-After", "1")]
    [TestCase(401, "WWW-Authenticate", "Bearer realm=\"fakestatus\"")]
    [TestCase(405, "Allow", "GET, HEAD")]
    public async Task DefinitionHeaders_AreSentByDefault(int code, string name, string value)
    {
        using var handler = new FakeStatusHandler();
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));

        using HttpResponseMessage response = await client.GetAsync($"/{code}");

        IEnumerable<string> values = response.Headers.TryGetValues(name, out var h) ? h : response.Content.Headers.GetValues(name);
        string.Join(", ", values).Should().Be(value);
    }
}
