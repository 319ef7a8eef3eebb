using System.Text.Json;
using System.Xml.Linq;

namespace FakeStatus.Tests.Styles;

public sealed class BuiltInStyleTests
{
    [Test]
    public void BuiltIn_ListsTheFourteenVendorStyles()
    {
        ErrorStyle.BuiltIn.Select(s => s.Name).Should().Equal(
            "azure-rest", "azure-storage", "azure-tables", "aws-s3", "aws-json", "aws-sqs", "google", "openai", "stripe", "github", "problem-details", "twilio", "anthropic", "graph");
    }

    [TestCase("azure-rest", 404, "x-ms-error-code", "ResourceNotFound")]
    [TestCase("azure-rest", 429, "x-ms-error-code", "TooManyRequests")]
    [TestCase("azure-storage", 503, "x-ms-error-code", "ServerBusy")]
    [TestCase("azure-storage", 412, "x-ms-error-code", "ConditionNotMet")]
    [TestCase("azure-storage", 418, "x-ms-error-code", "IMATeapot")]
    [TestCase("aws-s3", 503, "x-amz-request-id", "FAKESTATUS000503")]
    [TestCase("aws-json", 429, "x-amzn-ErrorType", "ThrottlingException")]
    [TestCase("openai", 503, "x-request-id", "req_fakestatus000000000000000503")]
    [TestCase("openai", 429, "x-ratelimit-remaining-requests", "0")]
    [TestCase("stripe", 503, "Stripe-Should-Retry", "true")]
    [TestCase("stripe", 404, "Stripe-Should-Retry", "false")]
    [TestCase("stripe", 404, "Request-Id", "req_fakestatus404")]
    [TestCase("github", 403, "x-ratelimit-remaining", "0")]
    [TestCase("github", 429, "x-ratelimit-remaining", "0")]
    public void Render_Status_SendsTheVendorsHeader(string style, int code, string header, string expected)
    {
        StyledResponse rendered = Render(style, code);

        rendered.Headers.Should().ContainSingle(h => h.Name == header).Which.Value.Should().Be(expected);
    }

    [TestCase("openai", 404, "x-ratelimit-remaining-requests")]
    [TestCase("github", 404, "x-ratelimit-remaining")]
    [TestCase("google", 503, "x-ms-error-code")]
    public void Render_StatusWithoutThatHeader_LeavesItOut(string style, int code, string header)
    {
        Render(style, code).Headers.Should().NotContain(h => h.Name == header);
    }

    [TestCase("azure-storage", 503, "ServerBusy")]
    [TestCase("azure-storage", 404, "ResourceNotFound")]
    [TestCase("aws-s3", 503, "SlowDown")]
    [TestCase("aws-s3", 404, "NoSuchKey")]
    [TestCase("aws-s3", 403, "AccessDenied")]
    public void Render_XmlStyle_PutsTheVendorCodeInErrorCode(string style, int code, string expected)
    {
        XDocument body = XDocument.Parse(Text(Render(style, code)));

        body.Root!.Name.LocalName.Should().Be("Error");
        body.Root.Element("Code")!.Value.Should().Be(expected);
    }

    [Test]
    public void Render_AwsS3_CarriesTheRequestIdInTheBodyToo()
    {
        XDocument body = XDocument.Parse(Text(Render("aws-s3", 500)));

        body.Root!.Element("RequestId")!.Value.Should().Be("FAKESTATUS000500");
        body.Root.Element("Message")!.Value.Should().Be("We encountered an internal error. Please try again.");
    }

    [TestCase("azure-rest", 503, "$.error.code", "ServiceUnavailable")]
    [TestCase("google", 503, "$.error.status", "UNAVAILABLE")]
    [TestCase("google", 429, "$.error.status", "RESOURCE_EXHAUSTED")]
    [TestCase("openai", 429, "$.error.code", "rate_limit_exceeded")]
    [TestCase("openai", 429, "$.error.type", "requests")]
    [TestCase("openai", 500, "$.error.type", "server_error")]
    [TestCase("stripe", 402, "$.error.code", "card_declined")]
    [TestCase("stripe", 503, "$.error.type", "api_error")]
    [TestCase("aws-json", 404, "$.__type", "ResourceNotFoundException")]
    [TestCase("aws-json", 418, "$.__type", "IMATeapotException")]
    [TestCase("github", 404, "$.message", "Not Found")]
    [TestCase("problem-details", 404, "$.title", "Not Found")]
    public void Render_JsonStyle_PutsTheVendorCodeWhereTheVendorDoes(string style, int code, string path, string expected)
    {
        using JsonDocument body = JsonDocument.Parse(Render(style, code).Body);

        Read(body.RootElement, path).GetString().Should().Be(expected);
    }

    [TestCase("google", "$.error.code", 503)]
    [TestCase("problem-details", "$.status", 503)]
    public void Render_NumericStatusField_IsAJsonNumber(string style, string path, int expected)
    {
        using JsonDocument body = JsonDocument.Parse(Render(style, 503).Body);

        Read(body.RootElement, path).GetInt32().Should().Be(expected);
    }

    [Test]
    public void Render_OpenAiServerError_HasANullCode()
    {
        using JsonDocument body = JsonDocument.Parse(Render("openai", 500).Body);

        body.RootElement.GetProperty("error").GetProperty("code").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Test]
    public void Render_EveryBuiltInStyle_ParsesForEveryErrorStatusOfTheCatalog()
    {
        var failures = new List<string>();
        foreach (ErrorStyle style in ErrorStyle.BuiltIn)
        {
            foreach (StatusDefinition definition in StatusCatalog.Default.ForProtocol("http").Where(d => d.Code >= 400))
            {
                string body = Text(style.Render(definition.Code, definition.ReasonPhrase, null));
                string? problem = StyleBodyFormats.ParseProblem(style.Format, body);
                if (problem is not null)
                {
                    failures.Add($"{style.Name} {definition.Code}: {problem}");
                }
            }
        }

        failures.Should().BeEmpty();
    }

    [Test]
    public void Get_UnknownStyle_ThrowsListingTheStyles()
    {
        Action act = () => ErrorStyle.Get("acme");

        act.Should().Throw<ArgumentException>().WithMessage("*'acme'*azure-storage*ErrorStyle.Load*").Which.ParamName.Should().Be("name");
    }

    [Test]
    public void Get_IsCaseInsensitive()
    {
        ErrorStyle.Get("Azure-Storage").Should().BeSameAs(ErrorStyle.AzureStorage);
    }

    private static StyledResponse Render(string style, int code) =>
        ErrorStyle.Get(style).Render(code, StatusCatalog.Default.Get("http", code).ReasonPhrase, null);

    private static string Text(StyledResponse response) => System.Text.Encoding.UTF8.GetString(response.Body);

    private static JsonElement Read(JsonElement element, string path)
    {
        foreach (string part in path.Split('.').Skip(1))
        {
            element = element.GetProperty(part);
        }

        return element;
    }
}
