using System.Net.Sockets;

namespace FakeStatus.Cassettes.Tests.Har;

public sealed class HarArchiveTests
{
    private static string HarPath => Path.Combine(TestContext.CurrentContext.TestDirectory, "Har", "shop.har");

    private static (FakeStatusHandler Handler, HttpClient Client) Replay()
    {
        var handler = new FakeStatusHandler();
        HarArchive.Load(HarPath).ReplayInto(handler);
        return (handler, handler.ToHttpClient());
    }

    [Test]
    public async Task ReplayInto_Redirect_AnswersTheStatusWithALocationFromRedirectUrl()
    {
        var (handler, client) = Replay();
        using var h = handler;
        using var c = client;

        using HttpResponseMessage response = await client.GetAsync(new Uri("https://shop.test/old-cart"));

        response.StatusCode.Should().Be(HttpStatusCode.MovedPermanently);
        response.Headers.Location.Should().Be(new Uri("https://shop.test/cart"));
    }

    [Test]
    public async Task ReplayInto_CompressedThen304_AnswersTheDecodedBodyThenNotModifiedInOrder()
    {
        var (handler, client) = Replay();
        using var h = handler;
        using var c = client;

        using HttpResponseMessage first = await client.GetAsync(new Uri("https://shop.test/cart"));
        using HttpResponseMessage second = await client.GetAsync(new Uri("https://shop.test/cart"));

        first.StatusCode.Should().Be(HttpStatusCode.OK);
        first.ReasonPhrase.Should().Be("OK", "an HTTP/2 entry has no status text, so the catalog's phrase is used");
        (await first.Content.ReadAsStringAsync()).Should().Be("{\"items\":2,\"total\":25.5}");
        first.Content.Headers.ContentEncoding.Should().BeEmpty("the HAR body is already decoded");
        first.Content.Headers.ContentLength.Should().Be(24);
        first.Headers.ETag!.Tag.Should().Be("\"v1\"");
        second.StatusCode.Should().Be(HttpStatusCode.NotModified);
        (await second.Content.ReadAsByteArrayAsync()).Should().BeEmpty();
    }

    [Test]
    public async Task ReplayInto_Base64Body_AnswersTheExactBytes()
    {
        var (handler, client) = Replay();
        using var h = handler;
        using var c = client;

        byte[] logo = await client.GetByteArrayAsync(new Uri("https://cdn.shop.test/logo.png"));

        logo.Should().Equal(0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A);
    }

    [Test]
    public async Task ReplayInto_EntryWithoutResponse_ThrowsTheFaultThenAnswersTheRetry()
    {
        var (handler, client) = Replay();
        using var h = handler;
        using var c = client;

        Func<Task> first = () => client.PostAsync(new Uri("https://api.shop.test/checkout"), new StringContent("{}"));
        await first.Should().ThrowAsync<HttpRequestException>().Where(e => e.InnerException is SocketException);
        using HttpResponseMessage retry = await client.PostAsync(new Uri("https://api.shop.test/checkout"), new StringContent("{}"));

        retry.StatusCode.Should().Be(HttpStatusCode.Created);
    }

    [Test]
    public void Load_EntryWithCookies_ReportsThemInNotes()
    {
        HarArchive archive = HarArchive.Load(HarPath);

        archive.EntryCount.Should().Be(6);
        archive.Notes.Should().ContainSingle().Which.Should().StartWith("$.log.entries[1]: cookies");
    }

    [Test]
    public async Task ReplayInto_RequestTheArchiveLacks_IsUnmatched()
    {
        var (handler, client) = Replay();
        using var h = handler;
        using var c = client;

        Func<Task> unknown = () => client.GetAsync(new Uri("https://shop.test/wishlist"));

        await unknown.Should().ThrowAsync<UnmatchedRequestException>();
    }

    [TestCase("{\"log\": {}}", "$.log.entries", "'entries' is missing", TestName = "Parse_NoEntries_Throws")]
    [TestCase("{\"log\": {\"entries\": [{\"request\": {\"method\": \"GET\", \"url\": \"/x\"}, \"response\": {\"status\": 200}}]}}", "$.log.entries[0].request.url", "not an absolute http(s) URL", TestName = "Parse_RelativeUrl_Throws")]
    [TestCase("{\"log\": {\"entries\": [{\"request\": {\"method\": \"GET\", \"url\": \"https://a.test/\"}, \"response\": {\"status\": 1000}}]}}", "$.log.entries[0].response.status", "100 to 999", TestName = "Parse_BadStatus_Throws")]
    [TestCase("{\"log\": {\"entries\": [{\"request\": {\"method\": \"GET\", \"url\": \"https://a.test/\"}, \"response\": {\"status\": 200, \"content\": {\"text\": \"%%\", \"encoding\": \"base64\"}}}]}}", "$.log.entries[0].response.content.text", "not valid base64", TestName = "Parse_BadBase64_Throws")]
    [TestCase("{\"log\": {\"entries\": [{\"request\": {\"method\": \"GET\", \"url\": \"https://a.test/\"}, \"response\": {\"status\": 200, \"headers\": [{\"name\": \"X\"}]}}]}}", "$.log.entries[0].response.headers[0]", "string name and a string value", TestName = "Parse_HeaderWithoutValue_Throws")]
    [TestCase("{\"log\": ", "$.log", "not valid JSON", TestName = "Parse_TruncatedJson_Throws")]
    [TestCase("{\"log\": {\"entries\": [{\"request\": {\"method\": \"POST\", \"url\": \"https://a.test/\", \"postData\": \"a=1\"}, \"response\": {\"status\": 200}}]}}", "$.log.entries[0].request.postData", "expected an object, found a string.", TestName = "Parse_PostDataNotAnObject_Throws")]
    public void Parse_BadHar_ThrowsNamingFileLocationAndProblem(string json, string location, string problem)
    {
        Action load = () => HarArchive.Parse(json, "bad.har");

        HarFormatException error = load.Should().Throw<HarFormatException>().Which;
        error.FileName.Should().Be("bad.har");
        error.Location.Should().Be(location);
        error.Problem.Should().Contain(problem);
    }

    [Test]
    public void ReplayInto_EntryThatCannotBeAnswered_ThrowsAndRegistersNothing()
    {
        const string har = "{\"log\": {\"entries\": [" +
            "{\"request\": {\"method\": \"GET\", \"url\": \"https://a.test/ok\"}, \"response\": {\"status\": 200}}," +
            "{\"request\": {\"method\": \"GET\", \"url\": \"https://a.test/bad\"}, \"response\": {\"status\": 200, \"headers\": [{\"name\": \"X-Bad\", \"value\": \"a\\rb\"}]}}]}}";
        using var handler = new FakeStatusHandler();

        Action replay = () => HarArchive.Parse(har, "bad.har").ReplayInto(handler);

        replay.Should().Throw<HarFormatException>().Which.FileName.Should().Be("bad.har");
        handler.Routes.Should().BeEmpty();
    }

    [Test]
    public async Task ReplayInto_ChromiumHeaderJoinedByLineFeeds_AnswersEachLineAsOneValue()
    {
        // Chromium's HAR export writes a header sent several times as one entry, its values joined by line feeds.
        const string har = """
            {"log": {"entries": [
              {"request": {"method": "GET", "url": "https://shop.test/account"},
               "response": {"status": 200, "statusText": "OK", "headers": [
                 {"name": "set-cookie", "value": "session=abc; Expires=Wed, 09 Jun 2027 10:18:14 GMT\nlang=en"},
                 {"name": "server-timing", "value": "db;dur=53\r\napp;dur=47.2"}],
                "content": {"mimeType": "text/plain", "text": "hello"}}}
            ]}}
            """;
        HarArchive archive = HarArchive.Parse(har, "chrome.har");
        using var handler = new FakeStatusHandler();
        archive.ReplayInto(handler);
        using HttpClient client = handler.ToHttpClient();

        using HttpResponseMessage response = await client.GetAsync(new Uri("https://shop.test/account"));

        response.Headers.GetValues("Set-Cookie").Should().Equal("session=abc; Expires=Wed, 09 Jun 2027 10:18:14 GMT", "lang=en");
        response.Headers.GetValues("Server-Timing").Should().Equal("db;dur=53, app;dur=47.2");
    }

    [Test]
    public void ReplayInto_HeaderWithACarriageReturnInsideALine_Throws()
    {
        const string har = "{\"log\": {\"entries\": [" +
            "{\"request\": {\"method\": \"GET\", \"url\": \"https://a.test/bad\"}, \"response\": {\"status\": 200, \"headers\": [{\"name\": \"X-Bad\", \"value\": \"a\\rSet-Cookie: x=1\\nb\"}]}}]}}";
        using var handler = new FakeStatusHandler();

        Action replay = () => HarArchive.Parse(har, "bad.har").ReplayInto(handler);

        replay.Should().Throw<HarFormatException>().Which.Location.Should().Be("$.log.entries[0].response.headers['X-Bad']");
        handler.Routes.Should().BeEmpty();
    }

    [Test]
    public async Task ReplayInto_TwoPostsToOneUrlWithDifferentBodies_AnswersEachItsOwnResponse()
    {
        const string har = """
            {"log": {"entries": [
              {"request": {"method": "POST", "url": "https://shop.test/cart/items", "postData": {"mimeType": "application/json", "text": "{\"sku\":\"tea\"}"}},
               "response": {"status": 201, "statusText": "Created", "content": {"mimeType": "application/json", "text": "{\"line\":1}"}}},
              {"request": {"method": "POST", "url": "https://shop.test/cart/items", "postData": {"mimeType": "application/json", "text": "{\"sku\":\"gone\"}"}},
               "response": {"status": 409, "statusText": "Conflict", "content": {"mimeType": "application/json", "text": "{\"error\":\"sold out\"}"}}}
            ]}}
            """;
        using var handler = new FakeStatusHandler();
        HarArchive.Parse(har, "cart.har").ReplayInto(handler);
        using HttpClient client = handler.ToHttpClient();

        using var gone = new StringContent("{ \"sku\": \"gone\" }", System.Text.Encoding.UTF8, "application/json");
        using var tea = new StringContent("{\"sku\":\"tea\"}", System.Text.Encoding.UTF8, "application/json");
        using HttpResponseMessage soldOut = await client.PostAsync(new Uri("https://shop.test/cart/items"), gone);
        using HttpResponseMessage added = await client.PostAsync(new Uri("https://shop.test/cart/items"), tea);

        soldOut.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await soldOut.Content.ReadAsStringAsync()).Should().Be("{\"error\":\"sold out\"}");
        added.StatusCode.Should().Be(HttpStatusCode.Created);
    }

    [Test]
    public async Task ReplayInto_BodyMatchingOff_AnswersThePostsInRecordedOrder()
    {
        const string har = """
            {"log": {"entries": [
              {"request": {"method": "POST", "url": "https://shop.test/cart/items", "postData": {"mimeType": "application/json", "text": "{\"sku\":\"tea\"}"}}, "response": {"status": 201}},
              {"request": {"method": "POST", "url": "https://shop.test/cart/items", "postData": {"mimeType": "application/json", "text": "{\"sku\":\"gone\"}"}}, "response": {"status": 409}}
            ]}}
            """;
        using var handler = new FakeStatusHandler();
        HarArchive.Parse(har).ReplayInto(handler, new CassetteOptions { MatchRequestBody = false });
        using HttpClient client = handler.ToHttpClient();

        using var gone = new StringContent("{\"sku\":\"gone\"}");
        using HttpResponseMessage first = await client.PostAsync(new Uri("https://shop.test/cart/items"), gone);

        first.StatusCode.Should().Be(HttpStatusCode.Created);
    }

    [Test]
    public void Load_PostDataWithParamsOnly_ReportsItInNotes()
    {
        const string har = "{\"log\": {\"entries\": [{\"request\": {\"method\": \"POST\", \"url\": \"https://a.test/\", \"postData\": {\"mimeType\": \"application/x-www-form-urlencoded\", \"params\": [{\"name\": \"a\", \"value\": \"1\"}]}}, \"response\": {\"status\": 200}}]}}";

        HarArchive archive = HarArchive.Parse(har);

        archive.Notes.Should().ContainSingle().Which.Should().Be("$.log.entries[0].request.postData: params without text are not matched; the request matches on method and URL only.");
    }
}
