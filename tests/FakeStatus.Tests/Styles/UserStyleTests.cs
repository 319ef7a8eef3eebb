using System.Text.Json;

namespace FakeStatus.Tests.Styles;

public sealed class UserStyleTests
{
    private const string Acme = """
        {
          // comments and trailing commas are allowed, as in catalog files
          "name": "acme",
          "contentType": "application/json",
          "body": "{\"fault\": {\"id\": \"{{code}}\", \"text\": \"{{message}}\", \"http\": {{status}}, \"hint\": {{hint:json}}}}",
          "requestId": "acme-{{status}}",
          "headers": { "Acme-Error": "{{code}}", "Acme-Request": "{{requestId}}" },
          "fields": { "code": "ACME_{{status}}", "message": "{{reasonPhrase}}", "hint": null },
          "statuses": {
            "503": { "code": "ACME_BUSY", "hint": "retry", "headers": { "Acme-Retry": "yes" } },
            "4xx": { "code": "ACME_CLIENT", "headers": { "Acme-Request": null } },
          },
        }
        """;

    [Test]
    public void Parse_UserStyle_RendersItsFieldsAndHeaders()
    {
        ErrorStyle acme = ErrorStyle.Parse(Acme, "acme.json");

        StyledResponse busy = acme.Render(503, "Service Unavailable", null);
        System.Text.Encoding.UTF8.GetString(busy.Body).Should().Be(
            "{\"fault\": {\"id\": \"ACME_BUSY\", \"text\": \"Service Unavailable\", \"http\": 503, \"hint\": \"retry\"}}");
        busy.Headers.Select(h => $"{h.Name}: {h.Value}").Should().Equal("Acme-Error: ACME_BUSY", "Acme-Request: acme-503", "Acme-Retry: yes");
        acme.Name.Should().Be("acme");
        acme.Fields.Should().BeEquivalentTo("code", "message", "hint");
    }

    [Test]
    public void Parse_ClassKeyAndFieldDefaults_ApplyWhereNoCodeIsGiven()
    {
        ErrorStyle acme = ErrorStyle.Parse(Acme, "acme.json");

        StyledResponse notFound = acme.Render(404, "Not Found", null);
        StyledResponse failed = acme.Render(500, "Internal Server Error", null);

        System.Text.Encoding.UTF8.GetString(notFound.Body).Should().Contain("\"id\": \"ACME_CLIENT\"").And.Contain("\"hint\": null");
        notFound.Headers.Select(h => h.Name).Should().Equal("Acme-Error");   // the 4xx rule removes Acme-Request
        System.Text.Encoding.UTF8.GetString(failed.Body).Should().Contain("\"id\": \"ACME_500\"");
    }

    [Test]
    public void Parse_ValuesWithQuotes_AreEscapedForTheBodysFormat()
    {
        ErrorStyle acme = ErrorStyle.Parse(Acme, "acme.json");

        var overrides = new StyleOverrides();
        overrides.Fields["message"] = "a \"quoted\" <text>";
        StyledResponse rendered = acme.Render(418, "I'm a \"teapot\"", overrides);

        using JsonDocument body = JsonDocument.Parse(rendered.Body);
        body.RootElement.GetProperty("fault").GetProperty("text").GetString().Should().Be("a \"quoted\" <text>");
    }

    [Test]
    public void Load_UserStyle_LoadsAndNamesTheFileInErrors()
    {
        string path = Path.Combine(Path.GetTempPath(), $"fakestatus-style-{Guid.NewGuid():N}.json");
        try
        {
            File.WriteAllText(path, Acme);
            ErrorStyle.Load(path).Name.Should().Be("acme");

            File.WriteAllText(path, Acme.Replace("{{message}}", "{{mesage}}", StringComparison.Ordinal));
            Action act = () => ErrorStyle.Load(path);
            act.Should().Throw<ErrorStyleFormatException>().Which.FileName.Should().Be(Path.GetFileName(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [TestCase("{{code", "$.body", "*never closed*")]
    [TestCase("{{}}", "$.body", "*is not a placeholder*")]
    [TestCase("{{code:xml}}", "$.body", "*the formats are ':json'*")]
    [TestCase("{{colour}}", "$.body", "*unknown placeholder {{colour}}*{{code}}*")]
    public void Parse_BadBodyTemplate_IsRejectedNamingFileAndField(string placeholder, string field, string message)
    {
        string json = Style(body: "{\\\"e\\\": \\\"" + placeholder + "\\\"}");

        ErrorStyleFormatException error = Load(json);

        error.Location.Should().Be(field);
        error.FileName.Should().Be("bad.json");
        error.Message.Should().StartWith("bad.json at " + field + ": ").And.Match(message);
    }

    [Test]
    public void Parse_JsonBodyThatDoesNotParse_IsRejected()
    {
        ErrorStyleFormatException error = Load(Style(body: "{\\\"e\\\": \\\"{{code}}\\\""));

        error.Location.Should().Be("$.body");
        error.Message.Should().Contain("does not parse as its content type 'application/json'").And.Contain("not valid JSON");
    }

    [Test]
    public void Parse_XmlBodyThatDoesNotParse_IsRejected()
    {
        ErrorStyleFormatException error = Load(Style(body: "<Error><Code>{{code}}</Error>", contentType: "application/xml"));

        error.Location.Should().Be("$.body");
        error.Message.Should().Contain("not valid XML");
    }

    [Test]
    public void Parse_UnquotedTextPlaceholderInJson_IsRejectedBecauseTheBodyDoesNotParse()
    {
        ErrorStyleFormatException error = Load(Style(body: "{\\\"e\\\": {{code}}}"));

        error.Location.Should().Be("$.body");
    }

    [TestCase("\"headers\": {\"X-Code\": \"{{nope}}\"}", "$.headers.X-Code", "*unknown placeholder {{nope}}*")]
    [TestCase("\"headers\": {\"Bad Header\": \"x\"}", "$.headers['Bad Header']", "*RFC 9110 token*")]
    [TestCase("\"statuses\": {\"503\": {\"cod\": \"x\"}}", "$.statuses.503.cod", "*unknown field 'cod'*code*")]
    [TestCase("\"statuses\": {\"5x\": {}}", "$.statuses.5x", "*not a status key*")]
    [TestCase("\"statuses\": {\"204\": {}}", "$.statuses.204", "*carries no body*")]
    [TestCase("\"statuses\": {\"503\": {\"code\": \"{{code}}\"}}", "$.statuses.503.code", "*unknown placeholder {{code}}*")]
    [TestCase("\"requestId\": \"{{requestId}}\"", "$.requestId", "*unknown placeholder*")]
    [TestCase("\"colour\": \"red\"", "$.colour", "*unknown field*contentType*")]
    public void Parse_BadField_IsRejectedNamingIt(string extra, string field, string message)
    {
        string json = Style(extra: extra);

        ErrorStyleFormatException error = Load(json);

        error.Location.Should().Be(field);
        error.Message.Should().Match(message);
    }

    [Test]
    public void Parse_HeaderNameThatIsNotAToken_SaysWhatIsWrongWithoutAMethodParameter()
    {
        ErrorStyleFormatException error = Load(Style(extra: "\"headers\": {\"Bad Header\": \"x\"}"));

        error.Problem.Should().Be("Header name 'Bad Header' contains ' ': a header name is an RFC 9110 token (letters, digits and !#$%&'*+-.^_`|~).");
    }

    [Test]
    public void Parse_FieldNamedLikeABuiltIn_IsRejected()
    {
        ErrorStyleFormatException error = Load(Style(fields: "{\"status\": \"x\", \"code\": \"E\"}"));

        error.Location.Should().Be("$.fields.status");
        error.Message.Should().Contain("cannot name a field");
    }

    [TestCase("\"name\": \"Acme API\"", "$.name")]
    [TestCase("\"name\": 7", "$.name")]
    public void Parse_BadName_IsRejected(string name, string field)
    {
        Load("{" + name + ", \"contentType\": \"text/plain\", \"body\": \"x\"}").Location.Should().Be(field);
    }

    [TestCase("{\"name\": \"a\", \"body\": \"x\"}", "$.contentType")]
    [TestCase("{\"name\": \"a\", \"contentType\": \"text/plain\"}", "$.body")]
    [TestCase("[]", "$")]
    public void Parse_MissingRequiredField_IsRejected(string json, string field)
    {
        Load(json).Location.Should().Be(field);
    }

    [Test]
    public void Parse_NotJson_IsRejectedWithThePosition()
    {
        ErrorStyleFormatException error = Load("{\"name\": ");

        (error.Location, error.LineNumber).Should().Be(("$.name", 1L));
        error.Message.Should().StartWith("bad.json at $.name (line 1, byte ").And.Contain("): not valid JSON: ");
    }

    [Test]
    public void Parse_Null_Throws()
    {
        Action act = () => ErrorStyle.Parse(null!);

        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("json");
    }

    private static string Style(
        string body = "{\\\"e\\\": \\\"{{code}}\\\"}", string contentType = "application/json", string? extra = null, string fields = "{\"code\": \"E{{status}}\"}") =>
        "{\"name\": \"bad\", \"contentType\": \"" + contentType + "\", \"body\": \"" + body + "\", \"fields\": " + fields
        + (extra is null ? string.Empty : ", " + extra) + "}";

    private static ErrorStyleFormatException Load(string json)
    {
        Action act = () => ErrorStyle.Parse(json, "bad.json");
        return act.Should().Throw<ErrorStyleFormatException>().Which;
    }
}
