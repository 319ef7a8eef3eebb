using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;

namespace FakeStatus.Reliability.Tests.Stress;

/// <summary>The checks made on the request log after the stress run.</summary>
internal static class StressLogChecks
{
    /// <summary>Each sequence step answered exactly once, call N with step N, then only exhaustion.</summary>
    public static void Sequences(IReadOnlyList<RecordedRequest> log, StressRun run, long[] perSequence, int steps)
    {
        for (int k = 0; k < StressPlan.SequenceRoutes; k++)
        {
            string name = "seq-" + k;
            RecordedRequest[] entries = log.Where(r => r.Route?.Name == name).ToArray();
            entries.Should().HaveCount((int)perSequence[k], "route {0} got that many requests", name);
            RecordedRequest[] answered = entries.Where(r => r.StatusCode is not null).ToArray();
            int[] calls = answered.Select(r => (int)r.CallNumber).Order().ToArray();
            calls.Should().Equal(Enumerable.Range(1, steps), "route {0} consumes each of its steps exactly once", name);
            foreach (RecordedRequest entry in answered)
            {
                int call = (int)entry.CallNumber;
                entry.StatusCode.Should().Be(StressPlan.StepCode(call), "call #{0} of {1} answers step {0}", call, name);
                run.StepSeen[RequestNumber(entry)].Should().Be(call, "the caller of call #{0} of {1} received step {0}", call, name);
            }

            entries.Where(r => r.StatusCode is null).Should().HaveCount((int)perSequence[k] - steps)
                .And.OnlyContain(r => r.Outcome == RequestOutcome.SequenceExhausted && r.CallNumber > steps);
            entries[0].Route!.CallCount.Should().Be(perSequence[k]);
        }
    }

    /// <summary>The random route's answers under load equal a sequential replay of the same seed, draw by draw.</summary>
    public static void RandomRouteReplays(IReadOnlyList<RecordedRequest> log)
    {
        (long Call, int? Status, RequestOutcome Outcome)[] seen = log.Where(r => r.Route?.Name == "flaky").Select(r => (r.CallNumber, r.StatusCode, r.Outcome)).Order().ToArray();
        using var replay = StressRoutes.AddRandom(new FakeStatusHandler(new FakeStatusOptions { MaxRecordedRequests = null }));
        using var invoker = new HttpMessageInvoker(replay, disposeHandler: false);
        for (int i = 0; i < seen.Length; i++)
        {
            try
            {
                using HttpRequestMessage request = new(HttpMethod.Get, StressPlan.Host + "/flaky/1");
                using HttpResponseMessage response = invoker.Send(request, CancellationToken.None);
            }
            catch (HttpRequestException)
            {
                // The refusals are part of the replay; the log records them.
            }
        }

        replay.Requests.Should().OnlyContain(r => r.RandomSeed == StressRoutes.RouteSeed);
        replay.Requests.Select(r => (r.CallNumber, r.StatusCode, r.Outcome)).Order().Should().Equal(seen);
    }

    /// <summary>The /random/... convention draws, keyed by draw number, equal a sequential replay with the same seed.</summary>
    public static void ConventionDrawsReplay(IReadOnlyList<RecordedRequest> log)
    {
        Dictionary<string, int?> seen = log.Where(r => r.Route is null && r.RandomSeed is not null)
            .ToDictionary(r => r.Detail, r => r.StatusCode, StringComparer.Ordinal);
        using var replay = new FakeStatusHandler(new FakeStatusOptions { RandomSeed = StressRoutes.RandomSeed, MaxRecordedRequests = null });
        using var invoker = new HttpMessageInvoker(replay, disposeHandler: false);
        for (int i = 0; i < seen.Count; i++)
        {
            using HttpRequestMessage request = new(HttpMethod.Get, StressPlan.Host + "/random/200,500-504");
            using HttpResponseMessage response = invoker.Send(request, CancellationToken.None);
        }

        replay.Requests.ToDictionary(r => r.Detail, r => r.StatusCode, StringComparer.Ordinal).Should().Equal(seen);
    }

    /// <summary>Every POST body is in the log although the caller disposed its content right after sending.</summary>
    public static void PostBodies(IReadOnlyList<RecordedRequest> log, long posts)
    {
        string[] bodies = log.Where(r => r.Method == HttpMethod.Post).Select(r => r.BodyText).ToArray();
        bodies.Should().HaveCount((int)posts).And.OnlyHaveUniqueItems().And.OnlyContain(b => b.StartsWith("ping ", StringComparison.Ordinal));
    }

    /// <summary>Reads the held responses after every other response was disposed; returns how many were checked.</summary>
    public static int HeldBodiesAreComplete(ConcurrentQueue<HttpResponseMessage> held)
    {
        int checkedCount = 0;
        while (held.TryDequeue(out HttpResponseMessage? response))
        {
            using (response)
            {
                byte[] body = response.Content.ReadAsByteArrayAsync().GetAwaiter().GetResult();
                long? length = response.Content.Headers.ContentLength;
                if (length is not null)
                {
                    body.Should().HaveCount((int)length.Value, "{0} declares Content-Length {1}", response.RequestMessage!.RequestUri, length);
                }

                if (body.Length > 0)
                {
                    using JsonDocument json = JsonDocument.Parse(body);
                    json.RootElement.GetProperty("message").GetString().Should().Be(response.ReasonPhrase);
                }

                checkedCount++;
            }
        }

        return checkedCount;
    }

    private static long RequestNumber(RecordedRequest entry) =>
        long.Parse(entry.GetHeaderValues(StressRun.RequestNumberHeader).Single(), CultureInfo.InvariantCulture);
}
