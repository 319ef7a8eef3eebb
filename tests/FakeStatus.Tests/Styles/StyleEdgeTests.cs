using System.Text;

namespace FakeStatus.Tests.Styles;

/// <summary>
/// Style files at their edges: each wrong shape named by its JSON path, the status keys just inside and outside the rule,
/// optional fields left out, and a style's answers to the URL conventions counted by coverage.
/// </summary>
public sealed class StyleEdgeTests
{
    [TestCase("[]", "$: a style is a JSON object with at least name, contentType and body.")]
    [TestCase("{\"name\": \"bad\", \"contentType\": \"text/plain\\r\\nX-A: b\", \"body\": \"x\"}", "$.contentType: 'text/plain\\u000D\\u000AX-A: b' is not a content type: write a media type such as 'application/json' or 'application/xml; charset=utf-8'.")]
    [TestCase("{\"name\": \"bad\", \"contentType\": \"text/plain\", \"body\": \"x\", \"fields\": []}", "$.fields: expected an object, found an array.")]
    [TestCase("{\"name\": \"bad\", \"contentType\": \"text/plain\", \"body\": \"x\", \"statuses\": []}", "$.statuses: expected an object, found an array.")]
    [TestCase("{\"name\": \"bad\", \"contentType\": \"text/plain\", \"body\": \"x\", \"statuses\": {\"503\": \"x\"}}", "$.statuses.503: expected an object, found a string.")]
    [TestCase("{\"name\": \"bad\", \"contentType\": \"text/plain\", \"body\": \"x\", \"statuses\": {\"503\": {\"headers\": 5}}}", "$.statuses.503.headers: expected an object, found a number.")]
    [TestCase("{\"name\": \"bad\", \"contentType\": \"text/plain\", \"body\": \"x\", \"headers\": \"x\"}", "$.headers: expected an object, found a string.")]
    [TestCase("{\"name\": \"bad\", \"contentType\": \"text/plain\", \"body\": \"x\", \"headers\": {\"X-A\": null}}", "$.headers.X-A: expected a string, found null.")]
    [TestCase("{\"name\": \"bad\", \"contentType\": \"text/plain\", \"body\": \"x\", \"description\": 5}", "$.description: expected a string, found a number.")]
    public void Parse_WrongShape_NamesThePathAndWhatWasFound(string json, string expected)
    {
        ErrorStyleFormatException error = FluentActions.Invoking(() => ErrorStyle.Parse(json, "bad.json")).Should().Throw<ErrorStyleFormatException>().Which;

        error.FileName.Should().Be("bad.json");
        (error.Location + ": " + error.Problem).Should().Be(expected);
    }

    [Test]
    public void Parse_InvalidJson_GivesTheLineAndPositionCountingFromOne() =>
        FluentActions.Invoking(() => ErrorStyle.Parse("{\"name\": }", "bad.json")).Should().Throw<ErrorStyleFormatException>()
            .Which.Message.Should().StartWith("bad.json at $.name (line 1, byte 10): not valid JSON: ");

    [TestCase("1abc")]
    [TestCase("a-b")]
    public void Parse_FieldNameThatIsNoPlaceholder_IsRejected(string field) =>
        FluentActions.Invoking(() => ErrorStyle.Parse(Style("\"fields\": {\"" + field + "\": \"x\"}"), "bad.json")).Should().Throw<ErrorStyleFormatException>()
            .Which.Location.Should().Be("$.fields." + field);

    [TestCase("4x5")]
    [TestCase("45x")]
    [TestCase("40:")]
    [TestCase("4:0")]
    [TestCase("3xx")]
    [TestCase(":00")]
    public void Parse_StatusKeyOutsideTheRule_IsRejected(string key) =>
        FluentActions.Invoking(() => ErrorStyle.Parse(Style("\"statuses\": {\"" + key + "\": {}}"), "bad.json")).Should().Throw<ErrorStyleFormatException>()
            .Which.Location.Should().Be("$.statuses." + key);

    [TestCase("400")]
    [TestCase("499")]
    [TestCase("590")]
    [TestCase("999")]
    [TestCase("9xx")]
    public void Parse_StatusKeyAtTheEndsOfTheRule_IsAccepted(string key) =>
        FluentActions.Invoking(() => ErrorStyle.Parse(Style("\"statuses\": {\"" + key + "\": {}}"), "bad.json")).Should().NotThrow();

    [Test]
    public void Parse_NoDescriptionOrSource_LeavesThemEmptyAndNull()
    {
        ErrorStyle style = ErrorStyle.Parse(Style(null), "plain.json");

        style.Description.Should().BeEmpty();
        style.SourceUrl.Should().BeNull();
    }

    [Test]
    public void Parse_DescriptionAndSource_AreKept()
    {
        ErrorStyle style = ErrorStyle.Parse(Style("\"description\": \"Acme's errors\", \"sourceUrl\": \"https://acme.test/errors\""), "plain.json");

        style.Description.Should().Be("Acme's errors");
        style.SourceUrl.Should().Be("https://acme.test/errors");
    }

    [Test]
    public void Render_LowerCasePhrase_StartsThePascalSpellingWithACapital()
    {
        ErrorStyle style = ErrorStyle.Parse("{\"name\": \"words\", \"contentType\": \"text/plain\", \"body\": \"{{reasonPascal}}|{{reasonSnake}}\"}");

        Encoding.UTF8.GetString(style.Render(503, "service unavailable", null).Body).Should().Be("ServiceUnavailable|service_unavailable");
    }

    [TestCase("azure-rest")]
    [TestCase("azure-storage")]
    [TestCase("aws-s3")]
    [TestCase("aws-json")]
    [TestCase("google")]
    [TestCase("openai")]
    [TestCase("stripe")]
    [TestCase("github")]
    [TestCase("problem-details")]
    public void BuiltInProperty_EachStyle_IsTheStyleOfItsName(string name)
    {
        ErrorStyle style = name switch
        {
            "azure-rest" => ErrorStyle.AzureRest,
            "azure-storage" => ErrorStyle.AzureStorage,
            "aws-s3" => ErrorStyle.AwsS3,
            "aws-json" => ErrorStyle.AwsJson,
            "google" => ErrorStyle.Google,
            "openai" => ErrorStyle.OpenAI,
            "stripe" => ErrorStyle.Stripe,
            "github" => ErrorStyle.GitHub,
            _ => ErrorStyle.ProblemDetails,
        };

        style.Name.Should().Be(name);
        style.Should().BeSameAs(ErrorStyle.Get(name));
    }

    [Test]
    public async Task Convention_AnsweredInTheHandlersStyle_CountsAsTriedForCoverage()
    {
        using var handler = new FakeStatusHandler(new FakeStatusOptions { ErrorStyle = ErrorStyle.Stripe });
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));

        using HttpResponseMessage response = await client.GetAsync("/503");

        response.Content.Headers.ContentType!.MediaType.Should().Be(ErrorStyle.Stripe.ContentType.Split(';')[0]);
        handler.Coverage([StatusCatalog.Default.Get(503)]).TriedCount.Should().Be(1);
    }

    private static string Style(string? extra) =>
        "{\"name\": \"bad\", \"contentType\": \"text/plain\", \"body\": \"x\"" + (extra is null ? string.Empty : ", " + extra) + "}";
}
