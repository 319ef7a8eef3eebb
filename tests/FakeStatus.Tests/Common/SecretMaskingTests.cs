using System.Text;

namespace FakeStatus.Tests.Common;

/// <summary>
/// Secrets planted in every place a message can show them (URLs, headers, JSON and form bodies, route names, expectations)
/// never appear in any message: one rule masks them all.
/// </summary>
public sealed class SecretMaskingTests
{
    private const string Secret = "Pl4ntd";

    [Test]
    public async Task Messages_SecretsPlantedEverywhere_NeverShowOne()
    {
        using var handler = new FakeStatusHandler(new FakeStatusOptions { UseUrlConventions = false, TimeProvider = TestClock.AtSeedTime() });
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));
        FakeRoute login = handler.When(HttpMethod.Post, "/login?api_key=" + Secret + "1&lang=en").ForQuery("sig", Secret + "2").Respond(200);
        FakeRoute token = handler.When(HttpMethod.Post, "/token").ForHeader("X-Session-Id", Secret + "3").ForHeader("X-Auth", Secret + "4")
            .ForFormField("client_secret", Secret + "5").ForFormField("code", Secret + "6").Respond(200);
        FakeRoute json = handler.When(HttpMethod.Post, "/json")
            .ForJsonBody("{\"user\":\"ann\",\"password\":\"" + Secret + "7\",\"access_token\":\"" + Secret + "8\",\"nested\":{\"refresh_token\":\"" + Secret + "9\"}}")
            .Respond(200);
        FakeRoute sequence = handler.When("/sequence?auth=" + Secret + "10").RespondInSequence(s => s.Respond(200).ThrowWhenExhausted());
        handler.When(HttpMethod.Put, "/pending?X-Amz-Signature=" + Secret + "11").ForQuery("X-Amz-Credential", Secret + "12");
        var messages = new List<string> { login.Name, token.Name, json.Name, sequence.Name, login.ToString(), json.ToString() };

        string query = "?api_key=" + Secret + "a&sig=" + Secret + "b&X-Amz-Signature=" + Secret + "c&X-Amz-Credential=" + Secret + "d&code=" + Secret + "e&auth=" + Secret + "f&lang=en";
        using var unmatchedForm = new HttpRequestMessage(HttpMethod.Post, "https://alice:" + Secret + "g@api.test/token" + query)
        {
            Content = new FormUrlEncodedContent([new("client_secret", Secret + "h"), new("password", Secret + "i"), new("refresh_token", Secret + "j"), new("code", Secret + "k"), new("grant_type", "client_credentials")]),
        };
        unmatchedForm.Headers.Add("X-Session-Id", Secret + "l");
        unmatchedForm.Headers.Add("X-Auth", Secret + "m");
        unmatchedForm.Headers.Add("X-Signature", Secret + "n");
        unmatchedForm.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Secret + "o");
        messages.Add(await MessageOf(() => client.SendAsync(unmatchedForm)));

        string body = "{\"user\":\"ann\",\"password\":\"" + Secret + "p\",\"access_token\":\"" + Secret + "q\",\"nested\":{\"refresh_token\":\"" + Secret + "r\",\"client_secret\":42}}";
        using var unmatchedJson = new HttpRequestMessage(HttpMethod.Post, "https://api.test/json" + query) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        messages.Add(await MessageOf(() => client.SendAsync(unmatchedJson)));

        // The same JSON cut short after 200 characters, and untyped form text, are masked as well.
        string longJson = "{\"padding\":\"" + new string('x', 300) + "\",\"password\":\"" + Secret + "s\"}";
        messages.Add(await MessageOf(() => client.PostAsync(new Uri("/json", UriKind.Relative), new StringContent(longJson, Encoding.UTF8, "application/json"))));
        messages.Add(await MessageOf(() => client.PostAsync(new Uri("/raw", UriKind.Relative), new ByteArrayContent(Encoding.UTF8.GetBytes("access_token=" + Secret + "t&x=1")))));
        messages.Add(await MessageOf(() => client.PutAsync(new Uri("/pending?X-Amz-Signature=" + Secret + "u", UriKind.Relative), null)));

        using HttpResponseMessage first = await client.GetAsync(new Uri("/sequence?auth=" + Secret + "10", UriKind.Relative));
        messages.Add(await MessageOf(() => client.GetAsync(new Uri("/sequence?auth=" + Secret + "10", UriKind.Relative))));
        messages.Add(MessageOf(() => handler.VerifyCalled(login, 1)));
        messages.Add(MessageOf(() => handler.VerifyCalled(token, 1)));
        messages.Add(MessageOf(() => handler.VerifyCalled(json, 1)));
        messages.Add(MessageOf(handler.VerifyNoUnmatchedRequests));
        messages.Add(MessageOf(handler.VerifyAllRoutesUsed));
        messages.Add(MessageOf(handler.VerifyAll));
        messages.AddRange(handler.Requests.Select(r => r.ToString()));

        messages.Should().AllSatisfy(m => m.Should().NotContainEquivalentOf(Secret));
        string all = string.Join("\n", messages);
        all.Should().Contain("api_key=***").And.Contain("lang=en").And.Contain("https://alice:***@api.test/token")
            .And.Contain("X-Session-Id: (masked, 7 chars)").And.Contain("X-Signature: (masked, 7 chars)")
            .And.Contain("body: client_secret=(masked, 7 chars)&password=(masked, 7 chars)&refresh_token=(masked, 7 chars)&code=(masked, 7 chars)&grant_type=client_credentials")
            .And.Contain("\"user\":\"ann\",\"password\":(masked, 7 chars)")
            .And.Contain("\"client_secret\":(masked, 2 chars)")
            .And.Contain("$.password: differs (a secret: values masked)");
    }

    [TestCase("sig")]
    [TestCase("X-Amz-Signature")]
    [TestCase("X-Amz-Credential")]
    [TestCase("code")]
    [TestCase("auth")]
    [TestCase("X-Session-Id")]
    [TestCase("X-Auth")]
    [TestCase("X-Signature")]
    [TestCase("password")]
    [TestCase("client_secret")]
    [TestCase("access_token")]
    [TestCase("refresh_token")]
    [TestCase("api_key")]
    [TestCase("Authorization")]
    public void IsSecret_DefaultName_IsMasked(string name) => Secrets.IsSecret(name).Should().BeTrue();

    [TestCase("lang")]
    [TestCase("statusCode")]
    [TestCase("X-Request-Id")]
    [TestCase("grant_type")]
    public void IsSecret_OrdinaryName_IsShown(string name) => Secrets.IsSecret(name).Should().BeFalse();

    private static async Task<string> MessageOf(Func<Task> send)
    {
        try
        {
            await send();
        }
#pragma warning disable CA1031 // The message of whatever the request raised is what the test inspects.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return e.Message;
        }

        throw new AssertionException("The request was expected to fail with a message.");
    }

    private static string MessageOf(Action verify)
    {
        try
        {
            verify();
        }
        catch (FakeStatusVerificationException e)
        {
            return e.Message;
        }

        throw new AssertionException("The verification was expected to fail with a message.");
    }
}
