using System.Text;

namespace FakeStatus.Tests.Diagnostics;

public sealed class UnmatchedNearMissTests
{
    private static readonly string[] Letters = ["a", "b"];

    [Test]
    public async Task Unmatched_WrongMethod_MarksTheMethodAndSaysWhatToDo()
    {
        using var handler = Handler();
        handler.When(HttpMethod.Post, "/orders/{id}").Respond(201);

        using HttpRequestMessage request = new HttpRequestMessage(HttpMethod.Get, "https://api.test/orders/7");

        string message = await MessageOf(handler, request);
        Approvals.Verify(message);

        message.Should().Contain(
            "\nNearest routes:\n  'POST /orders/{id}' (route #1, 201 Created)\n    [x] method POST: got GET\n    [ok] path /orders/{id}\n" +
            "Next step: register a route for GET /orders/7, or fix the request: the nearest route, 'POST /orders/{id}', expects method POST (got GET).");
    }

    [Test]
    public async Task Unmatched_WrongHost_MarksTheHostAndTheMatchingScheme()
    {
        using var handler = Handler();
        handler.When("https://pay.test/charge").Respond(200);

        using HttpRequestMessage request = new HttpRequestMessage(HttpMethod.Get, "https://api.test/charge");

        string message = await MessageOf(handler, request);
        Approvals.Verify(message);

        message.Should().Contain("    [ok] scheme https\n    [x] host pay.test: got api.test\n    [ok] path /charge");
    }

    [TestCase("/orders/7", "[x] path /api/orders/{id}: segment 1: expected 'api', got 'orders'", TestName = "Unmatched_LiteralSegmentDiffers_NamesTheSegment")]
    [TestCase("/api/order/7", "[x] path /api/orders/{id}: segment 2: expected 'orders', got 'order'", TestName = "Unmatched_SecondSegmentDiffers_NamesSegmentTwo")]
    [TestCase("/api/orders", "[x] path /api/orders/{id}: too few segments: expected 3, got 2", TestName = "Unmatched_TooFewSegments_SaysSo")]
    [TestCase("/api/orders/7/lines", "[x] path /api/orders/{id}: too many segments: expected 3, got 4", TestName = "Unmatched_TooManySegments_SaysSo")]
    public async Task Unmatched_PathDiffers_ExplainsSegmentBySegment(string path, string expected)
    {
        using var handler = Handler();
        handler.When(HttpMethod.Get, "/api/orders/{id}").Respond(200);

        using HttpRequestMessage request = new HttpRequestMessage(HttpMethod.Get, "https://api.test" + path);

        string message = await MessageOf(handler, request);
        Approvals.Verify(message, TestContext.CurrentContext.Test.Name);

        message.Should().Contain("\n    " + expected + "\n");
    }

    [Test]
    public async Task Unmatched_QueryDiffers_ShowsTheValuesReceived()
    {
        using var handler = Handler();
        handler.When("/orders?page=2").ForQuery("sort", "date").Respond(200);

        using HttpRequestMessage request = new HttpRequestMessage(HttpMethod.Get, "https://api.test/orders?page=3");

        string message = await MessageOf(handler, request);
        Approvals.Verify(message);

        message.Should().Contain("    [x] query page=2: got page=3\n    [x] query sort=date: the query has no 'sort'\n");
    }

    [Test]
    public async Task Unmatched_HeaderDiffers_MasksSecretValuesOnBothSides()
    {
        using var handler = Handler();
        handler.When("/orders").ForHeader("Accept", "application/json").ForHeader("X-Api-Key", "expected-key").Respond(200);
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://api.test/orders");
        request.Headers.TryAddWithoutValidation("Accept", "text/html");
        request.Headers.TryAddWithoutValidation("X-Api-Key", "wrong-key-123");

        string message = await MessageOf(handler, request);
        Approvals.Verify(message);

        message.Should().Contain("    [x] header Accept: application/json: got text/html\n")
            .And.Contain("    [x] header X-Api-Key: (masked, 12 chars): got (masked, 13 chars)\n")
            .And.NotContain("expected-key").And.NotContain("wrong-key-123");
    }

    [Test]
    public async Task Unmatched_RequestSecrets_AreMaskedInTheRequestSection()
    {
        using var handler = Handler();
        handler.When("/orders").Respond(200);
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://api.test/other?api_key=abc123&lang=en");
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer abcdefghij");
        request.Headers.TryAddWithoutValidation("Cookie", "session=s3cr3t");
        request.Headers.TryAddWithoutValidation("X-Refresh-Token", "t0k3n");
        request.Headers.TryAddWithoutValidation("Accept", "application/json");

        string message = await MessageOf(handler, request);
        Approvals.Verify(message);

        message.Should().Contain(
            "\nRequest:\n  GET https://api.test/other?api_key=***&lang=en\n  Authorization: (masked, 17 chars)\n  Cookie: (masked, 14 chars)\n" +
            "  X-Refresh-Token: (masked, 5 chars)\n  Accept: application/json\n  body: (none)\n")
            .And.NotContain("abc123").And.NotContain("abcdefghij").And.NotContain("s3cr3t").And.NotContain("t0k3n");
    }

    [Test]
    public async Task Unmatched_JsonBodyDiffers_ListsEveryJsonPath()
    {
        using var handler = Handler();
        handler.When(HttpMethod.Post, "/pay").ForJsonBody(new { Amount = 12.5, Items = Letters }).Respond(201);

        using HttpRequestMessage request = Post("/pay", "{\"amount\": \"12.50\", \"items\": [\"a\"], \"extra\": true}", "application/json");

        string message = await MessageOf(handler, request);
        Approvals.Verify(message);

        message.Should().Contain(
            "    [x] JSON body {\"amount\":12.5,\"items\":[\"a\",\"b\"]}\n" +
            "        $.amount: expected 12.5, got \"12.50\"\n" +
            "        $.items[1]: missing\n" +
            "        $.extra: not expected (exact match)\n");
    }

    [Test]
    public async Task Unmatched_BodyNotJson_SaysWhyItIsNotJson()
    {
        using var handler = Handler();
        handler.When(HttpMethod.Post, "/pay").ForPartialJsonBody("{\"amount\": 1}").Respond(201);

        using HttpRequestMessage request = Post("/pay", "amount=1", "text/plain");

        string message = await MessageOf(handler, request);
        Approvals.Verify(message);

        message.Should().Contain("    [x] JSON body containing {\"amount\": 1}: body is not JSON: 'a' is an invalid start of a value at line 1, position 1\n");
    }

    [Test]
    public async Task Unmatched_FormFieldDiffers_NamesTheField()
    {
        using var handler = Handler();
        handler.When(HttpMethod.Post, "/token").ForFormField("grant_type", "password").ForFormField("client_secret", "s1").Respond(200);

        using HttpRequestMessage request = Post("/token", "grant_type=client_credentials&client_secret=s2", "application/x-www-form-urlencoded");

        string message = await MessageOf(handler, request);
        Approvals.Verify(message);

        message.Should().Contain("    [x] form field grant_type=password: got grant_type=client_credentials\n")
            .And.Contain("    [x] form field client_secret=(masked, 2 chars): got client_secret=(masked, 2 chars)\n");
    }

    [Test]
    public async Task Unmatched_FormFieldOnNonForm_NamesTheContentType()
    {
        using var handler = Handler();
        handler.When(HttpMethod.Post, "/token").ForFormField("grant_type").Respond(200);

        using HttpRequestMessage request = Post("/token", "{}", "application/json");

        string message = await MessageOf(handler, request);
        Approvals.Verify(message);

        message.Should().Contain("    [x] form field grant_type present: body is not a form: Content-Type is application/json, not application/x-www-form-urlencoded\n");
    }

    [Test]
    public async Task Unmatched_PredicateFails_NumbersThePredicate()
    {
        using var handler = Handler();
        handler.When("/orders").ForRequest(_ => true).ForBody(_ => false).Respond(200);

        using HttpRequestMessage request = Post("/orders", "x", "text/plain");

        string message = await MessageOf(handler, request);
        Approvals.Verify(message);

        message.Should().Contain("    [ok] predicate 1 (ForRequest)\n    [x] predicate 2 (ForBody): returned false\n");
    }

    [Test]
    public async Task Unmatched_ManyRoutes_ShowsTheThreeNearestRankedByCriteriaThenPath()
    {
        using var handler = Handler();
        handler.When(HttpMethod.Get, "/zzzzzz").Respond(200);
        handler.When(HttpMethod.Post, "/orders").Respond(201);
        handler.When(HttpMethod.Get, "/ordrs").Respond(200);
        handler.When(HttpMethod.Get, "/orderz").Respond(200);
        handler.When(HttpMethod.Delete, "/orders").Respond(204);
        handler.When(HttpMethod.Get, "/orders").ForHeader("X-Tenant").Respond(200);

        using HttpRequestMessage request = new HttpRequestMessage(HttpMethod.Get, "https://api.test/orders");

        string message = await MessageOf(handler, request);
        Approvals.Verify(message);

        // The last route meets two criteria, every other one; among those the closest path wins, then the earliest registered.
        Headings(message).Should().Equal(
            "'GET /orders [X-Tenant]' (route #6, 200 OK)", "'POST /orders' (route #2, 201 Created)", "'DELETE /orders' (route #5, 204 No Content)");
        message.Should().Contain("\n  (3 more route(s))\n");
    }

    [Test]
    public async Task Unmatched_LongBody_IsCutAt200CharactersWithItsSize()
    {
        using var handler = Handler();
        string body = "{\"text\": \"" + new string('x', 300) + "\"}";

        using HttpRequestMessage request = Post("/pay", body, "application/json");

        string message = await MessageOf(handler, request);
        Approvals.Verify(message);

        message.Should().Contain("\n  body: {\"text\": \"" + new string('x', 190) + "... (312 bytes)\n");
    }

    [Test]
    public async Task Unmatched_NoRoutes_NextStepSaysToRegisterOne()
    {
        using var handler = Handler();

        using HttpRequestMessage request = new HttpRequestMessage(HttpMethod.Get, "https://api.test/orders");

        string message = await MessageOf(handler, request);
        Approvals.Verify(message);

        message.Should().NotContain("Nearest routes").And.EndWith(
            "\nNext step: register a route for GET /orders with handler.When(...), or set FakeStatusOptions.Unmatched (Respond or PassThrough).");
    }

    [Test]
    public async Task Unmatched_FullMessage_ReadsAsDocumented()
    {
        using var handler = Handler();
        handler.When(HttpMethod.Post, "/orders").ForJsonBody(new { Amount = 12.5 }).Respond(201);

        using HttpRequestMessage request = Post("/orders", "{\"amount\":\"12.50\"}", "application/json");

        string message = await MessageOf(handler, request);
        Approvals.Verify(message);

        message.Should().Be(
            "FakeStatusHandler cannot answer POST https://api.test/orders: no route matches it and the URL conventions are switched off.\n" +
            "Request:\n" +
            "  POST https://api.test/orders\n" +
            "  Content-Type: application/json; charset=utf-8\n" +
            "  body: {\"amount\":\"12.50\"}\n" +
            "Nearest routes:\n" +
            "  'POST /orders [JSON body {\"amount\":12.5}]' (route #1, 201 Created)\n" +
            "    [ok] method POST\n" +
            "    [ok] path /orders\n" +
            "    [x] JSON body {\"amount\":12.5}: $.amount: expected 12.5, got \"12.50\"\n" +
            "Next step: register a route for POST /orders, or fix the request: the nearest route, 'POST /orders [JSON body {\"amount\":12.5}]', " +
            "expects JSON body {\"amount\":12.5} ($.amount: expected 12.5, got \"12.50\").");
    }

    internal static FakeStatusHandler Handler() => new(new FakeStatusOptions { UseUrlConventions = false });

    internal static HttpRequestMessage Post(string path, string body, string mediaType) =>
        new(HttpMethod.Post, "https://api.test" + path) { Content = new StringContent(body, Encoding.UTF8, mediaType) };

    internal static async Task<string> MessageOf(FakeStatusHandler handler, HttpRequestMessage request)
    {
        using var invoker = new HttpMessageInvoker(handler, disposeHandler: false);
        Func<Task> act = () => invoker.SendAsync(request, CancellationToken.None);
        return (await act.Should().ThrowAsync<UnmatchedRequestException>()).Which.Message;
    }

    private static string[] Headings(string message) =>
        message.Split('\n').Where(l => l.StartsWith("  '", StringComparison.Ordinal)).Select(l => l.Trim()).ToArray();
}
