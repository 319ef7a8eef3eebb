namespace FakeStatus.Tests.Realism;

/// <summary>
/// A route's usual message is judged once and the verdict reused: every later request still gets it, and a request whose
/// message differs (HEAD, HTTP/2) is judged on its own.
/// </summary>
public sealed class RealismVerdictReuseTests
{
    [Test]
    public async Task Send_SameUnrealisticRouteThreeTimes_NotesTheProblemOnEveryRequest()
    {
        using var handler = new FakeStatusHandler(new FakeStatusOptions { Realism = RealismCheck.Warn });
        handler.When("/login").Respond(401, b => b.WithoutHeader("WWW-Authenticate"));
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));

        for (int i = 0; i < 3; i++)
        {
            using HttpResponseMessage response = await client.GetAsync(new Uri("/login", UriKind.Relative));
        }

        handler.Requests.Should().HaveCount(3).And.OnlyContain(r => r.RealismProblems.Count == 1 && r.RealismProblems[0].StartsWith("401 without WWW-Authenticate", StringComparison.Ordinal));
    }

    [Test]
    public async Task Send_Http11ThenHttp2_JudgesTheHttp2AnswerOnItsOwn()
    {
        using var handler = new FakeStatusHandler(new FakeStatusOptions { Realism = RealismCheck.Warn });
        handler.When("/page").Respond(200, b => b.WithReasonPhrase("Fine"));
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));

        using HttpResponseMessage http11 = await client.GetAsync(new Uri("/page", UriKind.Relative));
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/page", UriKind.Relative)) { Version = HttpVersion.Version20 };
        using HttpResponseMessage http2 = await client.SendAsync(request);
        using HttpResponseMessage again = await client.GetAsync(new Uri("/page", UriKind.Relative));

        handler.Requests.Select(r => r.RealismProblems.Count).Should().Equal(0, 1, 0);
        handler.Requests[1].RealismProblems[0].Should().StartWith("reason phrase 'Fine' on HTTP/2");
    }
}
