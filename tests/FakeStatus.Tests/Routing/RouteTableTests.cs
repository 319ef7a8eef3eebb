namespace FakeStatus.Tests.Routing;

public sealed class RouteTableTests
{
    private static async Task<int> StatusOf(FakeStatusHandler handler, HttpMethod method, string path)
    {
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));
        using var request = new HttpRequestMessage(method, path);
        using HttpResponseMessage response = await client.SendAsync(request);
        return (int)response.StatusCode;
    }

    [TestCase(true)]
    [TestCase(false)]
    public async Task Match_LiteralSiblingOfAParameter_AnswersTheLiteralInEitherOrder(bool literalFirst)
    {
        using var handler = new FakeStatusHandler();
        if (literalFirst)
        {
            handler.When(HttpMethod.Get, "/gists/starred").Respond(200);
            handler.When(HttpMethod.Get, "/gists/{gist_id}").Respond(201);
        }
        else
        {
            handler.When(HttpMethod.Get, "/gists/{gist_id}").Respond(201);
            handler.When(HttpMethod.Get, "/gists/starred").Respond(200);
        }

        (await StatusOf(handler, HttpMethod.Get, "/gists/starred")).Should().Be(200);
        (await StatusOf(handler, HttpMethod.Get, "/gists/aa5a315d")).Should().Be(201);
    }

    [TestCase("/a/{x}/c", "/a/b/{y}", "/a/b/c", 2, "the first segment that differs decides: 'b' beats {x}")]
    [TestCase("/a/b/{y}", "/a/{x}/c", "/a/b/c", 1, "the first segment that differs decides: 'b' beats {x}")]
    [TestCase("/files/{name}", "/files/*", "/files/x", 1, "{name} beats a last '*'")]
    [TestCase("/files/*", "/files/{name}", "/files/x", 2, "{name} beats a last '*'")]
    [TestCase("/files/*", "/files", "/files", 2, "a path that ends beats a last '*' that takes nothing")]
    [TestCase("/a/*/c", "/a/b/*", "/a/b/c", 2, "a literal beats a middle '*'")]
    [TestCase("/v1/{a}/{b}", "/v1/{a}/items", "/v1/7/items", 2, "a literal beats a parameter in the last segment")]
    [TestCase("*", "/api/{version}/*", "/api/v2/x/y", 2, "'api' beats the first '*'")]
    public async Task Match_TwoTemplatesFit_TheMoreSpecificAnswers(string first, string second, string path, int expected, string because)
    {
        using var handler = new FakeStatusHandler();
        handler.When(first).Respond(201);
        handler.When(second).Respond(202);

        (await StatusOf(handler, HttpMethod.Get, path)).Should().Be(200 + expected, because);
    }

    [Test]
    public async Task Match_EquallySpecificTemplates_TheLatestRegisteredAnswers()
    {
        using var handler = new FakeStatusHandler();
        handler.When("/orders/{id}").Respond(200);
        handler.When("/orders/{orderId}").Respond(503);
        handler.When("/files/*").Respond(201);
        handler.When("/files/*").Respond(202);

        (await StatusOf(handler, HttpMethod.Get, "/orders/7")).Should().Be(503);
        (await StatusOf(handler, HttpMethod.Get, "/files/a/b")).Should().Be(202);
    }

    [Test]
    public async Task Match_MoreSpecificRouteWhoseOtherCriteriaFail_FallsBackToTheLessSpecific()
    {
        using var handler = new FakeStatusHandler();
        handler.When(HttpMethod.Post, "/gists/starred").Respond(201);
        handler.When(HttpMethod.Get, "/gists/{gist_id}/comments").Respond(202);
        handler.When("/gists/{gist_id}").Respond(200);
        handler.When("/gists/*").Respond(204);

        (await StatusOf(handler, HttpMethod.Post, "/gists/starred")).Should().Be(201);
        (await StatusOf(handler, HttpMethod.Get, "/gists/starred")).Should().Be(200);
        (await StatusOf(handler, HttpMethod.Delete, "/gists/1/comments")).Should().Be(204);
        (await StatusOf(handler, HttpMethod.Get, "/gists/1/comments")).Should().Be(202);
    }

    [Test]
    public async Task Match_EmptySegment_FitsAStarButNotAParameter()
    {
        using var handler = new FakeStatusHandler(new FakeStatusOptions { Unmatched = UnmatchedPolicy.Respond(404) });
        handler.When("/a/{x}/b").Respond(201);
        handler.When("/c/*/d").Respond(202);

        (await StatusOf(handler, HttpMethod.Get, "/a//b")).Should().Be(404);
        (await StatusOf(handler, HttpMethod.Get, "/c//d")).Should().Be(202);
    }

    [TestCase("/repos/o/r/git/ref/heads%2Fmain", 201, "heads/main")]
    [TestCase("/repos/o/r/git/ref/v1", 201, "v1")]
    [TestCase("/repos/o/r/git/ref/heads/main", 404, null)]
    public async Task Match_EscapedSlashInAParameter_StaysInsideItsSegment(string path, int expected, string? value)
    {
        using var handler = new FakeStatusHandler(new FakeStatusOptions { Unmatched = UnmatchedPolicy.Respond(404) });
        string? seen = null;
        handler.When("/repos/{owner}/{repo}/git/ref/{ref}").Respond(request =>
        {
            seen = request.RouteValues["ref"];
            return 201;
        });

        (await StatusOf(handler, HttpMethod.Get, path)).Should().Be(expected);
        seen.Should().Be(value);
    }

    [Test]
    public async Task Match_ScopeRoute_BeatsAMoreSpecificHandlerRoute()
    {
        using var handler = new FakeStatusHandler();
        handler.When("/gists/starred").Respond(200);
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));
        using FakeStatusScope scope = handler.BeginScope();
        scope.When("/gists/{id}").Respond(503);

        using HttpResponseMessage response = await client.GetAsync(new Uri("/gists/starred", UriKind.Relative));

        ((int)response.StatusCode).Should().Be(503, "a scope's routes come before the handler's");
    }

    [TestCase("/r/{0}", "/r/{0}")]
    [TestCase("/t/{0}/{{id}}", "/t/{0}/x")]
    public void Register_BetweenRequests_CostsTheSameAtFiveThousandRoutesAsAtOneThousand(string template, string path)
    {
        using var handler = new FakeStatusHandler();
        using var invoker = new HttpMessageInvoker(handler);
        long PerRegistrationAndRequest(int from, int to)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = from; i < to; i++)
            {
                string suffix = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                handler.When(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, suffix)).Respond(200);
                using var request = new HttpRequestMessage(HttpMethod.Get, "https://api.test" + string.Format(System.Globalization.CultureInfo.InvariantCulture, path, suffix));
                using HttpResponseMessage response = invoker.SendAsync(request, CancellationToken.None).GetAwaiter().GetResult();
                response.StatusCode.Should().Be(HttpStatusCode.OK);
            }

            return (GC.GetAllocatedBytesForCurrentThread() - before) / (to - from);
        }

        PerRegistrationAndRequest(0, 1_000);
        long early = PerRegistrationAndRequest(1_000, 2_000);
        PerRegistrationAndRequest(2_000, 4_000);
        long late = PerRegistrationAndRequest(4_000, 5_000);

        // Work shows as allocation: a table rebuilt per request after a registration allocates in proportion to the routes.
        late.Should().BeLessThan(early * 3 / 2, "a registration indexes one route, whatever the number already there (early: {0} B)", early);
        late.Should().BeLessThan(16 * 1024);
    }
}
