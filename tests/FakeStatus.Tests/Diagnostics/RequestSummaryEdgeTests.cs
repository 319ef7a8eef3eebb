namespace FakeStatus.Tests.Diagnostics;

/// <summary>
/// How a request reads in an unmatched message at the edges: a body of exactly 200 characters and one more, an empty body,
/// a header with two values, a URL whose only query value is a secret; and near misses computed on a faithful copy.
/// </summary>
public sealed class RequestSummaryEdgeTests
{
    [TestCase(200, false)]
    [TestCase(201, true)]
    public async Task Body_UpTo200Characters_IsShownInFull_LongerIsCutWithItsSize(int length, bool cut)
    {
        using var content = new StringContent(new string('x', length));

        string message = await UnmatchedMessageAsync(HttpMethod.Post, "https://api.test/x", content);

        string shown = cut ? new string('x', 200) + $"... ({length} bytes)" : new string('x', length);
        message.Should().Contain("\n  body: " + shown + "\n");
    }

    [Test]
    public async Task Body_Empty_IsShownAsEmpty()
    {
        using var content = new ByteArrayContent([]);

        string message = await UnmatchedMessageAsync(HttpMethod.Post, "https://api.test/x", content);

        message.Should().Contain("\n  body: (empty)\n");
    }

    [Test]
    public async Task Header_WithTwoValues_IsOneLineJoinedByComma()
    {
        string message = await UnmatchedMessageAsync(HttpMethod.Get, "https://api.test/x", null, ("X-Trace", ["a", "b"]));

        message.Should().Contain("\nRequest:\n  GET https://api.test/x\n  X-Trace: a, b\n  body: (none)\n");
    }

    [Test]
    public async Task Url_WhoseOnlyQueryValueIsASecret_IsMasked()
    {
        string message = await UnmatchedMessageAsync(HttpMethod.Get, "https://api.test/x?api_key=hunter2", null);

        message.Should().StartWith("FakeStatusHandler cannot answer GET https://api.test/x?api_key=***: ").And.NotContain("hunter2");
    }

    [Test]
    public async Task NextStep_MissWithSeveralDifferences_ShowsTheFirstAndSaysThereAreMore()
    {
        using var handler = new FakeStatusHandler(new FakeStatusOptions { UseUrlConventions = false, TimeProvider = TestClock.AtSeedTime() });
        handler.When(HttpMethod.Post, "/orders").ForJsonBody("{\"a\": 1, \"b\": 2}").Respond(201);
        using var invoker = new HttpMessageInvoker(handler, disposeHandler: false);
        using var request = new HttpRequestMessage(HttpMethod.Post, "https://api.test/orders") { Content = new StringContent("{\"a\": 3, \"b\": 4}") };

        Func<Task> act = () => invoker.SendAsync(request, CancellationToken.None);

        (await act.Should().ThrowAsync<UnmatchedRequestException>()).Which.Message.Should().EndWith(
            "\nNext step: register a route for POST /orders, or fix the request: the nearest route, 'POST /orders [JSON body {\"a\": 1, \"b\": 2}]', " +
            "expects JSON body {\"a\": 1, \"b\": 2} ($.a: expected 1, got 3, ...).");
    }

    [Test]
    public async Task NearestRequests_AreJudgedOnACopyWithTheSameHttpVersion()
    {
        using var handler = new FakeStatusHandler(new FakeStatusOptions { Unmatched = UnmatchedPolicy.Respond(404), UseUrlConventions = false, TimeProvider = TestClock.AtSeedTime() });
        FakeRoute route = handler.When("/v2").ForRequest(r => r.Version == HttpVersion.Version20).ForHeader("X-Key").Respond(200);
        using var invoker = new HttpMessageInvoker(handler, disposeHandler: false);
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://api.test/v2") { Version = HttpVersion.Version20 };
        using (await invoker.SendAsync(request, CancellationToken.None))
        {
        }

        FluentActions.Invoking(() => handler.VerifyCalled(route, 1)).Should().Throw<FakeStatusVerificationException>()
            .Which.Message.Should().Contain("\n    [x] header X-Key present: the request has no X-Key header\n    [ok] predicate 1 (ForRequest)\n");
    }

    private static async Task<string> UnmatchedMessageAsync(HttpMethod method, string uri, HttpContent? content, params (string Name, string[] Values)[] headers)
    {
        using var handler = new FakeStatusHandler(new FakeStatusOptions { UseUrlConventions = false, TimeProvider = TestClock.AtSeedTime() });
        using var invoker = new HttpMessageInvoker(handler, disposeHandler: false);
        using var request = new HttpRequestMessage(method, uri) { Content = content };
        foreach ((string name, string[] values) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, values);
        }

        Func<Task> act = () => invoker.SendAsync(request, CancellationToken.None);
        return (await act.Should().ThrowAsync<UnmatchedRequestException>()).Which.Message;
    }
}
