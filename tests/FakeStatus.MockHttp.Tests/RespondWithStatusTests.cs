using Microsoft.Extensions.Time.Testing;

namespace FakeStatus.MockHttp.Tests;

public sealed class RespondWithStatusTests
{
    private static readonly Uri BaseAddress = new("https://api.test");

    private static FakeTimeProvider SeedClock() => new(new DateTimeOffset(2026, 2, 25, 12, 0, 0, TimeSpan.Zero));

    // Regression: MockHttp 7.1.0's Respond(HttpStatusCode, HttpContent) shares one content object between requests, so the
    // second response's body is already disposed. Each of ours is built fresh.
    [Test]
    public async Task RespondWithStatus_SameRouteTwice_BothResponsesReadTheirBody()
    {
        using var mockHttp = new MockHttpMessageHandler();
        mockHttp.When("/login").RespondWithStatus("smtp", 530);
        using HttpClient client = mockHttp.ToHttpClient();
        client.BaseAddress = BaseAddress;

        string first;
        using (HttpResponseMessage response = await client.PostAsync("/login", null))
        {
            first = await response.Content.ReadAsStringAsync();
        }

        using HttpResponseMessage second = await client.PostAsync("/login", null);

        (await second.Content.ReadAsStringAsync()).Should().Be(first)
            .And.Be("{\"error\": \"server_error\", \"message\": \"Authentication Required\"}");
    }

    [TestCase("smtp", 530, "/smtp/530")]
    [TestCase("http", 503, "/503")]
    [TestCase("ftp", 421, "/ftp/421")]
    [TestCase("http", 204, "/204")]
    [TestCase("http", 799, "/http/799")]
    public async Task RespondWithStatus_AnyRoute_IsByteForByteTheFakeStatusHandlerResponse(string protocol, int code, string conventionPath)
    {
        FakeTimeProvider time = SeedClock();
        using var fakeStatus = new FakeStatusHandler(time);
        using HttpClient fakeStatusClient = fakeStatus.ToHttpClient(BaseAddress);
        using var mockHttp = new MockHttpMessageHandler();
        StatusDefinition definition = StatusCatalog.Default.TryGet(protocol, code, out StatusDefinition? known)
            ? known
            : new StatusDefinition(protocol, code, StatusCatalog.UnknownReasonPhrase);
        mockHttp.When("/anything").RespondWithStatus(definition, time);
        using HttpClient mockClient = mockHttp.ToHttpClient();

        using HttpResponseMessage expected = await fakeStatusClient.GetAsync(conventionPath);
        using HttpResponseMessage actual = await mockClient.GetAsync(new Uri(BaseAddress, "/anything"));

        (await RawResponse.FormatAsync(actual)).Should().Be(await RawResponse.FormatAsync(expected));
    }

    [Test]
    public async Task RespondWithStatus_HttpCode_CarriesTheCatalogHeaders()
    {
        using var mockHttp = new MockHttpMessageHandler();
        mockHttp.When("/orders").RespondWithStatus(503);
        using HttpClient client = mockHttp.ToHttpClient();

        using HttpResponseMessage response = await client.GetAsync(new Uri(BaseAddress, "/orders"));

        ((int)response.StatusCode).Should().Be(503);
        response.ReasonPhrase.Should().Be("Service Unavailable");
        response.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromSeconds(1), "the catalog's Retry-After: 120 is cut to one second, as the handler does by default");
        response.Headers.Date.Should().NotBeNull();
    }

    [Test]
    public async Task RespondWithStatus_CodeTheCatalogLacks_AnswersUnknownStatusCodeAsTheConventionsDo()
    {
        using var mockHttp = new MockHttpMessageHandler();
        mockHttp.When("/odd").RespondWithStatus("smtp", 999);
        using HttpClient client = mockHttp.ToHttpClient();

        using HttpResponseMessage response = await client.GetAsync(new Uri(BaseAddress, "/odd"));

        ((int)response.StatusCode).Should().Be(999);
        response.ReasonPhrase.Should().Be(StatusCatalog.UnknownReasonPhrase);
    }

    [Test]
    public void RespondWithStatus_ReturnsTheRouteForChaining()
    {
        using var mockHttp = new MockHttpMessageHandler();
        MockedRequest route = mockHttp.When("/x");

        route.RespondWithStatus(200).Should().BeSameAs(route);
    }

    [Test]
    public async Task RespondWithStatus_CodeAndProtocolOverloads_DateTheResponseByTheGivenClock()
    {
        FakeTimeProvider time = SeedClock();
        using var mockHttp = new MockHttpMessageHandler();
        mockHttp.When("/http").RespondWithStatus(503, time);
        mockHttp.When("/smtp").RespondWithStatus("smtp", 530, time);
        using HttpClient client = mockHttp.ToHttpClient();

        using HttpResponseMessage http = await client.GetAsync(new Uri("https://fake.test/http"));
        using HttpResponseMessage smtp = await client.GetAsync(new Uri("https://fake.test/smtp"));

        http.Headers.Date.Should().Be(time.GetUtcNow());
        smtp.Headers.Date.Should().Be(time.GetUtcNow());
        ((int)smtp.StatusCode).Should().Be(530);
    }
}
