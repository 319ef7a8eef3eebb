using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace FakeStatus.Cassettes.Tests;

/// <summary>The edges of recording and reading a cassette: framing headers, fragments, bodies that are not valid UTF-8, default names.</summary>
public sealed class CassetteRecordingEdgeTests
{
    [Test]
    public async Task Record_ConnectionFramingAndUpgradeHeaders_AreNotRecorded()
    {
        // These headers describe one connection; the replayed answer has its own.
        using var inner = new CannedHandler(() =>
        {
            var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("ok") };
            response.Headers.TryAddWithoutValidation("Connection", "close");
            response.Headers.TryAddWithoutValidation("Transfer-Encoding", "chunked");
            response.Headers.TryAddWithoutValidation("Upgrade", "h2c");
            response.Headers.TryAddWithoutValidation("X-Kept", "yes");
            return response;
        });
        using var recorder = new CassetteRecorder(inner);
        using var client = new HttpClient(recorder, disposeHandler: false);

        using HttpResponseMessage sent = await client.GetAsync(new Uri("https://api.test/x"));

        IReadOnlyDictionary<string, IReadOnlyList<string>> headers = recorder.Cassette.Interactions.Single().ResponseHeaders;
        headers.Keys.Should().NotContain(k => k.Equals("Connection", StringComparison.OrdinalIgnoreCase))
            .And.NotContain(k => k.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase))
            .And.NotContain(k => k.Equals("Upgrade", StringComparison.OrdinalIgnoreCase));
        headers["X-Kept"].Should().Equal("yes");
    }

    [Test]
    public async Task Record_UrlWithQueryAndFragment_MasksTheQueryAndDropsTheFragment()
    {
        // A fragment never reaches the server; the last parameter's value must not swallow it.
        using var inner = new CannedHandler(() => new HttpResponseMessage(HttpStatusCode.OK));
        using var recorder = new CassetteRecorder(inner);
        using var client = new HttpClient(recorder, disposeHandler: false);

        using HttpResponseMessage sent = await client.GetAsync(new Uri("https://api.test/x?token=t1&lang=en#top"));

        recorder.Cassette.Interactions.Single().Url.Should().Be("https://api.test/x?token=***&lang=en");
    }

    [Test]
    public async Task Record_TextBodyThatIsNotUtf8_IsKeptByteForByte()
    {
        // "text/plain" with bytes that are not UTF-8 must not be decoded with replacement characters.
        byte[] body = [0x48, 0x69, 0xFF, 0xFE, 0x21];
        using var inner = new CannedHandler(() =>
        {
            var content = new ByteArrayContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = content };
        });
        using var recorder = new CassetteRecorder(inner);
        using var client = new HttpClient(recorder, disposeHandler: false);
        using HttpResponseMessage sent = await client.GetAsync(new Uri("https://api.test/x"));

        Cassette reread = Cassette.Parse(recorder.Cassette.ToJson());
        using var fake = new FakeStatusHandler(new FakeStatusOptions { UseUrlConventions = false });
        reread.ReplayInto(fake);
        using var replay = new HttpClient(fake, disposeHandler: false);
        byte[] replayed = await replay.GetByteArrayAsync(new Uri("https://api.test/x"));

        replayed.Should().Equal(body);
    }

    [Test]
    public void Parse_NoSourceName_CallsItCassetteInErrors()
    {
        Cassette fromNull = Cassette.Parse(Minimal, null!);
        fromNull.Source.Should().Be("(cassette)");

        FluentActions.Invoking(() => Cassette.Parse("{", null!))
            .Should().Throw<CassetteFormatException>()
            .Which.FileName.Should().Be("(cassette)");
        Cassette.Parse(Minimal).Source.Should().Be("(cassette)");
    }

    [Test]
    public void Interaction_ToString_ShowsRequestAndAnswer()
    {
        Cassette cassette = Cassette.Parse(Minimal);

        cassette.Interactions.Single().ToString().Should().Be("GET https://api.test/orders/1 -> 404 Not Found");
    }

    [TestCase("https://api.test/x?lang=my-token", TestName = "Record_SecretWordInAValueOnly_IsKept")]
    [TestCase("https://api.test/x?=token", TestName = "Record_SecretWordAfterAnEmptyName_IsKept")]
    public async Task Record_SecretWordOutsideTheName_IsKept(string sent)
    {
        // Names decide what is secret, not values.
        using var inner = new CannedHandler(() => new HttpResponseMessage(HttpStatusCode.OK));
        using var recorder = new CassetteRecorder(inner);
        using var client = new HttpClient(recorder, disposeHandler: false);

        using HttpResponseMessage answer = await client.GetAsync(new Uri(sent));

        recorder.Cassette.Interactions.Single().Url.Should().Be(sent);
    }

    [TestCase("#x")]
    [TestCase("&x")]
    [TestCase(" x")]
    [TestCase("=x")]
    public void Mask_StartingWithACharacterAUrlCannotCarry_IsRejected(string mask) =>
        FluentActions.Invoking(() => new CassetteOptions { Mask = mask }).Should().Throw<ArgumentException>()
            .WithMessage($"Mask '{mask}' must be non-empty text*");

    [Test]
    public void ReplayOrRecord_NoRealHandler_NamesIt()
    {
        string path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".json");

        FluentActions.Invoking(() => Cassette.ReplayOrRecord(path, null!)).Should().Throw<ArgumentNullException>()
            .Which.ParamName.Should().Be("realHandler");
    }

    [Test]
    public async Task ReplayOrRecord_ExistingCassette_AnswersOnlyWhatItRecorded()
    {
        // A replaying handler must not answer /503 from the URL conventions: only the recording speaks.
        string path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".json");
        await File.WriteAllTextAsync(path, Minimal);
        try
        {
            using var inner = new CannedHandler(() => new HttpResponseMessage(HttpStatusCode.OK));
            using FakeStatusHandler replaying = Cassette.ReplayOrRecord(path, inner);
            using var client = new HttpClient(replaying, disposeHandler: false);

            replaying.Options.UseUrlConventions.Should().BeFalse();
            using HttpResponseMessage recorded = await client.GetAsync(new Uri("https://api.test/orders/1"));
            ((int)recorded.StatusCode).Should().Be(404);
            Func<Task> unrecorded = () => client.GetAsync(new Uri("https://api.test/503"));
            await unrecorded.Should().ThrowAsync<Exception>();
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void ToJson_NoReasonPhrase_WritesNull()
    {
        Cassette cassette = Cassette.Parse(Minimal.Replace("\"Not Found\"", "null", StringComparison.Ordinal));

        using JsonDocument written = JsonDocument.Parse(cassette.ToJson());

        written.RootElement.GetProperty("interactions")[0].GetProperty("response").GetProperty("reasonPhrase").ValueKind
            .Should().Be(JsonValueKind.Null);
    }

    [Test]
    public async Task Replay_JsonBodiesWithDifferentArrayItems_DoNotMatch()
    {
        const string json = "{\"version\": 1, \"interactions\": [{\"request\": {\"method\": \"POST\", \"url\": \"https://api.test/cart\", "
            + "\"headers\": {\"Content-Type\": [\"application/json\"]}, \"body\": \"{\\\"ids\\\": [1, 2]}\"}, "
            + "\"response\": {\"status\": 201, \"reasonPhrase\": \"Created\"}}]}";
        using var fake = new FakeStatusHandler(new FakeStatusOptions { UseUrlConventions = false });
        Cassette.Parse(json).ReplayInto(fake);
        using var client = new HttpClient(fake, disposeHandler: false);

        using HttpResponseMessage same = await client.PostAsync(new Uri("https://api.test/cart"), new StringContent("{\"ids\":[1,2]}", Encoding.UTF8, "application/json"));
        ((int)same.StatusCode).Should().Be(201);
        Func<Task> other = () => client.PostAsync(new Uri("https://api.test/cart"), new StringContent("{\"ids\":[3]}", Encoding.UTF8, "application/json"));
        await other.Should().ThrowAsync<Exception>();
    }

    [Test]
    public void ReplayInto_ReasonPhraseNoResponseCanCarry_IsReportedAtTheInteractions()
    {
        Cassette cassette = Cassette.Parse(Minimal.Replace("Not Found", "Caf\\u00e9", StringComparison.Ordinal), "bad.json");
        using var fake = new FakeStatusHandler();

        CassetteFormatException error = FluentActions.Invoking(() => cassette.ReplayInto(fake)).Should().Throw<CassetteFormatException>().Which;

        error.Location.Should().Be("$.interactions[0].response.reasonPhrase");
        error.Message.Should().StartWith("bad.json at $.interactions[0].response.reasonPhrase: ");
    }

    private const string Minimal =
        "{\"version\": 1, \"interactions\": [{\"request\": {\"method\": \"GET\", \"url\": \"https://api.test/orders/1\"}, \"response\": {\"status\": 404, \"reasonPhrase\": \"Not Found\"}}]}";

    private sealed class CannedHandler(Func<HttpResponseMessage> answer) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(answer());
    }
}
