using System.Text;

namespace FakeStatus.Tests.Handler;

/// <summary>The record: one snapshot per request, bounded, race-free, holding no request alive, with exact counters.</summary>
public sealed class RequestLogTests
{
    [Test]
    public async Task ClearRequests_WhileFourTasksSend_LosesAndFailsNothing()
    {
        using var handler = new FakeStatusHandler(new FakeStatusOptions { MaxRecordedRequests = null });
        FakeRoute route = handler.When("/503").Respond(503);
        using var invoker = new HttpMessageInvoker(handler, disposeHandler: false);
        using var stop = new CancellationTokenSource();
        long clears = 0;
        Task clearing = Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                handler.ClearRequests();
                Interlocked.Increment(ref clears);
            }
        });

        int[] failures = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            int failed = 0;
            for (int i = 0; i < 25_000; i++)
            {
                try
                {
                    using var request = new HttpRequestMessage(HttpMethod.Get, "https://fake.test/503");
                    using HttpResponseMessage response = await invoker.SendAsync(request, CancellationToken.None);
                    failed += (int)response.StatusCode == 503 ? 0 : 1;
                }
                catch (Exception)
                {
                    failed++;
                }
            }

            return failed;
        })));
        await stop.CancelAsync();
        await clearing;

        failures.Sum().Should().Be(0);
        route.CallCount.Should().Be(100_000);
        Interlocked.Read(ref clears).Should().BeGreaterThan(0);
        handler.ClearRequests();
        using HttpResponseMessage last = await invoker.SendAsync(new HttpRequestMessage(HttpMethod.Get, "https://fake.test/503"), CancellationToken.None);
        handler.Requests.Should().ContainSingle().Which.Outcome.Should().Be(RequestOutcome.Answered);
    }

    [Test]
    public async Task DefaultHandler_200000PostsOf2KiB_GrowTheHeapByLessThan64MB()
    {
        using var handler = new FakeStatusHandler();
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));
        byte[] payload = new byte[2048];
        long before = HeapAfterFullCollection();

        for (int i = 0; i < 200_000; i++)
        {
            using var content = new ByteArrayContent(payload);
            using HttpResponseMessage response = await client.PostAsync("/201", content);
        }

        long growth = HeapAfterFullCollection() - before;
        growth.Should().BeLessThan(64L * 1024 * 1024, "the log keeps the 10,000 most recent snapshots, not every request");
        handler.Requests.Should().HaveCount(FakeStatusOptions.DefaultMaxRecordedRequests);
    }

    [Test]
    public async Task RecordedRequest_KeepsNoReferenceToTheRequestMessage()
    {
        using var handler = new FakeStatusHandler();
        WeakReference sent = await SendAndForget(handler);

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        sent.IsAlive.Should().BeFalse("the record is a snapshot");
        RecordedRequest recorded = handler.Requests.Single();
        recorded.BodyText.Should().Be("{\"amount\":12.5}");
        recorded.GetHeaderValues("x-correlation-id").Should().Equal("abc-1");
        recorded.GetHeaderValues("Content-Type").Should().Equal("application/json; charset=utf-8");
        recorded.Version.Should().Be(HttpVersion.Version11);
    }

    [Test]
    public async Task MaxRecordedRequests_KeepsTheMostRecent_AndVerificationStaysExact()
    {
        using var handler = new FakeStatusHandler(new FakeStatusOptions { MaxRecordedRequests = 10 });
        FakeRoute route = handler.When("/ok").Respond(200);
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));
        for (int i = 0; i < 30; i++)
        {
            (await client.GetAsync("/ok?i=" + i)).Dispose();
        }

        for (int i = 0; i < 25; i++)
        {
            Func<Task> unmatched = () => client.GetAsync("/nowhere/" + i);
            await unmatched.Should().ThrowAsync<UnmatchedRequestException>();
        }

        handler.Requests.Should().HaveCount(10);
        handler.Requests[^1].Uri!.AbsolutePath.Should().Be("/nowhere/24");
        handler.VerifyCalled(route, 30);
        FluentActions.Invoking(handler.VerifyNoUnmatchedRequests).Should().Throw<FakeStatusVerificationException>()
            .WithMessage("*25 went unmatched*15 older unmatched request(s) are no longer in the log*Requests received (55)*45 older request(s) are no longer in the log*");
    }

    [TestCase(-1)]
    [TestCase(int.MinValue)]
    public void MaxRecordedRequests_Negative_ThrowsNamingTheOption(int value) =>
        FluentActions.Invoking(() => new FakeStatusOptions { MaxRecordedRequests = value })
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("MaxRecordedRequests").WithMessage("*0 or more, or null*");

    [Test]
    public async Task MaxRecordedRequests_Zero_KeepsNothing_ButCountsEverything()
    {
        using var handler = new FakeStatusHandler(new FakeStatusOptions { MaxRecordedRequests = 0 });
        FakeRoute route = handler.When("/ok").Respond(200);
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));
        (await client.GetAsync("/ok")).Dispose();

        handler.Requests.Should().BeEmpty();
        handler.VerifyCalled(route, 1);
    }

    private static async Task<WeakReference> SendAndForget(FakeStatusHandler handler)
    {
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));
        var request = new HttpRequestMessage(HttpMethod.Post, "/201") { Content = new StringContent("{\"amount\":12.5}", Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Correlation-Id", "abc-1");
        using HttpResponseMessage response = await client.SendAsync(request);
        request.Dispose();
        return new WeakReference(request);
    }

    private static long HeapAfterFullCollection()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
