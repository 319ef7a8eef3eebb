namespace FakeStatus.Tests.Routing;

/// <summary>The URL conventions and their controls at the edges of each character range and limit.</summary>
public sealed class UrlConventionBoundaryTests
{
    [TestCase("/999", 999, TestName = "Path_CodeStartingWithNine_IsAStatus")]
    [TestCase("/status/199", 199, TestName = "Path_CodeEndingWithNine_IsAStatus")]
    public async Task Path_HighestDigits_AreReadAsACode(string path, int code)
    {
        using var handler = new FakeStatusHandler(TestClock.AtSeedTime());
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));

        using HttpResponseMessage response = await client.GetAsync(path);

        ((int)response.StatusCode).Should().Be(code);
    }

    [TestCase("/50x", TestName = "Path_ThirdCharacterNotADigit_IsNoConvention")]
    [TestCase("/status/20a", TestName = "Path_StatusWithThirdCharacterNotADigit_IsNoConvention")]
    public async Task Path_TwoDigitsThenALetter_IsUnmatchedNotMalformed(string path)
    {
        using var handler = new FakeStatusHandler(TestClock.AtSeedTime());
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));

        Func<Task> act = () => client.GetAsync(path);

        await act.Should().ThrowAsync<UnmatchedRequestException>();
    }

    [TestCase("/530?variant=z", "has no variant 'z'", TestName = "Variant_LowercaseZ_IsAValidName")]
    [TestCase("/530?variant=A", "has no variant 'a'", TestName = "Variant_UppercaseA_IsAValidNameReadInLowerCase")]
    [TestCase("/530?variant=Z", "has no variant 'z'", TestName = "Variant_UppercaseZ_IsAValidNameReadInLowerCase")]
    [TestCase("/530?variant=a_b", "variant='a_b' is not a valid variant name: expected ASCII letters, digits and '-', e.g. ?variant=pantheon.", TestName = "Variant_Underscore_IsNotAValidName")]
    [TestCase("/530?variant=a%7Eb", "variant='a~b' is not a valid variant name", TestName = "Variant_Tilde_IsNotAValidName")]
    public async Task Variant_NameAtTheEdgeOfTheLetters_IsReadOrRefused(string path, string expected)
    {
        using var handler = new FakeStatusHandler(TestClock.AtSeedTime());
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));

        using HttpResponseMessage response = await client.GetAsync(path);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain(expected);
    }

    [Test]
    public async Task Query_AfterARandomList_IsStillRead()
    {
        using var handler = new FakeStatusHandler(TestClock.AtSeedTime());
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));

        using HttpResponseMessage response = await client.GetAsync("/random/500,503?sleep=abc");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("sleep='abc' is not a valid delay");
    }

    [Test]
    public async Task StylePrefix_BeforeAnotherStylePrefix_TheInnerStyleAnswers()
    {
        using var handler = new FakeStatusHandler(TestClock.AtSeedTime());
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));

        using HttpResponseMessage response = await client.GetAsync("/openai/stripe/402");

        ((int)response.StatusCode).Should().Be(402);
        response.Headers.Contains("Request-Id").Should().BeTrue();
        response.Headers.Contains("x-request-id").Should().BeFalse();
    }

    [TestCase("0", true, 0)]
    [TestCase("300000", true, 300_000)]
    [TestCase("300001", false, 0)]
    public void TryParseSleep_AtTheLimits_AcceptsUpToFiveMinutes(string text, bool accepted, int milliseconds)
    {
        UrlConventions.TryParseSleep(text, out TimeSpan delay).Should().Be(accepted);

        delay.Should().Be(TimeSpan.FromMilliseconds(milliseconds));
    }

    [TestCase("X-HttpStatus-Response-", "x", TestName = "ResponseHeaderControl_PrefixWithNoName_IsIgnored")]
    [TestCase("X-Request-Correlation-Id", "abc", TestName = "ResponseHeaderControl_LongHeaderWithoutThePrefix_IsIgnored")]
    public async Task ResponseHeaderControl_NotAControlHeader_IsIgnored(string name, string value)
    {
        using HttpResponseMessage plain = await Get("/200");
        using HttpResponseMessage response = await Get("/200", (name, value));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        HeaderNames(response).Should().Equal(HeaderNames(plain));
    }

    [Test]
    public async Task ResponseHeaderControl_ValueWithALineBreak_Answers400NamingTheHeader()
    {
        using HttpResponseMessage response = await Get("/200", ("X-HttpStatus-Response-X-Note", "a\r\nSet-Cookie: b"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        // The body is JSON, so each backslash of the escaped CR and LF is doubled.
        (await response.Content.ReadAsStringAsync()).Should().Contain(
            "X-HttpStatus-Response-X-Note: 'a\\\\r\\\\nSet-Cookie: b' contains CR or LF, which would inject a header; send a single-line value.");
    }

    [TestCase("application/json, text/plain", "Json")]
    [TestCase("*/*, text/plain", "Json")]
    [TestCase("application/*, text/plain", "Json")]
    public void Negotiate_JsonRangeListedFirst_WinsTheTie(string accept, string expected)
    {
        ConventionHeaders.Negotiate(accept).ToString().Should().Be(expected);
    }

    private static async Task<HttpResponseMessage> Get(string path, params (string Name, string Value)[] headers)
    {
        using var handler = new FakeStatusHandler(TestClock.AtSeedTime());
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        foreach ((string name, string value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value).Should().BeTrue();
        }

        return await client.SendAsync(request);
    }

    private static string[] HeaderNames(HttpResponseMessage response) =>
        response.Headers.Concat(response.Content.Headers).Select(h => h.Key).OrderBy(k => k, StringComparer.Ordinal).ToArray();
}
