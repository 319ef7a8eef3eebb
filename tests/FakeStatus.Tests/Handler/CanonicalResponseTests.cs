using System.Text;

namespace FakeStatus.Tests.Handler;

public sealed class CanonicalResponseTests
{
    private const string SeedBody = "{\"error\": \"server_error\", \"message\": \"Authentication Required\"}";

    [Test]
    public async Task GetSmtp530_AtSeedTime_MatchesReferencePageByteForByte()
    {
        using var handler = new FakeStatusHandler(TestClock.AtSeedTime());
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));

        using HttpResponseMessage response = await client.GetAsync("/smtp/530");
        byte[] body = await response.Content.ReadAsByteArrayAsync();

        ((int)response.StatusCode).Should().Be(530);
        response.ReasonPhrase.Should().Be("Authentication Required");
        response.Version.Should().Be(HttpVersion.Version11);
        response.Content.Headers.ContentType!.ToString().Should().Be("application/json");
        response.Content.Headers.ContentLength.Should().Be(63);
        response.Headers.GetValues("Date").Should().Equal("Wed, 25 Feb 2026 12:00:00 GMT");
        body.Should().Equal(Encoding.UTF8.GetBytes(SeedBody));
        body.Should().HaveCount(63);
    }

    [Test]
    public async Task RawResponse_ForSmtp530_IsTheReferencePageResponseWithTheRightWeekday()
    {
        using var handler = new FakeStatusHandler(TestClock.AtSeedTime());
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));
        using HttpResponseMessage response = await client.GetAsync("/smtp/530");

        string raw = await RawResponse.FormatAsync(response);

        raw.Should().Be(
            "HTTP/1.1 530 Authentication Required\r\n" +
            "Content-Type: application/json\r\n" +
            "Date: Wed, 25 Feb 2026 12:00:00 GMT\r\n" +
            "Content-Length: 63\r\n" +
            "\r\n" +
            SeedBody);
    }

    [Test]
    public async Task Response_RequestMessageAndVersion_FollowTheRequest()
    {
        using var handler = new FakeStatusHandler();
        using HttpClient client = handler.ToHttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://fake.test/smtp/530") { Version = HttpVersion.Version10 };

        using HttpResponseMessage response = await client.SendAsync(request);

        response.RequestMessage.Should().BeSameAs(request);
        response.Version.Should().Be(HttpVersion.Version10);
    }

    [TestCase(199, "informational")]
    [TestCase(201, "success")]
    [TestCase(302, "redirection")]
    [TestCase(404, "client_error")]
    [TestCase(503, "server_error")]
    [TestCase(777, "unclassified")]
    public void ErrorFor_Code_FollowsTheClassOfTheNumber(int code, string error) =>
        CanonicalBody.ErrorFor(code).Should().Be(error);

    [TestCase("/201", "{\"error\": \"success\", \"message\": \"Created\"}")]
    [TestCase("/404", "{\"error\": \"client_error\", \"message\": \"Not Found\"}")]
    [TestCase("/777", "{\"error\": \"unclassified\", \"message\": \"Unknown Status Code\"}")]
    [TestCase("/418", "{\"error\": \"client_error\", \"message\": \"I'm a teapot\"}")]
    public async Task Body_ForCode_IsTheCanonicalJson(string path, string expected)
    {
        using var handler = new FakeStatusHandler();
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));

        using HttpResponseMessage response = await client.GetAsync(path);

        (await response.Content.ReadAsStringAsync()).Should().Be(expected);
    }
}
