using System.Text;

namespace FakeStatus.Tests.Common;

/// <summary>The one masking rule, case by case: URLs (user information, query, fragment), route templates, form and JSON bodies.</summary>
public sealed class SecretsRulesTests
{
    [TestCase("https://user:pw@host.test/path?x=1", "https://user:***@host.test/path?x=1")]
    [TestCase("https://user@host.test/p", "https://user@host.test/p")]
    [TestCase("https://u:p@host.test", "https://u:***@host.test")]
    [TestCase("https://u:p@host.test?token=t", "https://u:***@host.test?token=***")]
    [TestCase("https://u:p@host.test#f", "https://u:***@host.test#f")]
    [TestCase("https://host.test/p?api_key=abc&x=1#frag", "https://host.test/p?api_key=***&x=1#frag")]
    [TestCase("https://host.test/p?x=1#api_key=abc", "https://host.test/p?x=1#api_key=abc")]
    [TestCase("https://host.test/p?a=1&password=hunter2&b", "https://host.test/p?a=1&password=***&b")]
    [TestCase("https://host.test/go?next=https://a:b@c.test/", "https://host.test/go?next=https://a:b@c.test/")]
    [TestCase("/login?api_key=x", "/login?api_key=***")]
    [TestCase("/search?q=a@b:c", "/search?q=a@b:c")]
    [TestCase("https://host.test/p", "https://host.test/p")]
    [TestCase("https://host.test:8443/@ann?x=1", "https://host.test:8443/@ann?x=1")]
    public void MaskUrl_Url_MasksThePasswordAndSecretQueryValuesOnly(string text, string expected) =>
        Secrets.MaskUrl(text, Secrets.IsSecret, Secrets.UrlMask).Should().Be(expected);

    [TestCase("/login", "/login")]
    [TestCase("GET /login?api_key=x&page=2", "GET /login?api_key=***&page=2")]
    [TestCase("https://u:p@h.test/x", "https://u:***@h.test/x")]
    [TestCase("https://u@h.test/x", "https://u@h.test/x")]
    public void Template_RouteTemplateOrName_MasksWhatAUrlWould(string template, string expected) =>
        Secrets.Template(template).Should().Be(expected);

    [Test]
    public void Url_AbsoluteAndRelative_MaskedOnlyWhereThereIsASecret()
    {
        Secrets.Url(new Uri("https://user:pw@host.test/p?x=1")).Should().Be("https://user:***@host.test/p?x=1");
        Secrets.Url(new Uri("https://host.test/p?x=1")).Should().Be("https://host.test/p?x=1");
        Secrets.Url(new Uri("https://host.test/p?session_token=abc")).Should().Be("https://host.test/p?session_token=***");
        Secrets.Url(new Uri("/p?token=abc", UriKind.Relative)).Should().Be("/p?token=abc", "a relative URI is shown as given");
    }

    [TestCase("application/x-www-form-urlencoded", "a=1&token=abc", "a=1&token=(masked, 3 chars)")]
    [TestCase(null, "a=1&token=abc", "a=1&token=(masked, 3 chars)")]
    [TestCase(null, "a=1&client_secret=a%20b", "a=1&client_secret=(masked, 3 chars)")]
    [TestCase("text/plain", "a=1&token=abc", "a=1&token=abc")]
    [TestCase(null, "hello world=x&token=abc", "hello world=x&token=abc")]
    [TestCase(null, "=abc&token=abc", "=abc&token=abc")]
    [TestCase(null, "x{token=abc", "x{token=abc")]
    [TestCase(null, "  \n{\"token\":\"abc\",\"n\":1}", "  \n{\"token\":(masked, 3 chars),\"n\":1}")]
    [TestCase(null, "\t[{\"key\":12345,\"ok\":true}]", "\t[{\"key\":(masked, 5 chars),\"ok\":true}]")]
    [TestCase("text/plain", "{\"token\":\"a\"}", "{\"token\":(masked, 1 chars)}")]
    [TestCase("application/problem+json", "{\"detail\":\"d\",\"password\":false}", "{\"detail\":\"d\",\"password\":(masked, 5 chars)}")]
    [TestCase("application/json", "{\"secret\":{\"token\":\"x\"},\"after\":\"y\"}", "{\"secret\":{\"token\":(masked, 1 chars)},\"after\":\"y\"}")]
    [TestCase("application/json", "{\"token\":\"abc\" \"x\"}", "{\"token\":(masked, 3 chars) \"x\"}")]
    [TestCase("application/json", "{\"name\":\"token\",\"value\":\"v\"}", "{\"name\":\"token\",\"value\":\"v\"}")]
    public void Body_ByMediaTypeOrFirstCharacter_MasksSecretFieldsOnly(string? mediaType, string body, string expected) =>
        Secrets.Body(Encoding.UTF8.GetBytes(body), complete: true, mediaType).Should().Be(expected);

    [TestCase("{\"secret\":{\"token\":\"x\",\"n\":1},}", "{\"secret\":{\"token\":(masked, 1 chars),\"n\":1},}")]
    [TestCase("[{\"key\":\"a\\u0041\"},]", "[{\"key\":(masked, 2 chars)},]")]
    [TestCase("{/* a comment */\"token\":\"a\\u0041\"}", "{/* a comment */\"token\":(masked, 2 chars)}")]
    [TestCase("{\"token\":\"a\\\"b\" // a comment\n}", "{\"token\":(masked, 3 chars) // a comment\n}")]
    public void Body_JsonWithTrailingCommasOrComments_IsReadAsJson(string body, string expected) =>
        JsonBody(body).Should().Be(expected);

    [Test]
    public void Body_JsonNestedDeeperThanTheSerializersDefault_IsReadAsJson()
    {
        string body = new string('[', 100) + "{\"token\":\"a\\\"b\"}" + new string(']', 100);

        string shown = Secrets.Body(Encoding.UTF8.GetBytes(body), complete: true, "application/json");

        shown.Should().Be(new string('[', 100) + "{\"token\":(masked, 3 chars)}" + new string(']', 100), "the escaped quote is one character of the value");
    }

    [TestCase("{\"token\": \"abc\", oops}", "{\"token\": (masked, 3 chars), oops}")]
    [TestCase("{\"user\" :\t\"ann\", \"password\"\n:\n\"p w\" oops}", "{\"user\" :\t\"ann\", \"password\"\n:\n(masked, 3 chars) oops}")]
    [TestCase("{\"key\": 12345 oops}", "{\"key\": (masked, 5 chars) oops}")]
    [TestCase("{\"key\":true]", "{\"key\":(masked, 4 chars)]")]
    [TestCase("{\"key\":-1.5e3,oops}", "{\"key\":(masked, 6 chars),oops}")]
    [TestCase("{\"key\":no\n}x", "{\"key\":(masked, 2 chars)\n}x")]
    [TestCase("{\"token\": \"ab\\\"c\" oops}", "{\"token\": (masked, 5 chars) oops}")]
    [TestCase("{\"a\\\"token\": \"v\" oops}", "{\"a\\\"token\": (masked, 1 chars) oops}")]
    [TestCase("{\"token\": \"abc", "{\"token\": (masked, 3 chars)")]
    [TestCase("{\"tok\": \"abc\", \"ken\": 1 oops}", "{\"tok\": \"abc\", \"ken\": 1 oops}")]
    [TestCase("{\"note\": \"token\", \"x\": \"password\" oops}", "{\"note\": \"token\", \"x\": \"password\" oops}")]
    [TestCase("{\"key\":12}x", "{\"key\":(masked, 2 chars)}x")]
    [TestCase("{\"key\": ,\"a\":1}", "{\"key\": ,\"a\":1}")]
    [TestCase("{\"token\":\"\\uD800x\"}", "{\"token\":(masked, 7 chars)}")]
    [TestCase("{\"\\uD800\":1,\"token\":\"abc\"}", "{\"\\uD800\":1,\"token\":(masked, 3 chars)}")]
    public void Body_JsonTooBrokenForTheReader_MasksEachSecretPropertyItCanSee(string body, string expected) =>
        JsonBody(body).Should().Be(expected);

    [TestCase("\"abc\"", "\"abc\"")]
    [TestCase("12345", "12345")]
    [TestCase("// a note\n{\"token\":\"abc\"}", "// a note\n{\"token\":(masked, 3 chars)}")]
    public void Body_JsonByMediaTypeWhateverItsFirstCharacter_MasksOnlyTheValuesOfSecretProperties(string body, string expected) =>
        JsonBody(body).Should().Be(expected);

    [TestCase("<token=abc", "<token=abc")]
    [TestCase("\ttoken=abc", "\ttoken=abc")]
    public void Body_UntypedTextWithSpacesOrMarkup_IsNotReadAsAForm(string body, string expected) =>
        Secrets.Body(Encoding.UTF8.GetBytes(body), complete: true, null).Should().Be(expected);

    [Test]
    public void Url_WithoutSecrets_IsShownUnescapedAsTheRequestWroteIt() =>
        Secrets.Url(new Uri("https://host.test/a%20b/caf%C3%A9?q=x%20y")).Should().Be(new Uri("https://host.test/a%20b/caf%C3%A9?q=x%20y").ToString())
            .And.Contain("café");

    [Test]
    public void Template_QueryWithoutAPath_MasksItsSecretValues() =>
        Secrets.Template("?api_key=x&page=2").Should().Be("?api_key=***&page=2");

    [TestCase("webhook_signature")]
    [TestCase("credential_id")]
    public void IsSecret_NameContainingASecretPart_IsMasked(string name) => Secrets.IsSecret(name).Should().BeTrue();

    [Test]
    public void Body_StartingWithACarriageReturnThenABrace_IsMaskedAsJson() =>
        Secrets.Body(Encoding.UTF8.GetBytes("\r\n{\"token\":\"abc\"}"), complete: true, null).Should().Be("\r\n{\"token\":(masked, 3 chars)}");

    [Test]
    public void Body_CutInsideASecretValueAfterSpaces_CountsTheValuesCharactersOnly()
    {
        string shown = Secrets.Body(Encoding.UTF8.GetBytes("{\"a\":1,\"token\":  \"ab cd"), complete: false, "application/json");

        shown.Should().Be("{\"a\":1,\"token\":  (masked, 5 chars)");
    }

    [Test]
    public void Body_CutInsideASecretValue_ShowsNothingAfterItsName()
    {
        string shown = Secrets.Body(Encoding.UTF8.GetBytes("{\"a\":1,\"token\":\"abcd"), complete: false, "application/json");

        shown.Should().StartWith("{\"a\":1,\"token\"").And.EndWith("(masked, 4 chars)").And.NotContain("abcd");
    }

    [Test]
    public void IsSecret_NamesAndParts_IgnoreCase()
    {
        Secrets.IsSecret("AUTHORIZATION").Should().BeTrue();
        Secrets.IsSecret("x-api-KEY").Should().BeTrue();
        Secrets.IsSecret("monkey").Should().BeTrue("a name containing a secret part is masked");
        Secrets.IsSecret("codes").Should().BeFalse("whole names match whole, not as parts");
        Secrets.IsSecret("page").Should().BeFalse();
        Secrets.IsSecret("x", ["x"], []).Should().BeTrue();
        Secrets.IsSecret("x", [], [string.Empty]).Should().BeFalse("an empty part matches nothing");
    }

    private static string JsonBody(string body) => Secrets.Body(Encoding.UTF8.GetBytes(body), complete: true, "application/json");
}
