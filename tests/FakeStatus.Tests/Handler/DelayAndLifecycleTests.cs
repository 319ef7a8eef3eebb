namespace FakeStatus.Tests.Handler;

public sealed class DelayAndLifecycleTests
{
    [Test]
    public async Task Sleep_WaitsOnTheHandlersClock()
    {
        var clock = TestClock.AtSeedTime();
        using var handler = new FakeStatusHandler(clock);
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));

        Task<HttpResponseMessage> pending = client.GetAsync("/503?sleep=250");
        clock.Advance(TimeSpan.FromMilliseconds(249));
        pending.IsCompleted.Should().BeFalse("only 249 of 250 ms have passed");
        clock.Advance(TimeSpan.FromMilliseconds(1));
        using HttpResponseMessage response = await pending;

        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        response.Headers.Date.Should().Be(TestClock.SeedTime, "the Date header has whole seconds and only 250 ms passed");
    }

    [Test]
    public async Task CancellationDuringSleep_CancelsAndIsStillRecorded()
    {
        var clock = TestClock.AtSeedTime();
        using var handler = new FakeStatusHandler(clock);
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));
        using var cts = new CancellationTokenSource();

        Task<HttpResponseMessage> pending = client.GetAsync("/503?sleep=10000", cts.Token);
        clock.Advance(TimeSpan.FromSeconds(1));
        await cts.CancelAsync();

        Func<Task> act = () => pending;
        await act.Should().ThrowAsync<TaskCanceledException>();
        handler.Requests.Should().ContainSingle().Which.Uri!.PathAndQuery.Should().Be("/503?sleep=10000");
    }

    [Test]
    public async Task AlreadyCancelledToken_CancelsWithoutAnswering()
    {
        using var handler = new FakeStatusHandler();
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));

        Func<Task> act = () => client.GetAsync("/503", new CancellationToken(canceled: true));

        await act.Should().ThrowAsync<TaskCanceledException>();
    }

    [Test]
    public async Task SyncSend_AnswersLikeSendAsync()
    {
        using var handler = new FakeStatusHandler(TestClock.AtSeedTime());
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/smtp/530") { Content = new StringContent("hi") };

#if FAKESTATUS_NETSTANDARD
        // The netstandard2.0 build cannot override Send, so HttpMessageHandler's own one refuses the call.
        await Task.CompletedTask;
        FluentActions.Invoking(() => client.Send(request)).Should().Throw<NotSupportedException>();
#else
        using var asyncRequest = new HttpRequestMessage(HttpMethod.Post, "/smtp/530") { Content = new StringContent("hi") };
        using HttpResponseMessage expected = await client.SendAsync(asyncRequest);

#pragma warning disable CA1849 // The synchronous Send is what this test checks.
        using HttpResponseMessage response = client.Send(request);
#pragma warning restore CA1849

        response.StatusCode.Should().Be(expected.StatusCode);
        response.ReasonPhrase.Should().Be(expected.ReasonPhrase);
        HeadersOf(response).Should().Equal(HeadersOf(expected));
        (await response.Content.ReadAsByteArrayAsync()).Should().Equal(await expected.Content.ReadAsByteArrayAsync());
        handler.Requests.Select(r => r.BodyText).Should().Equal("hi", "hi");
#endif
    }

    /// <summary>Every response and content header as "Name: value" lines, in the order the response holds them.</summary>
    private static string[] HeadersOf(HttpResponseMessage response) =>
        response.Headers.Concat(response.Content.Headers).Select(h => h.Key + ": " + string.Join(", ", h.Value)).ToArray();

    [Test]
    public async Task Requests_RecordMethodUriBodyTimeAndStatus()
    {
        using var handler = new FakeStatusHandler(TestClock.AtSeedTime());
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));

        using (var content = new StringContent("payload"))
        {
            using HttpResponseMessage response = await client.PostAsync("/ftp/530", content);
        }

        RecordedRequest recorded = handler.Requests.Should().ContainSingle().Subject;
        recorded.Method.Should().Be(HttpMethod.Post);
        recorded.Uri.Should().Be(new Uri("https://fake.test/ftp/530"));
        recorded.BodyText.Should().Be("payload");
        recorded.ArrivedAt.Should().Be(TestClock.SeedTime);
        recorded.StatusCode.Should().Be(530);
    }

    [Test]
    public async Task ClearRequests_EmptiesTheLogButKeepsRouteCounts()
    {
        using var handler = new FakeStatusHandler();
        FakeRoute route = handler.When("/x").RespondInSequence(s => s.Respond(503).Respond(200));
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));
        (await client.GetAsync("/x")).Dispose();

        handler.ClearRequests();
        using HttpResponseMessage second = await client.GetAsync("/x");

        handler.Requests.Should().ContainSingle().Which.StatusCode.Should().Be(200);
        route.CallCount.Should().Be(2);
    }

    [Test]
    public async Task DisposedHandler_ThrowsObjectDisposedException()
    {
        var handler = new FakeStatusHandler();
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));
        handler.Dispose();
        handler.Dispose();

        Func<Task> act = () => client.GetAsync("/503");

        await act.Should().ThrowAsync<ObjectDisposedException>();
    }

    [Test]
    public void Constructor_NullArguments_ThrowNamingTheParameter()
    {
        FluentActions.Invoking(() => new FakeStatusHandler((FakeStatusOptions)null!))
            .Should().Throw<ArgumentNullException>().WithParameterName("options");
        FluentActions.Invoking(() => new FakeStatusOptions { TimeProvider = null! })
            .Should().Throw<ArgumentNullException>().WithParameterName("TimeProvider");
        FluentActions.Invoking(() => new FakeStatusOptions { Catalog = null! })
            .Should().Throw<ArgumentNullException>().WithParameterName("Catalog");
    }
}
