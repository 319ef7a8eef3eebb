namespace FakeStatus.Tests.Realism;

/// <summary>Each rule's exact words, and the codes at the edges of each rule.</summary>
public sealed class RealismWordingTests
{
    [TestCase(100, "100 with a body: a 100 response never has one")]
    [TestCase(199, "199 with a body: a 199 response never has one")]
    [TestCase(204, "204 with a body: a 204 response never has one")]
    [TestCase(304, "304 with a body: a 304 response never has one")]
    public void Check_BodyOnACodeThatNeverHasOne_SaysSo(int code, string expected)
    {
        using HttpResponseMessage response = Response(code, HttpMethod.Get, "{}");

        RealismRules.Check(response, null, 2).Should().Equal(expected);
    }

    [TestCase(200)]
    [TestCase(203)]
    [TestCase(205)]
    [TestCase(303)]
    [TestCase(404)]
    public void Check_BodyOnACodeThatMayHaveOne_IsFine(int code)
    {
        using HttpResponseMessage response = Response(code, HttpMethod.Get, "{}");
        response.Headers.TryAddWithoutValidation("Location", "/elsewhere");

        RealismRules.Check(response, null, 2).Should().BeEmpty();
    }

    [TestCase(401, "401 without WWW-Authenticate: a 401 must name the authentication scheme to use")]
    [TestCase(407, "407 without Proxy-Authenticate: a 407 must name the proxy's authentication scheme")]
    [TestCase(405, "405 without Allow: a 405 must list the methods the resource allows")]
    [TestCase(416, "416 without Content-Range: a 416 must give the current length as Content-Range: bytes */length")]
    [TestCase(301, "301 without Location: a redirect must say where to go")]
    [TestCase(302, "302 without Location: a redirect must say where to go")]
    [TestCase(303, "303 without Location: a redirect must say where to go")]
    [TestCase(307, "307 without Location: a redirect must say where to go")]
    [TestCase(308, "308 without Location: a redirect must say where to go")]
    public void Check_RequiredHeaderMissing_NamesItAndWhy(int code, string expected)
    {
        using HttpResponseMessage response = Response(code, HttpMethod.Get, body: null);

        RealismRules.Check(response, null, 0).Should().Equal(expected);
    }

    [TestCase(300)]
    [TestCase(304)]
    [TestCase(306)]
    [TestCase(400)]
    [TestCase(403)]
    public void Check_CodeWithoutARequiredHeader_NeedsNone(int code)
    {
        using HttpResponseMessage response = Response(code, HttpMethod.Get, body: null);

        RealismRules.Check(response, null, 0).Should().BeEmpty();
    }

    [Test]
    public void Check_BadRetryAfter_QuotesItAndSaysWhatIsValid()
    {
        using HttpResponseMessage response = Response(503, HttpMethod.Get, body: null);
        response.Headers.TryAddWithoutValidation("Retry-After", "soon");

        RealismRules.Check(response, null, 0).Should().Equal(
            "Retry-After 'soon' is neither delay-seconds (e.g. 120) nor an HTTP-date (e.g. Wed, 25 Feb 2026 12:00:00 GMT)");
    }

    [Test]
    public void Check_ContentLengthDisagreeingWithTheBody_GivesBoth()
    {
        using HttpResponseMessage response = Response(200, HttpMethod.Get, "{}");
        response.Content.Headers.ContentLength = 5;

        RealismRules.Check(response, null, 2).Should().Equal("Content-Length 5 but the body has 2 byte(s)");
    }

    [Test]
    public void Check_ContentLengthAgreeingWithTheBody_IsFine()
    {
        using HttpResponseMessage response = Response(200, HttpMethod.Get, "{}");
        response.Content.Headers.ContentLength = 2;

        RealismRules.Check(response, null, 2).Should().BeEmpty();
    }

    [Test]
    public void Check_ReasonPhraseOnHttp2_SaysTheClientNeverSeesIt()
    {
        using HttpResponseMessage response = Response(200, HttpMethod.Get, body: null);
        response.Version = HttpVersion.Version20;

        RealismRules.Check(response, "Fine", 0).Should().Equal(
            "reason phrase 'Fine' on HTTP/2: HTTP/2 and later have none, so the client never sees it");
    }

    [Test]
    public void Check_ReasonPhraseOnHttp11_IsFine()
    {
        using HttpResponseMessage response = Response(200, HttpMethod.Get, body: null);
        response.Version = HttpVersion.Version11;

        RealismRules.Check(response, "Fine", 0).Should().BeEmpty();
    }

    [Test]
    public void Check_HeadAnswerWithBody_SaysSoOnce()
    {
        using HttpResponseMessage response = Response(200, HttpMethod.Head, "{}");

        RealismRules.Check(response, null, 2).Should().Equal("a body in the answer to HEAD: a HEAD response never has one");
    }

    private static HttpResponseMessage Response(int code, HttpMethod method, string? body)
    {
        var response = new HttpResponseMessage((HttpStatusCode)code)
        {
            RequestMessage = new HttpRequestMessage(method, "https://api.test/x"),
        };
        if (body is not null)
        {
            response.Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        }

        return response;
    }
}
