using System.Text;

namespace FakeStatus.Tests.Scenarios;

public sealed class ResponseCustomisationTests
{
    private FakeStatusHandler _handler = null!;
    private HttpClient _client = null!;

    [SetUp]
    public void SetUp()
    {
        _handler = new FakeStatusHandler(TestClock.AtSeedTime());
        _client = _handler.ToHttpClient(new Uri("https://api.test"));
    }

    [TearDown]
    public void TearDown()
    {
        _client.Dispose();
        _handler.Dispose();
    }

    [Test]
    public async Task DefaultRouteResponse_IsTheCanonicalResponse()
    {
        _handler.When("/login").Respond("smtp", 530);

        using HttpResponseMessage response = await _client.GetAsync("/login");

        (await RawResponse.FormatAsync(response)).Should().Be(
            "HTTP/1.1 530 Authentication Required\r\nContent-Type: application/json\r\nDate: Wed, 25 Feb 2026 12:00:00 GMT\r\nContent-Length: 63\r\n\r\n" +
            "{\"error\": \"server_error\", \"message\": \"Authentication Required\"}");
    }

    [Test]
    public async Task ReasonPhraseOverride_ChangesStatusLineAndMessage()
    {
        _handler.When("/x").Respond(503, r => r.WithReasonPhrase("Down For Maintenance"));

        using HttpResponseMessage response = await _client.GetAsync("/x");

        response.ReasonPhrase.Should().Be("Down For Maintenance");
        (await response.Content.ReadAsStringAsync()).Should().Be("{\"error\": \"server_error\", \"message\": \"Down For Maintenance\"}");
    }

    [Test]
    public async Task Http2Request_GetsNoReasonPhraseOnTheWire()
    {
        _handler.When("/x").Respond("smtp", 530);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/x") { Version = HttpVersion.Version20 };

        using HttpResponseMessage response = await _client.SendAsync(request);

        response.Version.Should().Be(HttpVersion.Version20);
        response.ReasonPhrase.Should().BeNull("530 has no built-in phrase and HTTP/2 carries none");
    }

    [Test]
    public async Task Headers_DefaultsOverriddenRemovedAndAdded()
    {
        _handler.When("/a").Respond(503);
        _handler.When("/b").Respond(503, r => r.WithRetryAfter(TimeSpan.FromSeconds(30)).WithHeader("X-Trace", "t-1"));
        _handler.When("/c").Respond(503, r => r.WithoutHeader("retry-after"));
        _handler.When("/d").Respond(302, r => r.WithLocation("/elsewhere"));

        using HttpResponseMessage a = await _client.GetAsync("/a");
        using HttpResponseMessage b = await _client.GetAsync("/b");
        using HttpResponseMessage c = await _client.GetAsync("/c");
        using HttpResponseMessage d = await _client.GetAsync("/d");

        a.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromSeconds(1), "the catalog's 120 is cut to one second by default");
        b.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromSeconds(30));
        b.Headers.GetValues("X-Trace").Should().Equal("t-1");
        c.Headers.RetryAfter.Should().BeNull();
        d.Headers.Location.Should().Be(new Uri("/elsewhere", UriKind.Relative));
    }

#if !FAKESTATUS_NETSTANDARD // HttpResponseMessage has trailing headers from .NET 5 only.
    [Test]
    public async Task TrailingHeaders_AreSetOnTheResponse()
    {
        _handler.When("/x").Respond(200, r => r.WithTrailingHeader("grpc-status", "0"));

        using HttpResponseMessage response = await _client.GetAsync("/x");

        response.TrailingHeaders.GetValues("grpc-status").Should().Equal("0");
    }
#endif

    [Test]
    public async Task ProblemDetails_FollowRfc9457WithTheRequestPathAsInstance()
    {
        _handler.When("/orders/{id}").Respond(409, r => r.WithProblemDetails("Order 7 is locked.", "https://errors.test/locked"));

        using HttpResponseMessage response = await _client.GetAsync("/orders/7");

        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await response.Content.ReadAsStringAsync()).Should().Be(
            "{\"type\": \"https://errors.test/locked\", \"title\": \"Conflict\", \"status\": 409, \"detail\": \"Order 7 is locked.\", \"instance\": \"/orders/7\"}");
    }

    [Test]
    public async Task TextNoneJsonAndRawBodies()
    {
        _handler.When("/text").Respond(503, r => r.WithTextBody());
        _handler.When("/none").Respond(503, r => r.WithNoBody());
        _handler.When("/json").Respond(200, r => r.WithJsonBody(new { Id = 7, Name = "x" }));
        _handler.When("/raw").Respond(200, r => r.WithBody(new byte[] { 1, 2, 3 }, "application/octet-stream"));

        using HttpResponseMessage text = await _client.GetAsync("/text");
        using HttpResponseMessage none = await _client.GetAsync("/none");
        using HttpResponseMessage json = await _client.GetAsync("/json");
        using HttpResponseMessage raw = await _client.GetAsync("/raw");

        (await text.Content.ReadAsStringAsync()).Should().Be("503 Service Unavailable");
        text.Content.Headers.ContentType!.MediaType.Should().Be("text/plain");
        (await none.Content.ReadAsByteArrayAsync()).Should().BeEmpty();
        none.Content.Headers.ContentType.Should().BeNull();
        (await json.Content.ReadAsStringAsync()).Should().Be("{\"id\":7,\"name\":\"x\"}");
        (await raw.Content.ReadAsByteArrayAsync()).Should().Equal(1, 2, 3);
    }

    [Test]
    public async Task StreamBody_IsFreshPerRequest_AndCanBeNonSeekable()
    {
        int opened = 0;
        _handler.When("/stream").Respond(200, r => r.WithStreamBody(
            () => { Interlocked.Increment(ref opened); return new MemoryStream(Encoding.UTF8.GetBytes("chunk")); },
            "text/plain",
            seekable: false));

        using HttpResponseMessage first = await _client.GetAsync("/stream", HttpCompletionOption.ResponseHeadersRead);
        using HttpResponseMessage second = await _client.GetAsync("/stream", HttpCompletionOption.ResponseHeadersRead);
        await using Stream stream = await first.Content.ReadAsStreamAsync();

        stream.CanSeek.Should().BeFalse();
        FluentActions.Invoking(() => stream.Length).Should().Throw<NotSupportedException>().WithMessage("*forward-only*");
        (await new StreamReader(stream).ReadToEndAsync()).Should().Be("chunk");
        (await second.Content.ReadAsStringAsync()).Should().Be("chunk");
        opened.Should().Be(2);
    }

    [Test]
    public async Task BodyEndingEarly_FailsTheReadLikeSocketsHttpHandler()
    {
        _handler.When("/cut").Respond(200, r => r.WithBodyEndingEarly(afterBytes: 10));

        using HttpResponseMessage response = await _client.GetAsync("/cut", HttpCompletionOption.ResponseHeadersRead);
        Func<Task> read = () => response.Content.ReadAsStringAsync();

        response.Content.Headers.ContentLength.Should().Be(37, "the length announced is the full canonical body of 200 OK");
        var thrown = await read.Should().ThrowAsync<HttpRequestException>();
#if FAKESTATUS_NETSTANDARD
        // The netstandard2.0 build has no HttpIOException: a plain IOException with the same message.
        thrown.Which.InnerException.Should().BeOfType<IOException>().Which.Message.Should().Be("The response ended prematurely.");
#else
        thrown.Which.HttpRequestError.Should().Be(HttpRequestError.ResponseEnded);
        thrown.Which.InnerException.Should().BeOfType<HttpIOException>().Which.HttpRequestError.Should().Be(HttpRequestError.ResponseEnded);
#endif
    }

    [Test]
    public async Task BodyEndingEarly_WithBufferingClient_FailsTheSend()
    {
        _handler.When("/cut").Respond(200, r => r.WithBodyEndingEarly());

        Func<Task> send = () => _client.GetAsync("/cut");

        var thrown = await send.Should().ThrowAsync<HttpRequestException>();
#if FAKESTATUS_NETSTANDARD
        thrown.Which.InnerException.Should().BeOfType<IOException>().Which.Message.Should().Be("The response ended prematurely.");
#else
        thrown.Which.HttpRequestError.Should().Be(HttpRequestError.ResponseEnded);
#endif
    }

    [Test]
    public void BodyEndingEarly_WithoutByteBody_FailsAtRegistration()
    {
        FluentActions.Invoking(() => _handler.When("/a").Respond(204, r => r.WithBodyEndingEarly()))
            .Should().Throw<InvalidOperationException>().WithMessage("*204 No Content has no body*");
        FluentActions.Invoking(() => _handler.When("/b").Respond(200, r => r.WithStreamBody(() => new MemoryStream(), "text/plain").WithBodyEndingEarly()))
            .Should().Throw<InvalidOperationException>().WithMessage("*made per request*");
        _handler.Routes.Should().BeEmpty();
    }

    [Test]
    public void Builder_BadInput_ThrowsNamingIt()
    {
        FluentActions.Invoking(() => _handler.When("/x").Respond(200, r => r.WithHeader("X-Bad", "a\r\nb"))).Should().Throw<ArgumentException>().WithMessage("*CR or LF*");
        FluentActions.Invoking(() => _handler.When("/x").Respond(200, r => r.WithHeader("Bad Name", "v"))).Should().Throw<ArgumentException>().WithMessage("*token*");
        FluentActions.Invoking(() => _handler.When("/x").Respond(200, r => r.WithReasonPhrase("a\nb"))).Should().Throw<ArgumentException>().WithParameterName("reasonPhrase");
        FluentActions.Invoking(() => _handler.When("/x").Respond(200, r => r.WithDelay(TimeSpan.FromHours(2)))).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*one hour*");
        FluentActions.Invoking(() => _handler.When("/x").Respond(200, r => r.WithDelay(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(1), 1))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("max");
        FluentActions.Invoking(() => _handler.When("/x").Respond(200, r => r.WithBody(new byte[1], ""))).Should().Throw<ArgumentException>().WithParameterName("contentType");
        _handler.Routes.Should().BeEmpty();
    }
}
