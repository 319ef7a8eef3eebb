using System.Text;

namespace FakeStatus.Cassettes.Tests;

/// <summary>
/// Secrets in bodies and under the default names stay out of the cassette file, and a masked recording still replays for the
/// request that made it.
/// </summary>
public sealed class CassetteBodyMaskingTests
{
    private const string TokenAnswer = """{"access_token":"AT-SECRET-1","refresh_token":"RT-SECRET-2","scope":"orders.read","code":"Granted"}""";

    [Test]
    public async Task Record_JsonAndFormBodies_SecretFieldsNeverReachTheFile()
    {
        (Cassette cassette, _) = await RecordAsync(
            new CassetteOptions(),
            null,
            ("https://idp.test/login", """{"user":"ada","password":"PW-SECRET-3","client_secret":"CS-SECRET-4","nested":{"api_key":"K-SECRET-5"}}""", "application/json"),
            ("https://idp.test/token", "grant_type=authorization_code&code=CODE-SECRET-6&client_secret=CS-SECRET-7", "application/x-www-form-urlencoded"));

        string file = cassette.ToJson();

        foreach (string secret in new[] { "PW-SECRET-3", "CS-SECRET-4", "K-SECRET-5", "CODE-SECRET-6", "CS-SECRET-7", "AT-SECRET-1", "RT-SECRET-2" })
        {
            file.Should().NotContain(secret);
        }

        file.Should().Contain("ada").And.Contain("authorization_code").And.Contain("orders.read");
        Encoding.UTF8.GetString(cassette.Interactions[0].RequestBody).Should().Be("""{"user":"ada","password":"***","client_secret":"***","nested":{"api_key":"***"}}""");
        Encoding.UTF8.GetString(cassette.Interactions[1].RequestBody).Should().Be("grant_type=authorization_code&code=***&client_secret=***");
    }

    [Test]
    public async Task Record_ResponseBody_MasksTokensButKeepsTheVendorsCode()
    {
        (Cassette cassette, _) = await RecordAsync(new CassetteOptions(), null, ("https://idp.test/token", "{}", "application/json"));

        Encoding.UTF8.GetString(cassette.Interactions[0].ResponseBody)
            .Should().Be("""{"access_token":"***","refresh_token":"***","scope":"orders.read","code":"Granted"}""");
    }

    [Test]
    public async Task Record_TheClient_StillGetsTheRealBytes()
    {
        (_, string seen) = await RecordAsync(new CassetteOptions(), null, ("https://idp.test/token", "{}", "application/json"));

        seen.Should().Be(TokenAnswer);
    }

    [Test]
    public async Task Record_JsonBodyWithASecret_KeepsEveryOtherByteAsSent()
    {
        // Spacing, a line break and a letter outside ASCII are kept as sent; only the secret value becomes the mask.
        const string body = "{ \"user\" : \"Zo\u00EB\",\n  \"password\": \"PW-SECRET-8\" }";
        (Cassette cassette, _) = await RecordAsync(new CassetteOptions(), null, ("https://idp.test/login", body, "application/json"));

        Encoding.UTF8.GetString(cassette.Interactions[0].RequestBody).Should().Be("{ \"user\" : \"Zo\u00EB\",\n  \"password\": \"***\" }");
    }

    [Test]
    public async Task Record_BodyWithNoSecret_IsKeptByteForByte()
    {
        const string body = "{ \"user\" : \"ada\",\n  \"lang\": \"en\" }";
        (Cassette cassette, _) = await RecordAsync(new CassetteOptions(), null, ("https://idp.test/login", body, "application/json"));

        Encoding.UTF8.GetString(cassette.Interactions[0].RequestBody).Should().Be(body);
    }

    [Test]
    public async Task ReplayInto_MaskedJsonBody_MatchesTheRequestThatMadeIt()
    {
        const string body = """{"user":"ada","password":"PW-SECRET-3"}""";
        (Cassette cassette, _) = await RecordAsync(new CassetteOptions(), null, ("https://idp.test/login", body, "application/json"));
        using var handler = new FakeStatusHandler(new FakeStatusOptions { UseUrlConventions = false });
        Cassette.Parse(cassette.ToJson()).ReplayInto(handler);
        using var client = new HttpClient(handler, disposeHandler: false);

        using HttpResponseMessage same = await client.PostAsync(new Uri("https://idp.test/login"), new StringContent(body, Encoding.UTF8, "application/json"));
        Func<Task> other = () => client.PostAsync(new Uri("https://idp.test/login"), new StringContent("""{"user":"bob","password":"PW-SECRET-3"}""", Encoding.UTF8, "application/json"));

        same.StatusCode.Should().Be(HttpStatusCode.OK);
        await other.Should().ThrowAsync<UnmatchedRequestException>("the field that is not secret still tells the recordings apart");
    }

    [Test]
    public async Task ReplayInto_MaskedFormBody_MatchesTheRequestThatMadeIt()
    {
        const string form = "grant_type=authorization_code&code=CODE-SECRET-6";
        (Cassette cassette, _) = await RecordAsync(new CassetteOptions(), null, ("https://idp.test/token", form, "application/x-www-form-urlencoded"));
        using var handler = new FakeStatusHandler(new FakeStatusOptions { UseUrlConventions = false });
        Cassette.Parse(cassette.ToJson()).ReplayInto(handler);
        using var client = new HttpClient(handler, disposeHandler: false);

        using HttpResponseMessage response = await client.PostAsync(new Uri("https://idp.test/token"), new StringContent(form, Encoding.UTF8, "application/x-www-form-urlencoded"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [TestCase("https://store.test/blob?sv=2024&sig=SIG-SECRET-8", "https://store.test/blob?sv=2024&sig=***")]
    [TestCase("https://s3.test/o?X-Amz-Credential=CRED-SECRET-9&X-Amz-Signature=SIG-SECRET-10", "https://s3.test/o?X-Amz-Credential=***&X-Amz-Signature=***")]
    [TestCase("https://app.test/cb?code=CODE-SECRET-11&state=s1", "https://app.test/cb?code=***&state=s1")]
    public async Task Record_DefaultQueryNames_AreMasked(string sent, string expected)
    {
        (Cassette cassette, _) = await RecordAsync(new CassetteOptions(), null, (sent, string.Empty, null));

        cassette.Interactions.Single().Url.Should().Be(expected);
    }

    [TestCase("X-Session-Id")]
    [TestCase("X-Auth")]
    [TestCase("X-Signature")]
    public async Task Record_DefaultSecretNames_AreMasked(string header)
    {
        (Cassette cassette, _) = await RecordAsync(new CassetteOptions(), header, ("https://api.test/x", string.Empty, null));

        cassette.Interactions.Single().RequestHeaders[header].Should().Equal("***");
        cassette.ToJson().Should().NotContain("HEADER-SECRET");
    }

    private static async Task<(Cassette Cassette, string LastAnswer)> RecordAsync(CassetteOptions options, string? header, params (string Url, string Body, string? ContentType)[] requests)
    {
        using var api = new FakeStatusHandler(new FakeStatusOptions { UseUrlConventions = false });
        api.When("*").Respond(200, r => r.WithBody(TokenAnswer, "application/json"));
        using var recorder = new CassetteRecorder(api, options: options);
        using var client = new HttpClient(recorder, disposeHandler: false);
        string last = string.Empty;
        foreach ((string url, string body, string? contentType) in requests)
        {
            using var request = new HttpRequestMessage(contentType is null ? HttpMethod.Get : HttpMethod.Post, new Uri(url));
            if (contentType is not null)
            {
                request.Content = new StringContent(body, Encoding.UTF8, contentType);
            }

            if (header is not null)
            {
                request.Headers.TryAddWithoutValidation(header, "HEADER-SECRET-12");
            }

            using HttpResponseMessage response = await client.SendAsync(request);
            last = await response.Content.ReadAsStringAsync();
        }

        return (recorder.Cassette, last);
    }
}
