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

        Approvals.Verify(await MessageOf(handler, request));
    }

    [Test]
    public async Task Unmatched_WrongHost_MarksTheHostAndTheMatchingScheme()
    {
        using var handler = Handler();
        handler.When("https://pay.test/charge").Respond(200);

        using HttpRequestMessage request = new HttpRequestMessage(HttpMethod.Get, "https://api.test/charge");

        Approvals.Verify(await MessageOf(handler, request));
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

        Approvals.Verify(await MessageOf(handler, request));
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
        message.Should().NotContainAny("expected-key", "wrong-key-123");
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
        message.Should().NotContainAny("abc123", "abcdefghij", "s3cr3t", "t0k3n");
    }

    [Test]
    public async Task Unmatched_JsonBodyDiffers_ListsEveryJsonPath()
    {
        using var handler = Handler();
        handler.When(HttpMethod.Post, "/pay").ForJsonBody(new { Amount = 12.5, Items = Letters }).Respond(201);

        using HttpRequestMessage request = Post("/pay", "{\"amount\": \"12.50\", \"items\": [\"a\"], \"extra\": true}", "application/json");

        Approvals.Verify(await MessageOf(handler, request));
    }

    [Test]
    public async Task Unmatched_BodyNotJson_SaysWhyItIsNotJson()
    {
        using var handler = Handler();
        handler.When(HttpMethod.Post, "/pay").ForPartialJsonBody("{\"amount\": 1}").Respond(201);

        using HttpRequestMessage request = Post("/pay", "amount=1", "text/plain");

        Approvals.Verify(await MessageOf(handler, request));
    }

    [Test]
    public async Task Unmatched_FormFieldDiffers_NamesTheField()
    {
        using var handler = Handler();
        handler.When(HttpMethod.Post, "/token").ForFormField("grant_type", "password").ForFormField("client_secret", "s1").Respond(200);

        using HttpRequestMessage request = Post("/token", "grant_type=client_credentials&client_secret=s2", "application/x-www-form-urlencoded");

        Approvals.Verify(await MessageOf(handler, request));
    }

    [Test]
    public async Task Unmatched_FormFieldOnNonForm_NamesTheContentType()
    {
        using var handler = Handler();
        handler.When(HttpMethod.Post, "/token").ForFormField("grant_type").Respond(200);

        using HttpRequestMessage request = Post("/token", "{}", "application/json");

        Approvals.Verify(await MessageOf(handler, request));
    }

    [Test]
    public async Task Unmatched_PredicateFails_NumbersThePredicate()
    {
        using var handler = Handler();
        handler.When("/orders").ForRequest(_ => true).ForBody(_ => false).Respond(200);

        using HttpRequestMessage request = Post("/orders", "x", "text/plain");

        Approvals.Verify(await MessageOf(handler, request));
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

        Approvals.Verify(await MessageOf(handler, request));
    }

    [Test]
    public async Task Unmatched_LongBody_IsCutAt200CharactersWithItsSize()
    {
        using var handler = Handler();
        string body = "{\"text\": \"" + new string('x', 300) + "\"}";

        using HttpRequestMessage request = Post("/pay", body, "application/json");

        Approvals.Verify(await MessageOf(handler, request));
    }

    [Test]
    public async Task Unmatched_LongBodyWithACharacterOfTwoHalvesAcrossThe200thCharacter_CutsBeforeTheWholeCharacter()
    {
        using var handler = Handler();
        string body = new string('x', 199) + "\uD83D\uDE00" + new string('y', 50);

        using HttpRequestMessage request = Post("/pay", body, "text/plain");
        string message = await MessageOf(handler, request);

        message.Should().Contain(new string('x', 199) + "... (253 bytes)").And.NotContain("\uD83D");
    }

    [Test]
    public async Task Unmatched_NoRoutes_NextStepSaysToRegisterOne()
    {
        using var handler = Handler();

        using HttpRequestMessage request = new HttpRequestMessage(HttpMethod.Get, "https://api.test/orders");

        Approvals.Verify(await MessageOf(handler, request));
    }

    [Test]
    public async Task Unmatched_FullMessage_ReadsAsDocumented()
    {
        using var handler = Handler();
        handler.When(HttpMethod.Post, "/orders").ForJsonBody(new { Amount = 12.5 }).Respond(201);

        using HttpRequestMessage request = Post("/orders", "{\"amount\":\"12.50\"}", "application/json");

        Approvals.Verify(await MessageOf(handler, request));
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
}
