using System.Text;
using FakeStatus.Tests.Diagnostics;

namespace FakeStatus.Tests.Matching;

/// <summary>What each criterion says about a request it refuses: missing headers and bodies, several values, a predicate that throws.</summary>
public sealed class CriterionWordingTests
{
    [Test]
    public async Task Unmatched_HeaderMissing_SaysTheRequestHasNone()
    {
        using var handler = UnmatchedNearMissTests.Handler();
        handler.When("/x").ForHeader("X-Key").Respond(200);

        string message = await UnmatchedNearMissTests.MessageOf(handler, new HttpRequestMessage(HttpMethod.Get, "https://api.test/x"));

        message.Should().Contain("    [x] header X-Key present: the request has no X-Key header\n");
    }

    [Test]
    public async Task Unmatched_HeaderWithOtherValues_ListsThemAll()
    {
        using var handler = UnmatchedNearMissTests.Handler();
        handler.When("/x").ForHeader("X-Mode", "c").Respond(200);
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://api.test/x");
        request.Headers.Add("X-Mode", ["a", "b"]);

        string message = await UnmatchedNearMissTests.MessageOf(handler, request);

        message.Should().Contain("    [x] header X-Mode: c: got a, b\n");
    }

    [Test]
    public async Task Send_ContentHeaderRequired_MatchesTheContentHeader()
    {
        using var handler = JsonBodyMatchingTests.Handler();
        handler.When(HttpMethod.Post, "/x").ForHeader("Content-Language", "de").Respond(201);
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));
        using var content = new StringContent("hallo", Encoding.UTF8, "text/plain");
        content.Headers.ContentLanguage.Add("de");

        using HttpResponseMessage response = await client.PostAsync("/x", content);

        ((int)response.StatusCode).Should().Be(201);
    }

    [Test]
    public async Task Unmatched_QueryWithOtherValues_ListsThemAll()
    {
        using var handler = UnmatchedNearMissTests.Handler();
        handler.When("/orders").ForQuery("page", "2").Respond(200);

        string message = await UnmatchedNearMissTests.MessageOf(handler, new HttpRequestMessage(HttpMethod.Get, "https://api.test/orders?page=3&page=4"));

        message.Should().Contain("    [x] query page=2: got page=3, 4\n");
    }

    [Test]
    public async Task Unmatched_PredicateThrows_SaysWhatItThrew()
    {
        using var handler = UnmatchedNearMissTests.Handler();
        handler.When(HttpMethod.Post, "/x").ForRequest(_ => throw new InvalidOperationException("boom")).Respond(200);

        string message = await UnmatchedNearMissTests.MessageOf(handler, new HttpRequestMessage(HttpMethod.Get, "https://api.test/x"));

        message.Should().Contain("    [x] method POST: got GET\n")
            .And.Contain("    [x] predicate 1 (ForRequest): threw InvalidOperationException: boom\n");
    }

    [Test]
    public async Task Unmatched_JsonRouteRequestWithoutContent_SaysThereIsNoBody()
    {
        using var handler = UnmatchedNearMissTests.Handler();
        handler.When("/x").ForJsonBody("{\"a\":1}").Respond(200);

        string message = await UnmatchedNearMissTests.MessageOf(handler, new HttpRequestMessage(HttpMethod.Get, "https://api.test/x"));

        message.Should().Contain("    [x] JSON body {\"a\":1}: the request has no body\n");
    }

    [Test]
    public async Task Unmatched_FormRouteRequestWithoutContent_SaysThereIsNoBody()
    {
        using var handler = UnmatchedNearMissTests.Handler();
        handler.When("/x").ForFormField("a").Respond(200);

        string message = await UnmatchedNearMissTests.MessageOf(handler, new HttpRequestMessage(HttpMethod.Get, "https://api.test/x"));

        message.Should().Contain("    [x] form field a present: the request has no body\n");
    }

    [Test]
    public async Task Unmatched_FormRouteContentWithoutContentType_SaysItIsMissing()
    {
        using var handler = UnmatchedNearMissTests.Handler();
        handler.When("/x").ForFormField("a").Respond(200);
        using var request = new HttpRequestMessage(HttpMethod.Post, "https://api.test/x") { Content = new ByteArrayContent(Encoding.UTF8.GetBytes("a=1")) };

        string message = await UnmatchedNearMissTests.MessageOf(handler, request);

        message.Should().Contain("    [x] form field a present: body is not a form: Content-Type is missing, not application/x-www-form-urlencoded\n");
    }

    [Test]
    public async Task Unmatched_FormFieldWithOtherValues_ListsThemAll()
    {
        using var handler = UnmatchedNearMissTests.Handler();
        handler.When("/x").ForFormField("a", "3").Respond(200);

        using HttpRequestMessage request = UnmatchedNearMissTests.Post("/x", "a=1&a=2", "application/x-www-form-urlencoded");

        string message = await UnmatchedNearMissTests.MessageOf(handler, request);

        message.Should().Contain("    [x] form field a=3: got a=1, 2\n");
    }

    [TestCase("a=1&b=2", 201, TestName = "ForFormBody_EveryFieldPresent_Matches")]
    [TestCase("a=1&b=3", 404, TestName = "ForFormBody_OneFieldDiffers_DoesNotMatch")]
    public async Task ForFormBody_Fields_AreEachRequired(string body, int expected)
    {
        using var handler = JsonBodyMatchingTests.Handler();
        handler.When(HttpMethod.Post, "/pay").ForFormBody([new KeyValuePair<string, string>("a", "1"), new KeyValuePair<string, string>("b", "2")]).Respond(201);

        (await JsonBodyMatchingTests.StatusOf(handler, body, "application/x-www-form-urlencoded")).Should().Be(expected);
    }

    [TestCase(72, TestName = "Unmatched_JsonPatternOfEightyCharacters_IsShownWhole")]
    [TestCase(73, TestName = "Unmatched_JsonPatternOfEightyOneCharacters_IsCutAtEighty")]
    public async Task Unmatched_LongJsonPattern_IsCutAfterEightyCharacters(int letters)
    {
        using var handler = UnmatchedNearMissTests.Handler();
        string pattern = "{\"a\":\"" + new string('x', letters) + "\"}";
        handler.When(HttpMethod.Post, "/x").ForJsonBody(pattern).Respond(200);
        string shown = pattern.Length <= 80 ? pattern : string.Concat(pattern.AsSpan(0, 80), "...");

        using HttpRequestMessage request = UnmatchedNearMissTests.Post("/x", "{\"a\":\"y\"}", "application/json");

        string message = await UnmatchedNearMissTests.MessageOf(handler, request);

        pattern.Length.Should().Be(letters + 8);
        message.Should().Contain("    [x] JSON body " + shown + ": $.a: expected \"");
    }

    [Test]
    public async Task Send_FormRouteRequestWithoutContent_IsUnmatched()
    {
        using var handler = JsonBodyMatchingTests.Handler();
        handler.When("/x").ForFormField("a").Respond(200);
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));

        using HttpResponseMessage response = await client.GetAsync("/x");

        ((int)response.StatusCode).Should().Be(404);
    }
}
