namespace FakeStatus.Tests.Responses;

/// <summary>The canonical JSON body's <c>error</c> word comes from the class of the code, at both ends of each class.</summary>
public sealed class CanonicalBodyTests
{
    [TestCase(100, "informational")]
    [TestCase(199, "informational")]
    [TestCase(200, "success")]
    [TestCase(299, "success")]
    [TestCase(300, "redirection")]
    [TestCase(399, "redirection")]
    [TestCase(400, "client_error")]
    [TestCase(499, "client_error")]
    [TestCase(500, "server_error")]
    [TestCase(599, "server_error")]
    [TestCase(600, "unclassified")]
    [TestCase(999, "unclassified")]
    public void ErrorFor_IsTheClassOfTheCode(int code, string expected) => CanonicalBody.ErrorFor(code).Should().Be(expected);

    [TestCase("/299", "{\"error\": \"success\", \"message\": \"Unknown Status Code\"}")]
    [TestCase("/418", "{\"error\": \"client_error\", \"message\": \"I'm a teapot\"}")]
    [TestCase("/799", "{\"error\": \"unclassified\", \"message\": \"Unknown Status Code\"}")]
    public async Task ConventionBody_NamesTheClassAndKeepsTheReasonReadable(string path, string body)
    {
        using var handler = new FakeStatusHandler(TestClock.AtSeedTime());
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));

        using HttpResponseMessage response = await client.GetAsync(path);

        (await response.Content.ReadAsStringAsync()).Should().Be(body);
    }

    [Test]
    public void Text_WithDetail_EscapesOnlyWhatJsonRequires()
    {
        CanonicalBody.Text(400, "Bad \"Request\"", "it's a\\b").Should().Be(
            "{\"error\": \"client_error\", \"message\": \"Bad \\\"Request\\\"\", \"detail\": \"it's a\\\\b\"}");
    }
}
