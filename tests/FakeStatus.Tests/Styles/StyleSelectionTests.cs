using System.Xml.Linq;

namespace FakeStatus.Tests.Styles;

public sealed class StyleSelectionTests
{
    private static readonly Uri Base = new("https://api.test");

    [Test]
    public async Task Convention_NoStyle_KeepsTheCanonicalBodyByteForByte()
    {
        using var handler = new FakeStatusHandler(TestClock.AtSeedTime());
        using HttpClient client = handler.ToHttpClient(Base);

        using HttpResponseMessage response = await client.GetAsync("/503");

        (await response.Content.ReadAsStringAsync()).Should().Be("{\"error\": \"server_error\", \"message\": \"Service Unavailable\"}");
        response.Content.Headers.ContentType!.ToString().Should().Be("application/json");
        response.Headers.Contains("x-ms-error-code").Should().BeFalse();
    }

    [Test]
    public async Task UrlPrefix_AzureStorage503_AnswersServerBusyInXmlAndKeepsRetryAfter()
    {
        using var handler = new FakeStatusHandler(TestClock.AtSeedTime());
        using HttpClient client = handler.ToHttpClient(Base);

        using HttpResponseMessage response = await client.GetAsync("/azure-storage/503");

        ((int)response.StatusCode).Should().Be(503);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/xml");
        response.Headers.GetValues("x-ms-error-code").Should().Equal("ServerBusy");
        response.Headers.Contains("Retry-After").Should().BeTrue();
        XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!.Element("Code")!.Value.Should().Be("ServerBusy");
    }

    [TestCase("/openai/status/429", 429, "x-request-id")]
    [TestCase("/OpenAI/429", 429, "x-request-id")]
    [TestCase("/aws-s3/503/bucket/key?sleep=0", 503, "x-amz-request-id")]
    [TestCase("/stripe/http/402", 402, "Request-Id")]
    public async Task UrlPrefix_OtherForms_AreReadAfterThePrefix(string path, int code, string header)
    {
        using var handler = new FakeStatusHandler(TestClock.AtSeedTime());
        using HttpClient client = handler.ToHttpClient(Base);

        using HttpResponseMessage response = await client.GetAsync(path);

        ((int)response.StatusCode).Should().Be(code);
        response.Headers.Contains(header).Should().BeTrue();
    }

    [Test]
    public async Task UrlPrefix_CatalogVendor_KeepsMeaningTheCatalogVendor()
    {
        using var handler = new FakeStatusHandler(TestClock.AtSeedTime());
        using HttpClient client = handler.ToHttpClient(Base);

        using HttpResponseMessage response = await client.GetAsync("/cloudflare/520");

        response.ReasonPhrase.Should().Be("Web server returns an unknown error");
        (await response.Content.ReadAsStringAsync()).Should().StartWith("{\"error\": \"server_error\"");
    }

    [Test]
    public async Task UrlPrefix_Success_KeepsTheCanonicalResponse()
    {
        using var handler = new FakeStatusHandler(TestClock.AtSeedTime());
        using HttpClient client = handler.ToHttpClient(Base);

        using HttpResponseMessage response = await client.GetAsync("/google/200");

        (await response.Content.ReadAsStringAsync()).Should().Be("{\"error\": \"success\", \"message\": \"OK\"}");
    }

    [TestCase("/azure-storage")]
    [TestCase("/azure-storage/blob")]
    [TestCase("/azure-storage/5x3")]
    public async Task UrlPrefix_WithoutAStatus_IsUnmatched(string path)
    {
        using var handler = new FakeStatusHandler(TestClock.AtSeedTime());
        using HttpClient client = handler.ToHttpClient(Base);

        Func<Task> act = () => client.GetAsync(path);

        await act.Should().ThrowAsync<UnmatchedRequestException>();
    }

    [Test]
    public async Task UrlPrefix_MalformedStatus_Answers400SayingWhy()
    {
        using var handler = new FakeStatusHandler(TestClock.AtSeedTime());
        using HttpClient client = handler.ToHttpClient(Base);

        using HttpResponseMessage response = await client.GetAsync("/azure-storage/5034");

        ((int)response.StatusCode).Should().Be(400);
        (await response.Content.ReadAsStringAsync()).Should().Match("*'5034' where a status code belongs*");
    }

    [Test]
    public async Task HandlerStyle_AppliesToConventionsAndRoutes_ButNotToSuccess()
    {
        using var handler = new FakeStatusHandler(new FakeStatusOptions { TimeProvider = TestClock.AtSeedTime(), ErrorStyle = ErrorStyle.Google });
        handler.When("/v1/things/{id}").Respond(404);
        handler.When("/v1/ok").Respond(200);
        using HttpClient client = handler.ToHttpClient(Base);

        using HttpResponseMessage convention = await client.GetAsync("/503");
        using HttpResponseMessage route = await client.GetAsync("/v1/things/7");
        using HttpResponseMessage ok = await client.GetAsync("/v1/ok");

        (await convention.Content.ReadAsStringAsync()).Should().Contain("\"status\": \"UNAVAILABLE\"");
        (await route.Content.ReadAsStringAsync()).Should().Contain("\"status\": \"NOT_FOUND\"");
        (await ok.Content.ReadAsStringAsync()).Should().Be("{\"error\": \"success\", \"message\": \"OK\"}");
    }

    [Test]
    public async Task HandlerStyle_UserStyleFromJson_AnswersInItsShape()
    {
        ErrorStyle acme = ErrorStyle.Parse(
            """{"name": "acme", "contentType": "application/xml", "body": "<fault code=\"{{code}}\">{{reasonPhrase}}</fault>", "headers": {"Acme-Error": "{{code}}"}, "fields": {"code": "E{{status}}"}, "statuses": {"429": {"code": "SLOW_DOWN"}}}""",
            "acme.json");
        using var handler = new FakeStatusHandler(new FakeStatusOptions { ErrorStyle = acme });
        using HttpClient client = handler.ToHttpClient(Base);

        using HttpResponseMessage limited = await client.GetAsync("/429");
        using HttpResponseMessage teapot = await client.GetAsync("/418");

        (await limited.Content.ReadAsStringAsync()).Should().Be("<fault code=\"SLOW_DOWN\">Too Many Requests</fault>");
        limited.Content.Headers.ContentType!.MediaType.Should().Be("application/xml");
        teapot.Headers.GetValues("Acme-Error").Should().Equal("E418");
    }

    [Test]
    public async Task HandlerStyle_MalformedConvention_KeepsFakeStatussOwn400()
    {
        using var handler = new FakeStatusHandler(new FakeStatusOptions { ErrorStyle = ErrorStyle.AzureRest });
        using HttpClient client = handler.ToHttpClient(Base);

        using HttpResponseMessage response = await client.GetAsync("/status/5034");

        ((int)response.StatusCode).Should().Be(400);
        (await response.Content.ReadAsStringAsync()).Should().StartWith("{\"error\": \"client_error\", \"message\": \"Bad Request\", \"detail\": ");
    }

    [Test]
    public async Task HandlerStyle_UrlPrefix_Wins()
    {
        using var handler = new FakeStatusHandler(new FakeStatusOptions { ErrorStyle = ErrorStyle.Google });
        using HttpClient client = handler.ToHttpClient(Base);

        using HttpResponseMessage response = await client.GetAsync("/aws-s3/503");

        XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!.Element("Code")!.Value.Should().Be("SlowDown");
    }

    [Test]
    public async Task HandlerStyle_RouteBody_Wins()
    {
        using var handler = new FakeStatusHandler(new FakeStatusOptions { ErrorStyle = ErrorStyle.Google });
        handler.When("/plain").Respond(500, r => r.WithCanonicalBody());
        handler.When("/stripe").Respond(500, r => r.WithErrorStyle(ErrorStyle.Stripe));
        using HttpClient client = handler.ToHttpClient(Base);

        using HttpResponseMessage plain = await client.GetAsync("/plain");
        using HttpResponseMessage stripe = await client.GetAsync("/stripe");

        (await plain.Content.ReadAsStringAsync()).Should().Be("{\"error\": \"server_error\", \"message\": \"Internal Server Error\"}");
        (await stripe.Content.ReadAsStringAsync()).Should().Contain("\"type\": \"api_error\"");
        stripe.Headers.GetValues("Stripe-Should-Retry").Should().Equal("true");
    }

    [Test]
    public async Task WithErrorStyle_ErrorCodeAndMessage_ReplaceTheStylesDefaults()
    {
        using var handler = new FakeStatusHandler();
        handler.When("/container/blob").Respond(404, r => r.WithErrorStyle(ErrorStyle.AzureStorage, errorCode: "BlobNotFound", message: "The specified blob does not exist."));
        using HttpClient client = handler.ToHttpClient(Base);

        using HttpResponseMessage response = await client.GetAsync("/container/blob");

        response.Headers.GetValues("x-ms-error-code").Should().Equal("BlobNotFound");
        XElement error = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
        error.Element("Code")!.Value.Should().Be("BlobNotFound");
        error.Element("Message")!.Value.Should().StartWith("The specified blob does not exist.");
    }

    [Test]
    public async Task WithErrorStyle_LaterWithCalls_ChangeTheResult()
    {
        using var handler = new FakeStatusHandler();
        handler.When("/x").Respond(503, r => r.WithErrorStyle(ErrorStyle.OpenAI).WithRetryAfter(TimeSpan.Zero).WithoutHeader("openai-processing-ms"));
        using HttpClient client = handler.ToHttpClient(Base);

        using HttpResponseMessage response = await client.GetAsync("/x");

        response.Headers.GetValues("Retry-After").Should().Equal("0");
        response.Headers.Contains("openai-processing-ms").Should().BeFalse();
        response.Headers.GetValues("x-request-id").Should().Equal("req_fakestatus000000000000000503");
    }

    [Test]
    public void WithErrorStyle_CodeOnAStyleWithoutACodeField_ThrowsNamingTheFields()
    {
        using var handler = new FakeStatusHandler();

        Action act = () => handler.When("/x").Respond(404, r => r.WithErrorStyle(ErrorStyle.GitHub, errorCode: "nope"));

        act.Should().Throw<ArgumentException>().WithMessage("*'github' has no 'code' field*message, documentationUrl*").Which.ParamName.Should().Be("errorCode");
    }

    [Test]
    public void WithErrorStyle_Null_Throws()
    {
        using var handler = new FakeStatusHandler();

        Action act = () => handler.When("/x").Respond(404, r => r.WithErrorStyle(null!));

        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("style");
    }

    [Test]
    public void WithErrorStyle_CodeWithLineBreak_Throws()
    {
        using var handler = new FakeStatusHandler();

        Action act = () => handler.When("/x").Respond(404, r => r.WithErrorStyle(ErrorStyle.AzureRest, errorCode: "A\r\nX-Injected: 1"));

        act.Should().Throw<ArgumentException>().WithMessage("*CR or LF*").Which.ParamName.Should().Be("errorCode");
    }
}
