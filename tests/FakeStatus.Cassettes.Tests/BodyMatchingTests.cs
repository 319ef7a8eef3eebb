using System.Text;

namespace FakeStatus.Cassettes.Tests;

/// <summary>Replay matches the recorded request body, so POSTs to one URL with different bodies each get their own answer.</summary>
public sealed class BodyMatchingTests
{
    private const string SkuA = "{\"sku\":\"a\",\"qty\":1}";
    private const string SkuB = "{\"sku\":\"b\",\"qty\":2}";

    private string _path = null!;

    [SetUp]
    public void SetUp() => _path = Path.Combine(TestContext.CurrentContext.WorkDirectory, $"orders-{Guid.NewGuid():N}.json");

    [TearDown]
    public void TearDown() => File.Delete(_path);

    [Test]
    public async Task Replay_TwoBodiesToOneUrlRecordedFromARealServer_AnswersEachBodyItsOwnResponsesInRecordedOrder()
    {
        Uri baseAddress = await RecordThreeOrdersAsync();
        using var replaying = new FakeStatusHandler();
        IReadOnlyList<FakeRoute> routes = Cassette.Load(_path).ReplayInto(replaying);
        using HttpClient client = replaying.ToHttpClient(baseAddress);

        // B first, with its keys in another order and spaces: JSON is compared, not text.
        string b = await PostAsync(client, "{ \"qty\": 2, \"sku\": \"b\" }");
        string a1 = await PostAsync(client, SkuA);
        string a2 = await PostAsync(client, SkuA);
        string a3 = await PostAsync(client, SkuA);

        b.Should().Be("order 2: " + SkuB);
        new[] { a1, a2, a3 }.Should().Equal("order 1: " + SkuA, "order 3: " + SkuA, "order 3: " + SkuA);
        routes.Select(r => r.Name).Should().Equal($"POST {baseAddress}orders (body 1)", $"POST {baseAddress}orders (body 2)");
        (await UnmatchedAsync(() => PostAsync(client, "{\"sku\":\"c\",\"qty\":1}"))).Should().BeTrue("no recording has that body");
    }

    [Test]
    public async Task Replay_BodyMatchingOff_AnswersTheUrlsRecordingsInOrderWhateverTheBody()
    {
        Uri baseAddress = await RecordThreeOrdersAsync();
        using var replaying = new FakeStatusHandler();
        Cassette.Load(_path).ReplayInto(replaying, new CassetteOptions { MatchRequestBody = false });
        using HttpClient client = replaying.ToHttpClient(baseAddress);

        string first = await PostAsync(client, SkuB);
        string second = await PostAsync(client, "{\"sku\":\"c\"}");

        first.Should().Be("order 1: " + SkuA);
        second.Should().Be("order 2: " + SkuB);
    }

    [Test]
    public async Task Replay_NonJsonBody_MatchesByteForByte()
    {
        const string cassette = """
            {
              "version": 1,
              "interactions": [
                { "request": { "method": "POST", "url": "https://api.test/login", "headers": { "Content-Type": ["application/x-www-form-urlencoded"] }, "body": "user=ann&pin=1" },
                  "response": { "status": 200, "reasonPhrase": "OK", "headers": {}, "body": "" } },
                { "request": { "method": "POST", "url": "https://api.test/login", "headers": { "Content-Type": ["application/x-www-form-urlencoded"] }, "body": "user=ann&pin=2" },
                  "response": { "status": 401, "reasonPhrase": "Unauthorized", "headers": {}, "body": "" } }
              ]
            }
            """;
        using var handler = new FakeStatusHandler();
        Cassette.Parse(cassette).ReplayInto(handler);
        using HttpClient client = handler.ToHttpClient();

        HttpStatusCode wrong = await PostFormAsync(client, "user=ann&pin=2");
        HttpStatusCode right = await PostFormAsync(client, "user=ann&pin=1");

        wrong.Should().Be(HttpStatusCode.Unauthorized);
        right.Should().Be(HttpStatusCode.OK);
        (await UnmatchedAsync(() => PostFormAsync(client, "pin=1&user=ann"))).Should().BeTrue("only JSON is compared by meaning");
    }

    [Test]
    public async Task Replay_RecordingWithoutBody_MatchesAnyBodyAfterTheRecordingsWithOne()
    {
        const string cassette = """
            {
              "version": 1,
              "interactions": [
                { "request": { "method": "POST", "url": "https://api.test/ping" },
                  "response": { "status": 204, "reasonPhrase": "No Content", "headers": {}, "body": "" } },
                { "request": { "method": "POST", "url": "https://api.test/ping", "headers": { "Content-Type": ["application/json"] }, "body": "{\"deep\":true}" },
                  "response": { "status": 200, "reasonPhrase": "OK", "headers": {}, "body": "" } }
              ]
            }
            """;
        using var handler = new FakeStatusHandler();
        Cassette.Parse(cassette).ReplayInto(handler);
        using HttpClient client = handler.ToHttpClient();

        using StringContent deepBody = Json("{\"deep\": true}");
        using StringContent otherBody = Json("{\"deep\": false}");
        using HttpResponseMessage deep = await client.PostAsync(new Uri("https://api.test/ping"), deepBody);
        using HttpResponseMessage other = await client.PostAsync(new Uri("https://api.test/ping"), otherBody);
        using HttpResponseMessage none = await client.PostAsync(new Uri("https://api.test/ping"), null);

        deep.StatusCode.Should().Be(HttpStatusCode.OK);
        other.StatusCode.Should().Be(HttpStatusCode.NoContent);
        none.StatusCode.Should().Be(HttpStatusCode.NoContent);
    }

    private async Task<Uri> RecordThreeOrdersAsync()
    {
        await using LocalServer server = await LocalServer.StartAsync();
        using var network = new SocketsHttpHandler();
        using FakeStatusHandler recording = Cassette.ReplayOrRecord(_path, network);
        using HttpClient client = recording.ToHttpClient(server.BaseAddress);
        (await PostAsync(client, SkuA)).Should().Be("order 1: " + SkuA);
        (await PostAsync(client, SkuB)).Should().Be("order 2: " + SkuB);
        (await PostAsync(client, SkuA)).Should().Be("order 3: " + SkuA);
        return server.BaseAddress;
    }

    private static async Task<string> PostAsync(HttpClient client, string json)
    {
        using StringContent content = Json(json);
        using HttpResponseMessage response = await client.PostAsync(new Uri("orders", UriKind.Relative), content);
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task<HttpStatusCode> PostFormAsync(HttpClient client, string form)
    {
        using var content = new StringContent(form, Encoding.UTF8, "application/x-www-form-urlencoded");
        using HttpResponseMessage response = await client.PostAsync(new Uri("https://api.test/login"), content);
        return response.StatusCode;
    }

    private static async Task<bool> UnmatchedAsync(Func<Task> send)
    {
        try
        {
            await send();
            return false;
        }
        catch (UnmatchedRequestException)
        {
            return true;
        }
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}
