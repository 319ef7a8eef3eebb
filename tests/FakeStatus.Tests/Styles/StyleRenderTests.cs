using System.Text;

namespace FakeStatus.Tests.Styles;

/// <summary>What a style renders for one status: the built-in placeholders, which rule wins, and which headers are sent.</summary>
public sealed class StyleRenderTests
{
    private static readonly Uri Base = new("https://fake.test");

    [TestCase("Service Unavailable", "ServiceUnavailable|service_unavailable")]
    [TestCase("I'm a teapot", "IMATeapot|i_m_a_teapot")]
    [TestCase("Non-Authoritative Information", "NonAuthoritativeInformation|non_authoritative_information")]
    [TestCase("(Unused) 306", "Unused306|unused_306")]
    public void Render_ReasonPascalAndSnake_SpellThePhraseAsWords(string phrase, string expected)
    {
        ErrorStyle style = ErrorStyle.Parse("{\"name\": \"words\", \"contentType\": \"text/plain\", \"body\": \"{{reasonPascal}}|{{reasonSnake}}\"}");

        Encoding.UTF8.GetString(style.Render(503, phrase, null).Body).Should().Be(expected);
    }

    [Test]
    public void Render_NoRequestIdTemplate_UsesFakeStatusAndTheStatus()
    {
        ErrorStyle style = ErrorStyle.Parse("{\"name\": \"ids\", \"contentType\": \"text/plain\", \"body\": \"{{requestId}}\", \"headers\": {\"X-Request\": \"{{requestId}}\"}}");

        StyledResponse rendered = style.Render(503, "Service Unavailable", null);

        Encoding.UTF8.GetString(rendered.Body).Should().Be("fakestatus-503");
        rendered.Headers.Select(h => $"{h.Name}: {h.Value}").Should().Equal("X-Request: fakestatus-503");
    }

    [Test]
    public void Render_CodeRuleAndClassRule_TheCodeRuleWinsAndTheClassCoversTheRest()
    {
        ErrorStyle style = ErrorStyle.Parse("""
            {"name": "layers", "contentType": "text/plain", "body": "{{code}}", "headers": {"X-Layer": "default"},
             "fields": {"code": "DEFAULT"},
             "statuses": {"503": {"code": "EXACT", "headers": {"X-Layer": "exact"}}, "5xx": {"code": "CLASS", "headers": {"X-Layer": "class"}}}}
            """);

        string Rendered(int code)
        {
            StyledResponse r = style.Render(code, "Reason", null);
            return Encoding.UTF8.GetString(r.Body) + " " + r.Headers.Single(h => h.Name == "X-Layer").Value;
        }

        Rendered(503).Should().Be("EXACT exact");
        Rendered(502).Should().Be("CLASS class");
        Rendered(404).Should().Be("DEFAULT default");
    }

    [Test]
    public void Render_HeaderWhoseValueRendersEmpty_IsNotSent()
    {
        ErrorStyle style = ErrorStyle.Parse("""
            {"name": "hints", "contentType": "text/plain", "body": "x", "headers": {"X-Hint": "{{hint}}", "X-Status": "{{status}}"},
             "fields": {"hint": null}, "statuses": {"503": {"hint": "retry"}}}
            """);

        style.Render(500, "Internal Server Error", null).Headers.Select(h => h.Name).Should().Equal("X-Status");
        style.Render(503, "Service Unavailable", null).Headers.Select(h => $"{h.Name}: {h.Value}").Should().Equal("X-Hint: retry", "X-Status: 503");
    }

    [TestCase(399, "{\"error\": \"redirection\"")]
    [TestCase(400, "style 400")]
    public async Task Convention_BelowAndAt400_OnlyErrorsTakeTheStyle(int code, string bodyStart)
    {
        ErrorStyle style = ErrorStyle.Parse("{\"name\": \"errors\", \"contentType\": \"text/plain\", \"body\": \"style {{status}}\"}");
        using var handler = new FakeStatusHandler(new FakeStatusOptions { ErrorStyle = style });
        using HttpClient client = handler.ToHttpClient(Base);

        using HttpResponseMessage response = await client.GetAsync(new Uri(Base, "/" + code));

        (await response.Content.ReadAsStringAsync()).Should().StartWith(bodyStart);
    }
}
