using System.Text;

namespace FakeStatus.Tests.Responses;

/// <summary>
/// The template's edges: which responses carry a body and of what type, how many body bytes the realism check is told were
/// sent, the reason phrase only below HTTP/2, and problem details that keep an instance they were given.
/// </summary>
public sealed class ResponseTemplateEdgeTests
{
    private static readonly byte[] Abc = "abc"u8.ToArray();

    [TestCase("bytes", "GET", false, 3L)]
    [TestCase("bytes", "HEAD", false, 0L)]
    [TestCase("bytes", "GET", true, 0L)]
    [TestCase("none", "GET", false, 0L)]
    [TestCase("per request", "GET", false, null)]
    [TestCase("per request", "HEAD", false, 0L)]
    [TestCase("per request", "GET", true, 0L)]
    public void SentBodyLength_EachKindOfBody_IsTheBytesSentOrNullWhenMadePerRequest(string body, string method, bool suppressBody, long? expected)
    {
        ResponseTemplate template = body switch
        {
            "bytes" => new ResponseTemplate(200, "OK", Abc, "text/plain", []),
            "none" => new ResponseTemplate(204, "No Content", null, null, []),
            _ => new ResponseTemplate(200, "OK", null, null, [], contentFactory: _ => new ByteArrayContent(Abc)),
        };

        template.SentBodyLength(new HttpMethod(method), suppressBody).Should().Be(expected);
    }

    [TestCase("smtp", 530, "Canonical", "application/json", "{\"error\": \"server_error\", \"message\": \"Authentication Required\"}")]
    [TestCase("smtp", 530, "Text", "text/plain; charset=utf-8", "530 Authentication Required")]
    [TestCase("smtp", 530, "Problem", "application/problem+json", "{\"type\": \"about:blank\", \"title\": \"Authentication Required\", \"status\": 530, \"instance\": \"/login\"}")]
    [TestCase("http", 204, "Canonical", null, "")]
    [TestCase("http", 204, "Text", null, "")]
    [TestCase("http", 204, "Problem", null, "")]
    public async Task Create_EachBodyForm_SendsItsBodyOnlyWhereTheStatusAllowsOne(string protocol, int code, string form, string? contentType, string body)
    {
        StatusDefinition definition = StatusCatalog.Default.Get(protocol, code);
        ResponseTemplate template = form switch
        {
            "Canonical" => ResponseTemplate.Canonical(definition),
            "Text" => ResponseTemplate.Text(definition),
            _ => ResponseTemplate.Problem(definition),
        };
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://fake.test/login");

        using HttpResponseMessage response = template.Create(request, TestClock.SeedTime, realisticWaits: false);

        template.Status.Should().BeSameAs(definition);
        template.SentBodyLength(HttpMethod.Get, suppressBody: false).Should().Be(body.Length == 0 ? 0 : (form == "Problem" ? null : Encoding.UTF8.GetByteCount(body)));
        (response.Content.Headers.ContentType?.ToString()).Should().Be(contentType);
        (await response.Content.ReadAsStringAsync()).Should().Be(body);
    }

    [TestCase(1, 0, "Authentication Required")]
    [TestCase(1, 1, "Authentication Required")]
    [TestCase(2, 0, null)]
    [TestCase(3, 0, null)]
    public void Create_ReasonPhrase_IsSentOnlyBelowHttp2(int major, int minor, string? expected)
    {
        ResponseTemplate template = ResponseTemplate.Canonical(StatusCatalog.Default.Get("smtp", 530));
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://fake.test/login") { Version = new Version(major, minor) };

        using HttpResponseMessage response = template.Create(request, TestClock.SeedTime, realisticWaits: false);

        response.ReasonPhrase.Should().Be(expected);
        response.Version.Should().Be(new Version(major, minor));
        response.RequestMessage.Should().BeSameAs(request);
        response.Headers.GetValues("Date").Should().Equal("Wed, 25 Feb 2026 12:00:00 GMT");
    }

    [TestCase("GET", true)]
    [TestCase("HEAD", false)]
    [TestCase("POST", false)]
    public async Task Create_SuppressedOrHeadOrPlain_SendsTheBodyOnlyWhenNeither(string method, bool suppressBody)
    {
        var template = new ResponseTemplate(200, "OK", Abc, "text/plain", []);
        using var request = new HttpRequestMessage(new HttpMethod(method), "https://fake.test/x");

        using HttpResponseMessage response = template.Create(request, TestClock.SeedTime, realisticWaits: false, suppressBody);

        string expected = method == "POST" ? "abc" : string.Empty;
        (await response.Content.ReadAsStringAsync()).Should().Be(expected);
        (response.Content.Headers.ContentType is null).Should().Be(expected.Length == 0);
    }

    [Test]
    public async Task ProblemDetailsFactory_GivenAnInstance_KeepsItOverTheRequestPath()
    {
        Func<HttpRequestMessage, HttpContent> factory = ProblemDetailsBody.Factory(409, "Conflict", null, null, "/orders/7/lock");
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://fake.test/orders/7");

        using HttpContent content = factory(request);

        (await content.ReadAsStringAsync()).Should().Be(
            "{\"type\": \"about:blank\", \"title\": \"Conflict\", \"status\": 409, \"instance\": \"/orders/7/lock\"}");
    }

    [TestCase("Last-Modified", true)]
    [TestCase("last-modified", true)]
    [TestCase("Expires", true)]
    [TestCase("Allow", true)]
    [TestCase("Content-Type", true)]
    [TestCase("ETag", false)]
    [TestCase("Retry-After", false)]
    public void IsContentHeaderName_Name_SaysWhetherDotNetKeepsItOnTheContent(string name, bool expected) =>
        HeaderEntry.IsContentHeaderName(name).Should().Be(expected);
}
