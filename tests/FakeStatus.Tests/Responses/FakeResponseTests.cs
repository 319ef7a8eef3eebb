namespace FakeStatus.Tests.Responses;

public sealed class FakeResponseTests
{
    [TestCase("/smtp/530", "smtp", 530)]
    [TestCase("/503", "http", 503)]
    [TestCase("/cloudflare/530", "http", 530)]
    [TestCase("/204", "http", 204)]
    public async Task CreateFor_SameDefinitionAsHandler_IsByteForByteTheHandlersResponse(string path, string protocol, int code)
    {
        var time = TestClock.AtSeedTime();
        using var handler = new FakeStatusHandler(time);
        // An invoker, not an HttpClient: HttpClient buffers the content and adds Content-Length, which would hide a difference.
        using var invoker = new HttpMessageInvoker(handler, disposeHandler: false);
        StatusDefinition definition = StatusCatalog.Default.Get(protocol, code);
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://fake.test" + path);

        using HttpResponseMessage fromHandler = await invoker.SendAsync(request, CancellationToken.None);
        using HttpResponseMessage fromFactory = new FakeResponse(definition, time).CreateFor(request);

        (await RawResponse.FormatAsync(fromFactory)).Should().Be(await RawResponse.FormatAsync(fromHandler));
    }

    [Test]
    public async Task CreateFor_CalledTwice_GivesFreshContentEachTime()
    {
        var response = new FakeResponse(StatusCatalog.Default.Get("smtp", 530));
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://fake.test/login");

        HttpResponseMessage first = response.CreateFor(request);
        string firstBody = await first.Content.ReadAsStringAsync();
        first.Dispose();
        using HttpResponseMessage second = response.CreateFor(request);

        (await second.Content.ReadAsStringAsync()).Should().Be(firstBody).And.Contain("Authentication Required");
        second.Should().NotBeSameAs(first);
        second.RequestMessage.Should().BeSameAs(request);
    }

    [Test]
    public void CreateFor_HeadRequest_HasNoBody()
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, "https://fake.test/x");

        using HttpResponseMessage response = FakeResponse.Create(StatusCatalog.Default.Get(503), request);

        response.Content.Headers.ContentLength.Should().NotBe(63);
        response.Headers.RetryAfter!.ToString().Should().Be("1", "the catalog's Retry-After: 120 is cut to one second by default");
        ((int)response.StatusCode).Should().Be(503);
    }

    [Test]
    public void Create_DateHeader_ComesFromTheGivenClock()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://fake.test/x");

        using HttpResponseMessage response = FakeResponse.Create(StatusCatalog.Default.Get(200), request, TestClock.AtSeedTime());

        response.Headers.GetValues("Date").Should().Equal("Wed, 25 Feb 2026 12:00:00 GMT");
    }

    [Test]
    public void Constructor_NullDefinition_ThrowsNamingIt()
    {
        Action act = () => _ = new FakeResponse(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("definition");
    }

    [Test]
    public void CreateFor_NullRequest_ThrowsNamingIt()
    {
        var response = new FakeResponse(StatusCatalog.Default.Get(200));

        Action act = () => response.CreateFor(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("request");
    }
}
