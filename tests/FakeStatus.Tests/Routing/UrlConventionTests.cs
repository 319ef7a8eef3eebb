namespace FakeStatus.Tests.Routing;

public sealed class UrlConventionTests
{
    private FakeStatusHandler _handler = null!;
    private HttpClient _client = null!;

    [SetUp]
    public void SetUp()
    {
        _handler = new FakeStatusHandler(TestClock.AtSeedTime());
        _client = _handler.ToHttpClient(new Uri("https://any.host.example"));
    }

    [TearDown]
    public void TearDown()
    {
        _client.Dispose();
        _handler.Dispose();
    }

    [TestCase("/503", 503, "Service Unavailable")]
    [TestCase("/status/503", 503, "Service Unavailable")]
    [TestCase("/http/503", 503, "Service Unavailable")]
    [TestCase("/HTTP/503", 503, "Service Unavailable")]
    [TestCase("/smtp/530", 530, "Authentication Required")]
    [TestCase("/SMTP/530", 530, "Authentication Required")]
    [TestCase("/ftp/530", 530, "Not logged in")]
    [TestCase("/530", 530, "Origin DNS error")]
    [TestCase("/pantheon/530", 530, "Site is frozen")]
    [TestCase("/cloudflare/530", 530, "Origin DNS error")]
    [TestCase("/http/530?variant=pantheon", 530, "Site is frozen")]
    [TestCase("/503/anything/here", 503, "Service Unavailable")]
    [TestCase("/status/404/deep/path?x=1", 404, "Not Found")]
    [TestCase("/777", 777, "Unknown Status Code")]
    [TestCase("/smtp/299", 299, "Unknown Status Code")]
    public async Task Path_SelectsStatusAndReasonPhrase(string path, int code, string reason)
    {
        using HttpResponseMessage response = await _client.GetAsync(path);

        ((int)response.StatusCode).Should().Be(code);
        response.ReasonPhrase.Should().Be(reason);
    }

    [TestCase("PUT")]
    [TestCase("DELETE")]
    [TestCase("PATCH")]
    [TestCase("OPTIONS")]
    public async Task AnyMethod_IsAnswered(string method)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), "/smtp/530");

        using HttpResponseMessage response = await _client.SendAsync(request);

        ((int)response.StatusCode).Should().Be(530);
    }

    [TestCase("/status/1000", "'1000'")]
    [TestCase("/status/5034", "'5034'")]
    [TestCase("/smtp/530x", "'530x'")]
    [TestCase("/pantheon/530abc", "'530abc'")]
    public async Task MalformedCode_Answers400WithExplanation(string path, string shown)
    {
        using HttpResponseMessage response = await _client.GetAsync(path);
        string body = await response.Content.ReadAsStringAsync();

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        body.Should().StartWith("{\"error\": \"client_error\", \"message\": \"Bad Request\", \"detail\": ");
        body.Should().Contain(shown).And.Contain("whole number from 100 to 999");
    }

    [TestCase("/status")]
    [TestCase("/status/abc")]
    [TestCase("/2/tweets")]
    [TestCase("/ftp/files")]
    [TestCase("/api/users/42")]
    [TestCase("/smtp/abc")]
    [TestCase("/smtp/")]
    [TestCase("/99")]
    [TestCase("/-5")]
    [TestCase("/0530")]
    [TestCase("/random")]
    [TestCase("/random/abc")]
    [TestCase("/pantheon/login")]
    public async Task NotAConvention_IsUnmatched_WithAndWithoutRoutes(string path)
    {
        Func<Task> withoutRoutes = () => _client.GetAsync(path);
        (await withoutRoutes.Should().ThrowAsync<UnmatchedRequestException>()).Which.Uri!.AbsolutePath.Should().Be(path);

        using var handler = new FakeStatusHandler();
        handler.When("/orders/{id}").Respond(200);
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));
        Func<Task> withRoutes = () => client.GetAsync(path);
        await withRoutes.Should().ThrowAsync<UnmatchedRequestException>();
        handler.Requests.Should().ContainSingle().Which.Outcome.Should().Be(RequestOutcome.Unmatched);
        FluentActions.Invoking(handler.VerifyNoUnmatchedRequests).Should().Throw<FakeStatusVerificationException>().WithMessage($"*{path}*");
    }

    [TestCase("/503?sleep=abc", "sleep='abc'")]
    [TestCase("/503?sleep=-1", "sleep='-1'")]
    [TestCase("/503?sleep=300001", "from 0 to 300000")]
    [TestCase("/530?variant=nope", "no variant 'nope'")]
    [TestCase("/530?variant=bad%20name", "variant='bad name'")]
    public async Task MalformedQuery_Answers400WithExplanation(string path, string expected)
    {
        using HttpResponseMessage response = await _client.GetAsync(path);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain(expected);
    }

    [TestCase("/")]
    [TestCase("/users/42")]
    [TestCase("/gopher/530")]
    public async Task PathFittingNoConvention_ThrowsUnmatchedRequestExceptionNamingTheRequest(string path)
    {
        Func<Task> act = () => _client.DeleteAsync(path);

        var thrown = await act.Should().ThrowAsync<UnmatchedRequestException>();
        thrown.Which.Message.Should().Contain("DELETE https://any.host.example" + path)
            .And.Contain("URL conventions answer paths such as /503, /status/429 or /smtp/530");
        thrown.Which.Method.Should().Be(HttpMethod.Delete);
        thrown.Which.Should().BeAssignableTo<InvalidOperationException>();
    }

    [Test]
    public async Task ConventionsSwitchedOff_EveryRequestIsUnmatched()
    {
        using var handler = new FakeStatusHandler(new FakeStatusOptions { UseUrlConventions = false });
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));

        Func<Task> act = () => client.GetAsync("/smtp/530");

        (await act.Should().ThrowAsync<UnmatchedRequestException>()).Which.Message.Should().Contain("switched off");
    }
}
