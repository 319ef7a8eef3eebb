namespace FakeStatus.Tests.Scenarios;

public sealed class TimeAndConcurrencyTests
{
    /// <summary>A client that honours Retry-After on the clock it is given, as production code should.</summary>
    private static async Task<HttpResponseMessage> GetWithRetryAsync(HttpClient client, string path, TimeProvider time)
    {
        for (int attempt = 1; ; attempt++)
        {
            HttpResponseMessage response = await client.GetAsync(path);
            if ((int)response.StatusCode != 503 || attempt == 5)
            {
                return response;
            }

            TimeSpan wait = response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1);
            response.Dispose();
            await Task.Delay(wait, time);
        }
    }

    [Test]
    public async Task ThirtySecondRetryAfterBackOff_CompletesWithoutRealWaiting()
    {
        var clock = TestClock.AtSeedTime();
        using var handler = new FakeStatusHandler(clock);
        handler.When("/report").RespondInSequence(s => s.Respond(503, r => r.WithRetryAfter(TimeSpan.FromSeconds(30))).Respond(200));
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));

        Task<HttpResponseMessage> call = GetWithRetryAsync(client, "/report", clock);
        for (int i = 0; i < 100 && !call.IsCompleted; i++)
        {
            // A real millisecond lets the client's continuation set its timer before the fake clock moves on.
            await Task.WhenAny(call, Task.Delay(1));
            clock.Advance(TimeSpan.FromSeconds(1));
        }

        using HttpResponseMessage response = await call.WaitAsync(TimeSpan.FromSeconds(30));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        IReadOnlyList<RecordedRequest> requests = handler.Requests;
        requests.Should().HaveCount(2);
        (requests[1].ArrivedAt - requests[0].ArrivedAt).Should().BeGreaterThanOrEqualTo(TimeSpan.FromSeconds(30));
    }

    [Test]
    public async Task RandomDelayRange_IsSeededAndWithinBounds()
    {
        var clock = TestClock.AtSeedTime();
        using var handler = new FakeStatusHandler(clock);
        handler.When("/x").Respond(200, r => r.WithDelay(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4), seed: 5));
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));

        Task<HttpResponseMessage> pending = client.GetAsync("/x");
        clock.Advance(TimeSpan.FromMilliseconds(1999));
        pending.IsCompleted.Should().BeFalse("the delay is at least 2 s");
        clock.Advance(TimeSpan.FromMilliseconds(2001));

        using HttpResponseMessage response = await pending;
        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Test]
    public async Task TenThousandRequestsFromEightTasks_AreAllRecorded()
    {
        using var handler = new FakeStatusHandler();
        handler.When("/a").Respond(200);
        handler.When(HttpMethod.Post, "/b").Respond(201);
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));

        await Task.WhenAll(Enumerable.Range(0, 8).Select(task => Task.Run(async () =>
        {
            for (int i = 0; i < 1250; i++)
            {
                using HttpResponseMessage response = (i % 3) switch
                {
                    0 => await client.GetAsync("/a"),
                    1 => await client.PostAsync("/b", new StringContent($"{task}:{i}")),
                    _ => await client.GetAsync("/smtp/530"),
                };
                await response.Content.ReadAsStringAsync();
            }
        })));

        IReadOnlyList<RecordedRequest> requests = handler.Requests;
        requests.Should().HaveCount(10_000);
        requests.Count(r => r.StatusCode == 201).Should().Be(8 * 417);
        requests.Where(r => r.StatusCode == 201).Select(r => r.BodyAsString()).Should().OnlyHaveUniqueItems();
        handler.Routes.Single(r => r.Template == "/a").CallCount.Should().Be(8 * 417);
    }

    [Test]
    public async Task RequestBody_IsRecordedEvenAfterTheCallerDisposedIt()
    {
        using var handler = new FakeStatusHandler();
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));
        var content = new StringContent("kept");

        using (HttpResponseMessage response = await client.PostAsync("/202", content))
        {
            content.Dispose();
        }

        handler.Requests.Single().BodyAsString().Should().Be("kept");
    }
}
