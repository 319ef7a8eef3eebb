using System.Text;

namespace FakeStatus.Reliability.Tests.Limits;

/// <summary>Every documented limit is enforced with a message that names the input and the limit.</summary>
public sealed class LimitTests
{
    [Test]
    public void WithDelay_OverOneHour_ThrowsNamingTheLimit()
    {
        using var handler = new FakeStatusHandler();
        FluentActions.Invoking(() => handler.When("/x").Respond(200, r => r.WithDelay(TimeSpan.FromHours(1) + TimeSpan.FromTicks(1))))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("delay").WithMessage("*01:00:00*one hour*01:00:00.0000001*");
        FluentActions.Invoking(() => handler.When("/y").Respond(200, r => r.WithDelay(TimeSpan.FromHours(1))))
            .Should().NotThrow("exactly one hour is the documented maximum");
    }

    [Test]
    public void FaultAfter_OverOneHourOrNegative_ThrowsNamingTheLimit()
    {
        FluentActions.Invoking(() => FakeFault.ConnectionReset().After(TimeSpan.FromHours(2)))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("delay").WithMessage("*one hour*02:00:00*");
        FluentActions.Invoking(() => FakeFault.Timeout().After(TimeSpan.FromMilliseconds(-1)))
            .Should().Throw<ArgumentOutOfRangeException>().WithMessage("*-00:00:00.0010000*");
    }

    [TestCase("300001")]
    [TestCase("99999999999")]
    [TestCase("-1")]
    public async Task Sleep_OverFiveMinutesOrNotWholeMilliseconds_Answers400NamingTheValue(string sleep)
    {
        using var handler = new FakeStatusHandler();
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));

        using HttpResponseMessage response = await client.GetAsync("/503?sleep=" + sleep);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain($"sleep='{sleep}'").And.Contain("300000");
    }

    [Test]
    public void Parse_OverFourMebibytes_ThrowsNamingSizeAndLimit()
    {
        string json = "{\"protocol\": \"big\", \"definitions\": [], \"pad\": \"" + new string('x', 4 * 1024 * 1024) + "\"}";

        FluentActions.Invoking(() => StatusCatalog.Parse(json, "big.json"))
            .Should().Throw<CatalogFormatException>().WithMessage($"big.json at $: the catalog is {Encoding.UTF8.GetByteCount(json)} bytes; a catalog may be at most 4194304 bytes.");
    }

    [TestCase(9)]
    [TestCase(100_000)]
    public void Parse_NestedBeyondTheFormat_ThrowsCatalogFormatExceptionNamingTheField(int depth)
    {
        // The format needs depth 4 and MaxDepth is 8: any deeper value is also the wrong type, which is reported first.
        string deep = new string('[', depth) + new string(']', depth);
        string json = "{\"protocol\": \"deep\", \"definitions\": [{\"code\": 250, \"reasonPhrase\": \"OK\", \"description\": " + deep + "}]}";

        FluentActions.Invoking(() => StatusCatalog.Parse(json, "deep.json"))
            .Should().Throw<CatalogFormatException>().WithMessage("deep.json at $.definitions[0].description (line 1, byte *): *")
            .Which.Location.Should().Be("$.definitions[0].description");
    }

    [Test]
    public void HeaderValuesWithCrLf_AreRejectedWherever_TheyAreGiven()
    {
        using var handler = new FakeStatusHandler();
        FluentActions.Invoking(() => handler.When("/x").Respond(200, r => r.WithHeader("X-A", "1\r\nInjected: yes")))
            .Should().Throw<ArgumentException>().WithParameterName("value").WithMessage("*'X-A'*1\\r\\nInjected: yes*CR or LF*");
        FluentActions.Invoking(() => new StatusDefinition("http", 299, "OK") { Headers = new Dictionary<string, string> { ["X-A"] = "a\nb" } })
            .Should().Throw<ArgumentException>().WithMessage("*'X-A'*a\\nb*CR or LF*");
        FluentActions.Invoking(() => StatusCatalog.Parse("{\"protocol\": \"g\", \"definitions\": [{\"code\": 250, \"reasonPhrase\": \"OK\", \"headers\": {\"X-A\": \"a\\r\\nb\"}}]}", "crlf.json"))
            .Should().Throw<CatalogFormatException>().WithMessage("*crlf.json*$.definitions[0].headers*CR or LF*");
    }

    [Test]
    public async Task EchoedResponseHeaderWithCrLf_Answers400NamingTheHeader()
    {
        using var handler = new FakeStatusHandler();
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/200");
        request.Headers.TryAddWithoutValidation("X-HttpStatus-Response-X-Trace", "a\r\nSet-Cookie: evil").Should().BeTrue();

        using HttpResponseMessage response = await client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Headers.Contains("Set-Cookie").Should().BeFalse();
        (await response.Content.ReadAsStringAsync()).Should().Contain("X-HttpStatus-Response-X-Trace").And.Contain("CR or LF");
    }

    [Test]
    public void ReasonPhrasesWithCrLf_AreRejectedNamingThePhrase()
    {
        using var handler = new FakeStatusHandler();
        FluentActions.Invoking(() => handler.When("/x").Respond(200, r => r.WithReasonPhrase("OK\r\nX-Injected: 1")))
            .Should().Throw<ArgumentException>().WithParameterName("reasonPhrase").WithMessage("*OK\\r\\nX-Injected: 1*CR or LF*");
        FluentActions.Invoking(() => new StatusDefinition("http", 299, "Fine\nReally"))
            .Should().Throw<ArgumentException>().WithParameterName("ReasonPhrase").WithMessage("*Fine\\nReally*CR or LF*");
    }
}
