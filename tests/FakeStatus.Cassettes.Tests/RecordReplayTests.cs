namespace FakeStatus.Cassettes.Tests;

public sealed class RecordReplayTests
{
    // Framing headers differ by design: the server may chunk, the replay sends a known length.
    private static readonly string[] Framing = ["Content-Length", "Transfer-Encoding"];

    private string _path = null!;

    [SetUp]
    public void SetUp() => _path = Path.Combine(TestContext.CurrentContext.WorkDirectory, $"cassette-{Guid.NewGuid():N}.json");

    [TearDown]
    public void TearDown() => File.Delete(_path);

    [Test]
    public async Task Replay_AfterRecordingARealServerAndStoppingIt_AnswersTheSameStatusReasonHeadersAndBytes()
    {
        List<Snapshot> recorded;
        await using (LocalServer server = await LocalServer.StartAsync())
        {
            using var recorder = new CassetteRecorder(new SocketsHttpHandler(), _path);
            using var recording = new FakeStatusHandler(new FakeStatusOptions { UseUrlConventions = false, Unmatched = UnmatchedPolicy.PassThrough(recorder) });
            recorded = await SendAllAsync(recording, server.BaseAddress);
        }

        using var replaying = new FakeStatusHandler();
        Cassette.Load(_path).ReplayInto(replaying);
        List<Snapshot> replayed = await SendAllAsync(replaying, new Uri(new Uri(recorded[0].Url).GetLeftPart(UriPartial.Authority) + "/"));

        replayed.Should().HaveCount(recorded.Count);
        for (int i = 0; i < recorded.Count; i++)
        {
            replayed[i].Status.Should().Be(recorded[i].Status, recorded[i].Url);
            replayed[i].Reason.Should().Be(recorded[i].Reason, recorded[i].Url);
            replayed[i].Body.Should().Equal(recorded[i].Body, recorded[i].Url);
            if (!recorded[i].Headers.ContainsKey("Content-Type"))
            {
                // A replayed body always has a content type: the handler's public API offers no body without one.
                replayed[i].Headers.Remove("Content-Type", out string? added).Should().BeTrue();
                added.Should().Be("application/octet-stream");
            }

            replayed[i].Headers.Where(h => !IsSecret(h.Key)).Should().BeEquivalentTo(recorded[i].Headers.Where(h => !IsSecret(h.Key)), recorded[i].Url);
            replayed[i].Headers.Where(h => IsSecret(h.Key)).All(h => h.Value == "***").Should().BeTrue("secrets are masked in the cassette");
        }

        replayed[5].Headers["Set-Cookie"].Should().Be("***");
        recorded.Select(r => $"{r.Status} {r.Reason}").Should().Equal(
            "200 OK", "503 Service Unavailable", "503 Service Unavailable", "200 OK", "200 OK", "418 Short And Stout", "201 Created");
    }

    [Test]
    public async Task Record_SecretsAndBinaryBodies_AreMaskedAndBase64InTheFile()
    {
        await using (LocalServer server = await LocalServer.StartAsync())
        {
            using var recorder = new CassetteRecorder(new SocketsHttpHandler(), _path);
            using var recording = new FakeStatusHandler(new FakeStatusOptions { UseUrlConventions = false, Unmatched = UnmatchedPolicy.PassThrough(recorder) });
            await SendAllAsync(recording, server.BaseAddress);
        }

        string file = await File.ReadAllTextAsync(_path);

        file.Should().NotContain("Bearer hunter2").And.NotContain("abc123").And.NotContain("server-secret").And.NotContain("xyz789");
        file.Should().Contain("\"Authorization\": [\n            \"***\"").And.Contain("api_key=***&lang=en").And.Contain("\"Set-Cookie\": [\n            \"***\"");
        Cassette cassette = Cassette.Load(_path);
        CassetteInteraction logo = cassette.Interactions.Single(i => i.Url.EndsWith("/logo.png", StringComparison.Ordinal));
        logo.ResponseBody.Should().Equal(LocalServer.Png);
        file.Should().Contain($"\"bodyEncoding\": \"base64\",\n        \"body\": \"{Convert.ToBase64String(LocalServer.Png)}\"");
        file.Should().Contain("\"body\": \"{\\\"id\\\":\\\"42\\\",\\\"status\\\":\\\"open\\\"}\"", "a JSON body stays readable text");
        cassette.ToJson().Should().Be(file, "a loaded cassette writes back byte for byte");
    }

    [Test]
    public async Task ReplayOrRecord_RedirectFollowedWhileRecording_ReplaysTheRequestTheClientSent()
    {
        (Uri baseAddress, string first) = await RecordOnceAsync("redirect");

        using FakeStatusHandler replaying = Cassette.ReplayOrRecord(_path, new SocketsHttpHandler());
        using HttpClient offline = replaying.ToHttpClient(baseAddress);

        first.Should().Contain("\"id\":\"7\"", "the client followed the redirect while recording");
        (await offline.GetStringAsync(new Uri("redirect", UriKind.Relative))).Should().Be(first);
        Cassette.Load(_path).Interactions.Should().ContainSingle().Which.Url.Should().Be(new Uri(baseAddress, "redirect").AbsoluteUri);
    }

    [Test]
    public async Task ReplayOrRecord_FirstRunRecordsLaterRunReplaysOffline()
    {
        (Uri baseAddress, string first) = await RecordOnceAsync("orders/7");

        File.Exists(_path).Should().BeTrue();
        using FakeStatusHandler replaying = Cassette.ReplayOrRecord(_path, new SocketsHttpHandler());
        using HttpClient offline = replaying.ToHttpClient(baseAddress);

        (await offline.GetStringAsync(new Uri("orders/7", UriKind.Relative))).Should().Be(first);
        Func<Task> unknown = () => offline.GetAsync(new Uri("orders/8", UriKind.Relative));
        await unknown.Should().ThrowAsync<UnmatchedRequestException>("requests the cassette lacks are unmatched");
    }

    // The first run of ReplayOrRecord against a real server, which is stopped afterwards; the handler is disposed, so the file is written.
    private async Task<(Uri BaseAddress, string Body)> RecordOnceAsync(string relative)
    {
        await using LocalServer server = await LocalServer.StartAsync();
        using FakeStatusHandler recording = Cassette.ReplayOrRecord(_path, new SocketsHttpHandler());
        using HttpClient client = recording.ToHttpClient(server.BaseAddress);
        return (server.BaseAddress, await client.GetStringAsync(new Uri(relative, UriKind.Relative)));
    }

    private static bool IsSecret(string name) => name is "Set-Cookie" or "X-Api-Key";

    private static async Task<List<Snapshot>> SendAllAsync(FakeStatusHandler handler, Uri baseAddress)
    {
        using HttpClient client = handler.ToHttpClient(baseAddress);
        var snapshots = new List<Snapshot>();
        string[] gets = ["orders/42", "counter", "counter", "counter", "logo.png"];
        foreach (string path in gets)
        {
            using HttpResponseMessage response = await client.GetAsync(new Uri(path, UriKind.Relative));
            snapshots.Add(await Snapshot.OfAsync(response));
        }

        using (var teapot = new HttpRequestMessage(HttpMethod.Get, "teapot?api_key=xyz789&lang=en"))
        {
            teapot.Headers.TryAddWithoutValidation("Authorization", "Bearer hunter2");
            using HttpResponseMessage response = await client.SendAsync(teapot);
            snapshots.Add(await Snapshot.OfAsync(response));
        }

        using (HttpResponseMessage echo = await client.PostAsync(new Uri("echo", UriKind.Relative), new StringContent("hello")))
        {
            snapshots.Add(await Snapshot.OfAsync(echo));
        }

        return snapshots;
    }

    private sealed record Snapshot(string Url, int Status, string? Reason, Dictionary<string, string> Headers, byte[] Body)
    {
        public static async Task<Snapshot> OfAsync(HttpResponseMessage response) => new(
            response.RequestMessage!.RequestUri!.AbsoluteUri,
            (int)response.StatusCode,
            response.ReasonPhrase,
            response.Headers.Concat(response.Content.Headers)
                .Where(h => !Framing.Contains(h.Key, StringComparer.OrdinalIgnoreCase))
                .ToDictionary(h => h.Key, h => string.Join(", ", h.Value), StringComparer.OrdinalIgnoreCase),
            await response.Content.ReadAsByteArrayAsync());
    }
}
