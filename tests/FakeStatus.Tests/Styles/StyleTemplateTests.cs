using System.Text;

namespace FakeStatus.Tests.Styles;

/// <summary>Placeholder names and how a template writes text, values, missing values and <c>:json</c> values.</summary>
public sealed class StyleTemplateTests
{
    [TestCase("Z9z")]
    [TestCase("a")]
    [TestCase("zA0")]
    public void Parse_FieldNameOfLettersAndDigits_IsAccepted(string name) =>
        ErrorStyle.Parse(Style("x", "\"" + name + "\": \"v\"")).Fields.Should().Equal(name);

    [TestCase("9a")]
    [TestCase("a_b")]
    [TestCase("a@")]
    [TestCase("a[")]
    [TestCase("a`")]
    [TestCase("a{")]
    [TestCase("a/")]
    [TestCase("a:")]
    [TestCase("@a")]
    [TestCase("[a")]
    public void Parse_FieldNameWithAnotherCharacter_IsRejected(string name) =>
        FluentActions.Invoking(() => ErrorStyle.Parse(Style("x", "\"" + name + "\": \"v\""), "s.json"))
            .Should().Throw<ErrorStyleFormatException>().Which.Location.Should().Be(name is "a[" or "a/" or "[a" ? "$.fields['" + name + "']" : "$.fields." + name);

    [Test]
    public void Render_TextAroundAndBetweenPlaceholders_IsKept() =>
        Render("<{{status}}|{{reasonPhrase}}>", string.Empty).Should().Be("<503|Service Unavailable>");

    [Test]
    public void Render_LoneClosingBraces_AreText() =>
        Render("a}}b{{status}}}}", string.Empty).Should().Be("a}}b503}}");

    [TestCase("\"hint\": \"say \\\"hi\\\"\"", "[\"say \\\"hi\\\"\"]", TestName = "Render_JsonPlaceholderWithAValue_WritesAQuotedEscapedString")]
    [TestCase("\"hint\": null", "[null]", TestName = "Render_JsonPlaceholderWithoutAValue_WritesNull")]
    public void Render_JsonPlaceholder_WritesAJsonLiteral(string field, string expected) =>
        Render("[{{hint:json}}]", field).Should().Be(expected);

    [Test]
    public void Render_PlainPlaceholderWithoutAValue_WritesNothing() =>
        Render("[{{hint}}]", "\"hint\": null").Should().Be("[]");

    private static string Render(string body, string fields) =>
        Encoding.UTF8.GetString(ErrorStyle.Parse(Style(body, fields)).Render(503, "Service Unavailable", null).Body);

    private static string Style(string body, string fields) =>
        "{\"name\": \"t\", \"contentType\": \"text/plain\", \"body\": " + System.Text.Json.JsonSerializer.Serialize(body) + ", \"fields\": {" + fields + "}}";
}
