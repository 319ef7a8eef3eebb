using System.Text;

namespace FakeStatus.Tests.Styles;

/// <summary>Which content types a style's body is checked and escaped as: JSON, XML, or plain text.</summary>
public sealed class StyleBodyFormatTests
{
    [TestCase("application/json")]
    [TestCase("application/problem+json; charset=utf-8")]
    [TestCase("application/x-amz-json-1.1")]
    [TestCase("APPLICATION/JSON")]
    public void Parse_JsonContentType_RejectsABodyThatIsNotJson(string contentType) =>
        Load(contentType, "<e>{{status}}</e>").Message.Should().Contain($"does not parse as its content type '{contentType}': it is not valid JSON");

    [TestCase("application/xml")]
    [TestCase("application/atom+xml; charset=utf-8")]
    [TestCase("text/XML")]
    public void Parse_XmlContentType_RejectsABodyThatIsNotXml(string contentType) =>
        Load(contentType, "{\\\"e\\\": 1}").Message.Should().Contain("it is not valid XML");

    [TestCase("text/plain")]
    [TestCase("application/jsonl-ish")]
    [TestCase("application/xml-dtd")]
    public void Parse_OtherContentType_AcceptsAnyText(string contentType) =>
        FluentActions.Invoking(() => ErrorStyle.Parse(Style(contentType, "<e>{{status}}"), "s.json")).Should().NotThrow();

    [Test]
    public void Render_Xml_EscapesValues() =>
        Body(ErrorStyle.Parse(Style("application/xml", "<e>{{reasonPhrase}}</e>")), "a<b&c").Should().Be("<e>a&lt;b&amp;c</e>");

    [Test]
    public void Render_Json_EscapesValues() =>
        Body(ErrorStyle.Parse(Style("application/json", "{\\\"e\\\": \\\"{{reasonPhrase}}\\\"}")), "a\"b\\c").Should().Be("{\"e\": \"a\\\"b\\\\c\"}");

    [Test]
    public void Render_Text_WritesValuesAsTheyAre() =>
        Body(ErrorStyle.Parse(Style("text/plain", "{{reasonPhrase}}")), "a<b\"c").Should().Be("a<b\"c");

    private static string Body(ErrorStyle style, string reason) => Encoding.UTF8.GetString(style.Render(418, reason, null).Body);

    private static string Style(string contentType, string body) =>
        "{\"name\": \"s\", \"contentType\": \"" + contentType + "\", \"body\": \"" + body + "\"}";

    private static ErrorStyleFormatException Load(string contentType, string body) =>
        FluentActions.Invoking(() => ErrorStyle.Parse(Style(contentType, body), "s.json")).Should().Throw<ErrorStyleFormatException>().Which;
}
