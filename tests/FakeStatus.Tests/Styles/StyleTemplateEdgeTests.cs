using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace FakeStatus.Tests.Styles;

/// <summary>
/// Templates at the edges of their rules: placeholder names at each boundary character, header and route names, the
/// formats after ':', the values a <c>:number</c> placeholder takes as a JSON number, and how a long or odd value is shown
/// in a message.
/// </summary>
public sealed class StyleTemplateEdgeTests
{
    private const string NotAPlaceholder = "}}' is not a placeholder: a name is ASCII letters and digits starting with a letter";

    private static readonly string[] HeaderOnlyCharacters = ["!", "#", "$", "%", "&", "'", "*", "+", ".", "^", "`", "|", "~"];

    [TestCase("a")]
    [TestCase("z")]
    [TestCase("A")]
    [TestCase("Z")]
    [TestCase("a0")]
    [TestCase("z9")]
    [TestCase("AzZa")]
    public void Render_PlaceholderNameAtTheEndsOfTheLetterAndDigitRanges_WritesItsField(string name) =>
        Body(ErrorStyle.Parse(Style("[{{" + name + "}}]", "\"" + name + "\": \"v\""), "s.json")).Should().Be("[v]");

    [TestCase("0a")]
    [TestCase("9a")]
    [TestCase("@a")]
    [TestCase("[a")]
    [TestCase("`a")]
    [TestCase("{a")]
    [TestCase("/a")]
    [TestCase("a@")]
    [TestCase("a[")]
    [TestCase("a`")]
    [TestCase("a{")]
    [TestCase("a/")]
    [TestCase("a-b")]
    [TestCase("")]
    [TestCase("header.")]
    [TestCase("route.")]
    public void Parse_PlaceholderNameWithACharacterOutsideTheRule_SaysItIsNotAPlaceholder(string name) =>
        Malformed("{{" + name + "}}").Should().StartWith("malformed template: '{{" + name + NotAPlaceholder);

    [TestCase("_")]
    [TestCase("-")]
    [TestCase("a")]
    [TestCase("z")]
    [TestCase("A")]
    [TestCase("Z")]
    [TestCase("0")]
    [TestCase("9")]
    public void Parse_HeaderAndRoutePlaceholderWithALetterDigitUnderscoreOrDash_AreAccepted(string character)
    {
        FluentActions.Invoking(() => ErrorStyle.Parse(Style("{{header.x" + character + "}}", null), "s.json")).Should().NotThrow();
        FluentActions.Invoking(() => ErrorStyle.Parse(Style("{{route.x" + character + "}}", null), "s.json")).Should().NotThrow();
    }

    [TestCaseSource(nameof(HeaderOnlyCharacters))]
    public void Parse_HeaderPlaceholderWithAnotherTokenCharacter_IsAccepted(string character) =>
        FluentActions.Invoking(() => ErrorStyle.Parse(Style("{{header.x" + character + "}}", null), "s.json")).Should().NotThrow();

    [TestCase("@")]
    [TestCase("[")]
    [TestCase("{")]
    [TestCase("/")]
    [TestCase(" ")]
    [TestCase("\"")]
    [TestCase("(")]
    [TestCase(",")]
    public void Parse_HeaderPlaceholderWithACharacterOutsideATokens_SaysItIsNotAPlaceholder(string character) =>
        Malformed("{{header.x" + character + "}}").Should().StartWith("malformed template: '{{header.x" + character + NotAPlaceholder);

    [TestCaseSource(nameof(HeaderOnlyCharacters))]
    [TestCase("@")]
    [TestCase("[")]
    [TestCase("{")]
    [TestCase("/")]
    public void Parse_RoutePlaceholderWithAHeaderOnlyOrOtherCharacter_SaysItIsNotAPlaceholder(string character) =>
        Malformed("{{route.x" + character + "}}").Should().StartWith("malformed template: '{{route.x" + character + NotAPlaceholder);

    [Test]
    public async Task Render_HeaderNameOfEveryTokenCharacter_EchoesThatRequestHeader()
    {
        const string name = "x!#$%&'*+.^_`|~-aAzZ09";
        ErrorStyle style = ErrorStyle.Parse(Style("<{{header." + name + "}}>", null), "s.json");
        using var handler = new FakeStatusHandler(new FakeStatusOptions { ErrorStyle = style });
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/503");
        request.Headers.TryAddWithoutValidation(name, "echoed").Should().BeTrue();

        using HttpResponseMessage response = await client.SendAsync(request);

        (await response.Content.ReadAsStringAsync()).Should().Be("<echoed>");
    }

    [Test]
    public async Task Render_StyleReadingOnlyMethodAndPath_WritesEachRequestsOwn()
    {
        ErrorStyle style = ErrorStyle.Parse(Style("{{method}} {{path}}", null), "s.json");
        using var handler = new FakeStatusHandler(new FakeStatusOptions { ErrorStyle = style });
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));

        using HttpResponseMessage posted = await client.PostAsync(new Uri("/503", UriKind.Relative), null);
        using HttpResponseMessage deleted = await client.DeleteAsync(new Uri("/status/429", UriKind.Relative));

        (await posted.Content.ReadAsStringAsync()).Should().Be("POST /503");
        (await deleted.Content.ReadAsStringAsync()).Should().Be("DELETE /status/429");
    }

    [TestCase("{{:xml}}", "malformed template: '{{:xml}}' has the format 'xml'; the formats are")]
    [TestCase("{{:json}}", "malformed template: '{{:json" + NotAPlaceholder)]
    [TestCase("{{code:}}", "malformed template: '{{code:}}' has the format ''; the formats are")]
    public void Parse_FormatWithoutAName_IsCheckedBeforeTheName(string body, string problem) =>
        Malformed(body).Should().StartWith(problem);

    [TestCase("0")]
    [TestCase("-1")]
    [TestCase("-0")]
    [TestCase("10")]
    [TestCase("1.5")]
    [TestCase("0.25")]
    [TestCase("1e5")]
    [TestCase("1E+5")]
    [TestCase("1e-5")]
    [TestCase("-12.5E10")]
    public void Render_NumberPlaceholderWithAJsonNumber_WritesIt(string value) =>
        Body(ErrorStyle.Parse(NumberStyle(value), "s.json")).Should().Be("{\"n\": " + value + "}");

    [TestCase("")]
    [TestCase("-")]
    [TestCase("+1")]
    [TestCase("--1")]
    [TestCase("01")]
    [TestCase("1.")]
    [TestCase(".5")]
    [TestCase("1.e5")]
    [TestCase("1e")]
    [TestCase("1E")]
    [TestCase("1e-")]
    [TestCase("1E+")]
    [TestCase("1e5.0")]
    [TestCase("1x")]
    [TestCase("x")]
    public void Parse_NumberPlaceholderWithAValueThatIsNoJsonNumber_SaysSo(string value) =>
        FluentActions.Invoking(() => ErrorStyle.Parse(NumberStyle(value), "s.json")).Should().Throw<ErrorStyleFormatException>()
            .Which.Problem.Should().Contain("{{n:number}} is '" + value + "', which is not a JSON number.");

    [TestCase(39, "")]
    [TestCase(40, "")]
    [TestCase(41, "...")]
    [TestCase(80, "...")]
    public void Parse_LongValueInAMessage_ShowsItsFirstFortyCharacters(int length, string ellipsis) =>
        FluentActions.Invoking(() => ErrorStyle.Parse(NumberStyle(new string('x', length)), "s.json")).Should().Throw<ErrorStyleFormatException>()
            .Which.Problem.Should().Contain("{{n:number}} is '" + new string('x', Math.Min(length, 40)) + ellipsis + "', which");

    [Test]
    public void Parse_SurrogatePairInsideTheFirstFortyCharacters_IsShownWhole() =>
        FluentActions.Invoking(() => ErrorStyle.Parse(NumberStyle(new string('x', 38) + "\uD83D\uDE00yy"), "s.json")).Should().Throw<ErrorStyleFormatException>()
            .Which.Problem.Should().Contain("is '" + new string('x', 38) + "\uD83D\uDE00...', which");

    [TestCase(@"\uDC00x", @"\uDC00x")]
    [TestCase(@"x\uD83D", @"x\uD83D")]
    [TestCase(@"\uD83Dx", @"\uD83Dx")]
    [TestCase(@"\uD83D\uDE00", "\uD83D\uDE00")]
    [TestCase(@"a\u0009b", @"a\u0009b")]
    [TestCase(@"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\uD83D\uDE00y", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...", TestName = "WithErrorStyleFields_SurrogatePairAcrossTheCut_IsLeftOutWhole")]
    [TestCase(@"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\uD83D\uDE00y", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\uD83D\uDE00...", TestName = "WithErrorStyleFields_SurrogatePairEndingAtTheCut_IsShownWhole")]
    [TestCase(@"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\uD83D", @"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\uD83D", TestName = "WithErrorStyleFields_LoneHighSurrogateAtTheFortiethCharacter_IsShownEscaped")]
    [TestCase(@"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\uD83Dy", @"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\uD83D...", TestName = "WithErrorStyleFields_LoneHighSurrogateAtTheCut_IsShownEscaped")]
    public void WithErrorStyleFields_OddValueForANumber_IsShownEscapedInTheMessage(string escaped, string shown)
    {
        // Attribute arguments cannot carry a lone surrogate, so the value comes escaped.
        string value = Regex.Unescape(escaped);
        ErrorStyle style = ErrorStyle.Parse(NumberStyle("1"), "s.json");
        using var handler = new FakeStatusHandler();

        Action register = () => handler.When("/a").Respond(429, r => r.WithErrorStyleFields(style, new Dictionary<string, string?> { ["n"] = value }));

        register.Should().Throw<ArgumentException>().Which.Message.Should().Contain("{{n:number}} is '" + shown + "', which is not a JSON number.");
    }

    private static string Malformed(string body)
    {
        ErrorStyleFormatException error = FluentActions.Invoking(() => ErrorStyle.Parse(Style(body, null), "bad.json")).Should().Throw<ErrorStyleFormatException>().Which;
        error.Location.Should().Be("$.body");
        return error.Problem;
    }

    private static string Body(ErrorStyle style) => Encoding.UTF8.GetString(style.Render(503, "Service Unavailable", null).Body);

    private static string NumberStyle(string value) =>
        "{\"name\": \"n\", \"contentType\": \"application/json\", \"body\": \"{\\\"n\\\": {{n:number}}}\", \"fields\": {\"n\": " + JsonSerializer.Serialize(value) + "}}";

    private static string Style(string body, string? fields) =>
        "{\"name\": \"t\", \"contentType\": \"text/plain\", \"body\": " + JsonSerializer.Serialize(body) + (fields is null ? string.Empty : ", \"fields\": {" + fields + "}") + "}";
}
