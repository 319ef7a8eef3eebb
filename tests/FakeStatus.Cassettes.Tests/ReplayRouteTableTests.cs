namespace FakeStatus.Cassettes.Tests;

/// <summary>
/// How replay files recordings in the handler's route table: by the recorded path where it is plain text, by <c>*</c> where
/// the path holds anything a template would read otherwise; and recordings with a body are tried before the body-less one.
/// </summary>
public sealed class ReplayRouteTableTests
{
    [Test]
    public async Task ReplayInto_BodylessRecordingAfterOneWithABody_TheBodyStillGetsItsOwnAnswer()
    {
        const string cassette = """
            {
              "version": 1,
              "interactions": [
                { "request": { "method": "POST", "url": "https://api.test/ping", "headers": { "Content-Type": ["application/json"] }, "body": "{\"deep\":true}" },
                  "response": { "status": 200, "reasonPhrase": "OK", "headers": {}, "body": "" } },
                { "request": { "method": "POST", "url": "https://api.test/ping" },
                  "response": { "status": 204, "reasonPhrase": "No Content", "headers": {}, "body": "" } }
              ]
            }
            """;
        using var handler = new FakeStatusHandler();
        IReadOnlyList<FakeRoute> routes = Cassette.Parse(cassette).ReplayInto(handler);
        using HttpClient client = handler.ToHttpClient();

        using var deepBody = new StringContent("{\"deep\": true}", System.Text.Encoding.UTF8, "application/json");
        using var otherBody = new StringContent("{\"deep\": false}", System.Text.Encoding.UTF8, "application/json");
        using HttpResponseMessage deep = await client.PostAsync(new Uri("https://api.test/ping"), deepBody);
        using HttpResponseMessage other = await client.PostAsync(new Uri("https://api.test/ping"), otherBody);

        deep.StatusCode.Should().Be(HttpStatusCode.OK);
        other.StatusCode.Should().Be(HttpStatusCode.NoContent);
        routes.Select(r => r.Name).Should().Equal("POST https://api.test/ping", "POST https://api.test/ping (body 1)");
    }

    [Test]
    public async Task ReplayInto_PathOfLettersDigitsAndUnreservedMarks_FilesTheRouteByThatPath()
    {
        const string url = "https://api.test/a/z/A/Z/0/9/m-n.o_p~q";
        using var handler = new FakeStatusHandler();
        IReadOnlyList<FakeRoute> routes = ReplayGet(handler, url);
        using HttpClient client = handler.ToHttpClient();

        using HttpResponseMessage response = await client.GetAsync(new Uri(url));

        routes.Single().Template.Should().Be("/a/z/A/Z/0/9/m-n.o_p~q");
        response.StatusCode.Should().Be(HttpStatusCode.Accepted);
    }

    [TestCase("/users/@me")]
    [TestCase("/v1:batch")]
    [TestCase("/files/a%2Fb")]
    [TestCase("/a[1]")]
    [TestCase("/sum/1+2")]
    public async Task ReplayInto_PathWithACharacterATemplateReadsOtherwise_FilesTheRouteUnderStarAndStillMatchesTheUrlExactly(string path)
    {
        string url = "https://api.test" + path;
        using var handler = new FakeStatusHandler(new FakeStatusOptions { UseUrlConventions = false });
        IReadOnlyList<FakeRoute> routes = ReplayGet(handler, url);
        using HttpClient client = handler.ToHttpClient();

        using HttpResponseMessage response = await client.GetAsync(new Uri(url));
        Func<Task> other = () => client.GetAsync(new Uri("https://api.test/users/me"));

        routes.Single().Template.Should().Be("*");
        response.StatusCode.Should().Be(HttpStatusCode.Accepted);
        await other.Should().ThrowAsync<UnmatchedRequestException>();
    }

    private static IReadOnlyList<FakeRoute> ReplayGet(FakeStatusHandler handler, string url)
    {
        string cassette = $$"""
            {
              "version": 1,
              "interactions": [
                { "request": { "method": "GET", "url": "{{url}}" },
                  "response": { "status": 202, "reasonPhrase": "Accepted", "headers": {}, "body": "" } }
              ]
            }
            """;
        return Cassette.Parse(cassette).ReplayInto(handler);
    }
}
