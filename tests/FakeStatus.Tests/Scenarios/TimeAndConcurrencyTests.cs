using Microsoft.Extensions.Time.Testing;

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
        FakeTimeProvider fake = TestClock.AtSeedTime();
        var clock = new DrivenTimeProvider(fake, fake.Advance);
        using var handler = new FakeStatusHandler(clock);
        handler.When("/report").RespondInSequence(s => s.Respond(503, r => r.WithRetryAfter(TimeSpan.FromSeconds(30))).Respond(200));
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));

        using HttpResponseMessage response = await clock.RunUntilCompleteAsync(() => GetWithRetryAsync(client, "/report", clock));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        IReadOnlyList<RecordedRequest> requests = handler.Requests;
        requests.Should().HaveCount(2);
        (requests[1].ArrivedAt - requests[0].ArrivedAt).Should().Be(TimeSpan.FromSeconds(30));
    }

    [Test]
    public async Task RandomDelayRange_IsSeededAndWithinBounds()
    {
        TimeSpan[] first = await DrawDelaysAsync(seed: 5);
        TimeSpan[] again = await DrawDelaysAsync(seed: 5);
        TimeSpan[] other = await DrawDelaysAsync(seed: 6);

        first.Should().OnlyContain(d => d >= TimeSpan.FromSeconds(2) && d <= TimeSpan.FromSeconds(4));
        first.Distinct().Should().HaveCountGreaterThan(1, "each request draws its own delay");
        again.Should().Equal(first, "the same seed draws the same delays");
        other.Should().NotEqual(first, "another seed draws other delays");
    }

    /// <summary>The delays of five requests to a route answering after a seeded random delay, measured on the fake clock.</summary>
    private static async Task<TimeSpan[]> DrawDelaysAsync(int seed)
    {
        FakeTimeProvider fake = TestClock.AtSeedTime();
        var clock = new DrivenTimeProvider(fake, fake.Advance);
        using var handler = new FakeStatusHandler(clock);
        handler.When("/x").Respond(200, r => r.WithDelay(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4), seed));
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));

        var delays = new TimeSpan[5];
        for (int i = 0; i < delays.Length; i++)
        {
            DateTimeOffset before = clock.GetUtcNow();
            using HttpResponseMessage response = await clock.RunUntilCompleteAsync(() => client.GetAsync("/x"));
            response.StatusCode.Should().Be(HttpStatusCode.OK);
            delays[i] = clock.GetUtcNow() - before;
        }

        return delays;
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
        requests.Where(r => r.StatusCode == 201).Select(r => r.BodyText).Should().OnlyHaveUniqueItems();
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

        handler.Requests.Single().BodyText.Should().Be("kept");
    }
}
