using System.Text.Json;
using Microsoft.Extensions.Time.Testing;

namespace FakeStatus.Tests.Styles;

/// <summary>User styles that read the request, the handler's clock and a per-call id, with a body of their own for one status.</summary>
public sealed class RequestStyleTests
{
    private const string Orders = """
        {
          "name": "orders",
          "contentType": "application/json",
          "body": "{\"error\": {\"code\": \"{{code}}\", \"path\": \"{{path}}\", \"method\": \"{{method}}\", \"order\": {{route.id:json}}, \"at\": \"{{dateIso}}\", \"retryIn\": {{retryIn:number}}, \"trace\": {{header.x-trace:json}}}}",
          "requestId": "{{uniqueId}}",
          "headers": { "client-request-id": "{{header.client-request-id}}", "x-request-id": "{{requestId}}", "x-stamp": "{{date}}" },
          "fields": { "code": "E{{status}}", "retryIn": null },
          "statuses": {
            "409": { "contentType": "application/problem+json", "body": "{\"title\": \"conflict\", \"id\": \"{{requestId}}\", \"order\": \"{{route.id}}\"}" },
            "503": { "retryIn": "30" },
            "202": { "code": "QUEUED" }
          }
        }
        """;

    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 30, 5, TimeSpan.Zero);

    [Test]
    public async Task Parse_StyleThatEchoesAndStamps_AnswersAsWritten()
    {
        ErrorStyle style = ErrorStyle.Parse(Orders, "orders.json");
        using var handler = new FakeStatusHandler(new FakeStatusOptions { TimeProvider = new FakeTimeProvider(Now) });
        handler.When(HttpMethod.Delete, "/orders/{id}").Respond(404, r => r.WithErrorStyle(style));
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));
        using var request = new HttpRequestMessage(HttpMethod.Delete, "/orders/42");
        request.Headers.Add("client-request-id", "abc-123");

        using HttpResponseMessage response = await client.SendAsync(request);

        using JsonDocument body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        JsonElement error = body.RootElement.GetProperty("error");
        error.GetProperty("code").GetString().Should().Be("E404");
        error.GetProperty("path").GetString().Should().Be("/orders/42");
        error.GetProperty("method").GetString().Should().Be("DELETE");
        error.GetProperty("order").GetString().Should().Be("42");
        error.GetProperty("at").GetString().Should().Be("2026-03-01T12:30:05Z");
        error.GetProperty("retryIn").ValueKind.Should().Be(JsonValueKind.Null);
        error.GetProperty("trace").ValueKind.Should().Be(JsonValueKind.Null);
        response.Headers.GetValues("client-request-id").Should().Equal("abc-123");
        response.Headers.GetValues("x-stamp").Should().Equal("Sun, 01 Mar 2026 12:30:05 GMT");
        Guid.TryParse(response.Headers.GetValues("x-request-id").Single(), out _).Should().BeTrue();
    }

    [TestCase("\"body\": \"{{code}}\", \"fields\": {\"code\": \"{{method}}\"}", TestName = "Respond_OnlyAFieldReadsTheRequest_ShowsTheRequest")]
    [TestCase("\"body\": \"x\", \"fields\": {\"code\": \"E\"}, \"headers\": {\"X-M\": \"{{method}}\"}", TestName = "Respond_OnlyAHeaderReadsTheRequest_ShowsTheRequest")]
    [TestCase("\"body\": \"{{code}}\", \"fields\": {\"code\": \"E\"}, \"statuses\": {\"503\": {\"code\": \"{{method}}\"}}", TestName = "Respond_OnlyAStatusFieldReadsTheRequest_ShowsTheRequest")]
    [TestCase("\"body\": \"x\", \"fields\": {\"code\": \"E\"}, \"statuses\": {\"503\": {\"headers\": {\"X-M\": \"{{method}}\"}}}", TestName = "Respond_OnlyAStatusHeaderReadsTheRequest_ShowsTheRequest")]
    [TestCase("\"body\": \"x\", \"fields\": {\"code\": \"E\"}, \"statuses\": {\"503\": {\"body\": \"{{method}}\"}}", TestName = "Respond_OnlyAStatusBodyReadsTheRequest_ShowsTheRequest")]
    public async Task Respond_OnePlaceReadsTheRequest_ShowsTheRequestThere(string parts)
    {
        ErrorStyle style = ErrorStyle.Parse("{\"name\": \"one\", \"contentType\": \"text/plain\", " + parts + "}", "one.json");
        using var handler = new FakeStatusHandler(new FakeStatusOptions { TimeProvider = new FakeTimeProvider(Now) });
        handler.When(HttpMethod.Delete, "/orders/{id}").Respond(503, r => r.WithErrorStyle(style));
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));

        using HttpResponseMessage response = await client.DeleteAsync(new Uri("/orders/42", UriKind.Relative));

        string shown = await response.Content.ReadAsStringAsync() + " " + string.Join(" ", response.Headers.Select(h => h.Key + ": " + string.Join(",", h.Value)));
        shown.Should().Contain("DELETE");
    }

    [Test]
    public async Task Parse_StyleWithA409Body_Sends409ItsOwnBodyAndContentType()
    {
        ErrorStyle style = ErrorStyle.Parse(Orders, "orders.json");
        using var handler = new FakeStatusHandler(new FakeStatusOptions { ErrorStyle = style, TimeProvider = new FakeTimeProvider(Now) });
        handler.When("/orders/{id}").Respond(409);
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));

        using HttpResponseMessage first = await client.GetAsync("/orders/7");
        using HttpResponseMessage second = await client.GetAsync("/orders/8");

        first.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        string id = first.Headers.GetValues("x-request-id").Single();
        using JsonDocument body = JsonDocument.Parse(await first.Content.ReadAsStringAsync());
        body.RootElement.GetProperty("id").GetString().Should().Be(id, "the body and the header show the same per-call id");
        body.RootElement.GetProperty("order").GetString().Should().Be("7");
        second.Headers.GetValues("x-request-id").Single().Should().NotBe(id, "each call has its own id");
        first.Headers.Contains("client-request-id").Should().BeFalse("a header echoing what the request did not send is left out");
    }

    [Test]
    public async Task Parse_NumberPlaceholder_StaysAJsonNumber()
    {
        ErrorStyle style = ErrorStyle.Parse(Orders, "orders.json");
        using var handler = new FakeStatusHandler(new FakeStatusOptions { ErrorStyle = style });
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));

        using HttpResponseMessage response = await client.GetAsync("/503");

        using JsonDocument body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        body.RootElement.GetProperty("error").GetProperty("retryIn").GetInt32().Should().Be(30);
        body.RootElement.GetProperty("error").GetProperty("path").GetString().Should().Be("/503");
    }

    [Test]
    public async Task Parse_StatusBelow400ThatTheStyleNames_IsStyled()
    {
        ErrorStyle style = ErrorStyle.Parse(Orders, "orders.json");
        using var handler = new FakeStatusHandler();
        handler.When("/a").Respond(202, r => r.WithErrorStyle(style));
        handler.When("/b").Respond(200, r => r.WithErrorStyle(style));
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));

        string accepted = await (await client.GetAsync("/a")).Content.ReadAsStringAsync();
        string ok = await (await client.GetAsync("/b")).Content.ReadAsStringAsync();

        accepted.Should().Contain("\"code\": \"QUEUED\"");
        ok.Should().NotContain("QUEUED", "a status below 400 that the style does not name keeps its canonical body");
    }

    [Test]
    public async Task WithErrorStyleFields_AnyDeclaredField_IsSetForTheRoute()
    {
        ErrorStyle style = ErrorStyle.Parse(Orders, "orders.json");
        using var handler = new FakeStatusHandler();
        handler.When("/a").Respond(429, r => r.WithErrorStyleFields(style, new Dictionary<string, string?> { ["retryIn"] = "12", ["code"] = "SLOW" }));
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));

        using JsonDocument body = JsonDocument.Parse(await (await client.GetAsync("/a")).Content.ReadAsStringAsync());

        body.RootElement.GetProperty("error").GetProperty("retryIn").GetInt32().Should().Be(12);
        body.RootElement.GetProperty("error").GetProperty("code").GetString().Should().Be("SLOW");
    }

    [Test]
    public void WithErrorStyleFields_TextForANumberField_IsRefusedWhenTheRouteIsWritten()
    {
        ErrorStyle style = ErrorStyle.Parse(Orders, "orders.json");
        using var handler = new FakeStatusHandler();

        Action register = () => handler.When("/a").Respond(429, r => r.WithErrorStyleFields(style, new Dictionary<string, string?> { ["retryIn"] = "soon" }));

        register.Should().Throw<ArgumentException>().WithMessage("*retryIn:number*'soon'*not a JSON number*");
    }

    [Test]
    public void WithErrorStyleFields_UnknownField_ListsTheStylesFields()
    {
        using var handler = new FakeStatusHandler();

        Action register = () => handler.When("/a").Respond(429, r => r.WithErrorStyleFields(ErrorStyle.Google, new Dictionary<string, string?> { ["reson"] = "x" }));

        register.Should().Throw<ArgumentException>().WithMessage("The error style 'google' has no 'reson' field to set; its fields are: code, message, reason, domain.*");
    }

    [Test]
    public void WithErrorStyle_ErrorCodeAlone_BringsThatCodesMessageNotTheStatuses()
    {
        var overrides = new StyleOverrides();
        overrides.Fields["code"] = "ProvisionedThroughputExceededException";
        var unknown = new StyleOverrides();
        unknown.Fields["code"] = "SomethingElseException";

        string listed = System.Text.Encoding.UTF8.GetString(ErrorStyle.AwsJson.Render(400, "Bad Request", overrides).Body);
        string other = System.Text.Encoding.UTF8.GetString(ErrorStyle.AwsJson.Render(400, "Bad Request", unknown).Body);
        string own = System.Text.Encoding.UTF8.GetString(ErrorStyle.AwsJson.Render(400, "Bad Request", null).Body);

        listed.Should().Be("{\"__type\": \"ProvisionedThroughputExceededException\", \"message\": \"The level of configured provisioned throughput for the table was exceeded. Consider increasing your provisioning level with the UpdateTable API.\"}");
        other.Should().Be("{\"__type\": \"SomethingElseException\", \"message\": \"Bad Request\"}", "a code the style does not list gets the style's default message, not ValidationException's");
        own.Should().Contain("1 validation error detected.");
    }

    [TestCase("{\"name\": \"a\", \"contentType\": \"application/json\", \"body\": \"{\\\"n\\\": {{path:number}}}\"}", "$.fields", "*{{path:number}} is '/'*not a JSON number*")]
    [TestCase("{\"name\": \"a\", \"contentType\": \"application/json\", \"body\": \"{}\", \"statuses\": {\"409\": {\"body\": \"{oops\"}}}", "$.statuses.409.body", "*status 409 does not parse*")]
    [TestCase("{\"name\": \"a\", \"contentType\": \"text/plain\", \"body\": \"x\", \"headers\": {\"X-A\": \"{{header.bad name}}\"}}", "$.headers.X-A", "*not a placeholder*")]
    [TestCase("{\"name\": \"a\", \"contentType\": \"text/plain\", \"body\": \"x\", \"codes\": {\"A\": {}}}", "$.codes", "*no 'code' field*")]
    [TestCase("{\"name\": \"a\", \"contentType\": \"\", \"body\": \"x\"}", "$.contentType", "*is not a content type*")]
    [TestCase("{\"name\": \"a\", \"contentType\": \"text/plain\", \"body\": \"\\uD83D\"}", "$.body", "*lone surrogate*")]
    [TestCase("{\"name\": \"a\", \"contentType\": \"text/plain\", \"body\": \"x\", \"fields\": {\"\\uDC00\": null}}", "$.fields", "*lone surrogate*")]
    public void Parse_BadRequestStyle_IsAnErrorStyleFormatExceptionWithItsPlace(string json, string field, string message)
    {
        Action load = () => ErrorStyle.Parse(json, "bad.json");

        load.Should().Throw<ErrorStyleFormatException>().WithMessage(message).Which.Location.Should().Be(field);
    }

    [Test]
    public void Parse_TextThatIsNotUtf16_IsAnErrorStyleFormatException()
    {
        Action load = () => ErrorStyle.Parse("{\"name\": \"a\uD800\"}", "bad.json");

        load.Should().Throw<ErrorStyleFormatException>().WithMessage("*not valid UTF-16*");
    }

    [Test]
    public async Task Parse_EchoedHeaderWithLineBreakSafeValues_NeverInjectsAHeader()
    {
        ErrorStyle style = ErrorStyle.Parse(Orders, "orders.json");
        using var handler = new FakeStatusHandler(new FakeStatusOptions { ErrorStyle = style });
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/500");
        request.Headers.TryAddWithoutValidation("x-trace", "a\"b\\c");

        using HttpResponseMessage response = await client.SendAsync(request);

        using JsonDocument body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        body.RootElement.GetProperty("error").GetProperty("trace").GetString().Should().Be("a\"b\\c");
    }
}
