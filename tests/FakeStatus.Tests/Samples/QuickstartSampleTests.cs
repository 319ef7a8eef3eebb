using Quickstart;

namespace FakeStatus.Tests.Samples;

public sealed class QuickstartSampleTests
{
    [Test]
    public async Task Demo_PrintsTheCanonicalResponseAndHandles530()
    {
        using var output = new StringWriter();

        await Demo.RunAsync(output, TestClock.AtSeedTime());

        string text = output.ToString().ReplaceLineEndings("\n");
        text.Should().StartWith(
            "HTTP/1.1 530 Authentication Required\n" +
            "Content-Type: application/json\n" +
            "Date: Wed, 25 Feb 2026 12:00:00 GMT\n" +
            "Content-Length: 63\n" +
            "\n" +
            "{\"error\": \"server_error\", \"message\": \"Authentication Required\"}\n");
        text.Should().Contain("MailRelayClient: AuthenticationRequired (Authentication Required)");
        text.Should().Contain("Requests recorded: 2");
    }

    [TestCase("/200", RelayOutcome.Sent)]
    [TestCase("/smtp/530", RelayOutcome.AuthenticationRequired)]
    [TestCase("/503", RelayOutcome.RetryLater)]
    [TestCase("/422", RelayOutcome.Rejected)]
    public async Task MailRelayClient_MapsStatusToOutcome(string path, RelayOutcome expected)
    {
        using var handler = new FakeStatusHandler();
        using HttpClient http = handler.ToHttpClient(new Uri("https://fake.test"));

        RelayResult result = await new MailRelayClient(http).SendAsync(path, "Hello");

        result.Outcome.Should().Be(expected);
        handler.Requests.Single().BodyText.Should().Be("Hello");
    }
}
