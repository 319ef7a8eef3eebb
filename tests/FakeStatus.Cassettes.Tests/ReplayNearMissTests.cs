namespace FakeStatus.Cassettes.Tests;

/// <summary>A request a recording almost matches: the message names the query value or the place in the body that differed.</summary>
public sealed class ReplayNearMissTests
{
    [Test]
    public async Task Send_QueryValueDiffersFromTheRecording_MessageNamesTheParameterAndBothValues()
    {
        using HttpClient client = Replay("GET", "https://a.test/orders?page=2&sort=asc", postData: null);

        Func<Task> send = () => client.GetAsync(new Uri("https://a.test/orders?page=3&sort=asc"));

        (await send.Should().ThrowAsync<UnmatchedRequestException>()).Which.Message.Should().Contain("query page: recorded 2, got 3").And.NotContain("returned false");
    }

    [Test]
    public async Task Send_PathDiffersFromTheRecording_MessageNamesBothUrls()
    {
        using HttpClient client = Replay("GET", "https://a.test/orders/7", postData: null);

        Func<Task> send = () => client.GetAsync(new Uri("https://a.test/orders/8"));

        (await send.Should().ThrowAsync<UnmatchedRequestException>()).Which.Message.Should().Contain("recorded https://a.test/orders/7, got https://a.test/orders/8");
    }

    [Test]
    public async Task Send_JsonBodyDiffersFromTheRecording_MessageNamesWhereAndBothValues()
    {
        using HttpClient client = Replay("POST", "https://a.test/orders", postData: "{\"mimeType\": \"application/json\", \"text\": \"{\\\"lines\\\": [{\\\"sku\\\": \\\"A-1\\\"}]}\"}");
        using var body = new StringContent("{\"lines\": [{\"sku\": \"B-2\"}]}", System.Text.Encoding.UTF8, "application/json");

        Func<Task> send = () => client.PostAsync(new Uri("https://a.test/orders"), body);

        (await send.Should().ThrowAsync<UnmatchedRequestException>()).Which.Message.Should().Contain("body at $.lines[0].sku: recorded \"A-1\", got \"B-2\"");
    }

    [Test]
    public async Task Send_SecretJsonFieldDiffers_MessageMasksItsValues()
    {
        using HttpClient client = Replay("POST", "https://a.test/login", postData: "{\"mimeType\": \"application/json\", \"text\": \"{\\\"password\\\": \\\"hunter2\\\"}\"}");
        using var body = new StringContent("{\"password\": \"other-pw\"}", System.Text.Encoding.UTF8, "application/json");

        Func<Task> send = () => client.PostAsync(new Uri("https://a.test/login"), body);

        string message = (await send.Should().ThrowAsync<UnmatchedRequestException>()).Which.Message;
        string nearMiss = message.Split('\n').Single(l => l.Contains("[x]", StringComparison.Ordinal));
        nearMiss.Should().Contain("body at $.password: recorded (masked").And.NotContain("hunter2").And.NotContain("other-pw");
    }

    private static HttpClient Replay(string method, string url, string? postData)
    {
        string request = $"{{\"method\": \"{method}\", \"url\": \"{url}\"" + (postData is null ? string.Empty : ", \"postData\": " + postData) + "}";
        string har = "{\"log\": {\"entries\": [{\"request\": " + request + ", \"response\": {\"status\": 200}}]}}";
        var handler = new FakeStatusHandler(new FakeStatusOptions { UseUrlConventions = false });
        HarArchive.Parse(har, "t.har").ReplayInto(handler);
        return new HttpClient(handler);   // disposing the client disposes the handler
    }
}
