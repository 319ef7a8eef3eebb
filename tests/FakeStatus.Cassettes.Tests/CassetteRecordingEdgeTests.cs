using System.Net;
using System.Net.Http.Headers;
using System.Text;

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

        using HttpResponseMessage sent = await client.GetAsync(new Uri("https://api.test/x?lang=en&token=t1#top"));

        recorder.Cassette.Interactions.Single().Url.Should().Be("https://api.test/x?lang=en&token=***");
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

        Cassette reread = Cassette.FromJson(recorder.Cassette.ToJson());
        using var fake = new FakeStatusHandler(new FakeStatusOptions { UseUrlConventions = false });
        reread.ReplayInto(fake);
        using var replay = new HttpClient(fake, disposeHandler: false);
        byte[] replayed = await replay.GetByteArrayAsync(new Uri("https://api.test/x"));

        replayed.Should().Equal(body);
    }

    [Test]
    public void FromJson_NoSourceName_CallsItCassetteInErrors()
    {
        Cassette fromNull = Cassette.FromJson(Minimal, null!);
        fromNull.Source.Should().Be("(cassette)");

        FluentActions.Invoking(() => Cassette.FromJson("{", null!))
            .Should().Throw<CassetteFormatException>()
            .Which.FileName.Should().Be("(cassette)");
        Cassette.FromJson(Minimal).Source.Should().Be("(cassette)");
    }

    [Test]
    public void Interaction_ToString_ShowsRequestAndAnswer()
    {
        Cassette cassette = Cassette.FromJson(Minimal);

        cassette.Interactions.Single().ToString().Should().Be("GET https://api.test/orders/1 -> 404 Not Found");
    }

    private const string Minimal =
        "{\"version\": 1, \"interactions\": [{\"request\": {\"method\": \"GET\", \"url\": \"https://api.test/orders/1\"}, \"response\": {\"status\": 404, \"reasonPhrase\": \"Not Found\"}}]}";

    private sealed class CannedHandler(Func<HttpResponseMessage> answer) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(answer());
    }
}
