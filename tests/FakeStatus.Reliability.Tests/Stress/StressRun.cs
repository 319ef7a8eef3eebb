using System.Collections.Concurrent;
using System.Net.Http.Headers;
using Microsoft.Extensions.Time.Testing;

namespace FakeStatus.Reliability.Tests.Stress;

/// <summary>Sends the planned requests from many tasks through one handler and keeps what each one saw.</summary>
internal sealed class StressRun(FakeStatusHandler handler, FakeTimeProvider clock, long total, int tasks) : IDisposable
{
    /// <summary>Every this many requests, the response is kept undisposed to be read after all others are gone.</summary>
    public const int HoldEvery = 1000;

    private static readonly MediaTypeWithQualityHeaderValue TextPlain = new("text/plain");
    private readonly HttpMessageInvoker _invoker = new(handler, disposeHandler: false);
    private readonly Dictionary<string, Uri> _uris = new(StringComparer.Ordinal);
    private long _expectedExceptions;
    private long _clockTicks;

    public ConcurrentQueue<string> Unexpected { get; } = new();

    public ConcurrentQueue<HttpResponseMessage> Held { get; } = new();

    /// <summary>Which step header each sequence request saw, by request, to line up with the log's call numbers.</summary>
    public ConcurrentDictionary<long, int> StepSeen { get; } = new();

    /// <summary>The header that numbers each request, so the log (which holds no request objects) can be joined with what callers saw.</summary>
    public const string RequestNumberHeader = "X-Stress-Request";

    public ConcurrentDictionary<string, long> ExceptionsByType { get; } = new(StringComparer.Ordinal);

    public long ExpectedExceptions => Interlocked.Read(ref _expectedExceptions);

    public long ClockTicks => Interlocked.Read(ref _clockTicks);

    public void Dispose() => _invoker.Dispose();

    public async Task RunAsync(TimeSpan limit)
    {
        for (long i = 0; i < Math.Min(total, 100 * 1000); i++)
        {
            _uris.TryAdd(StressPlan.PathOf(i), new Uri(StressPlan.Host + StressPlan.PathOf(i)));
        }

        using var done = new CancellationTokenSource();
        Task advancer = AdvanceClockAsync(done.Token);
        Task[] workers = Enumerable.Range(0, tasks).Select(t => Task.Run(() => WorkAsync(t))).ToArray();
        try
        {
            await Task.WhenAll(workers).WaitAsync(limit);
        }
        finally
        {
            await done.CancelAsync();
            await advancer;
        }
    }

    private async Task AdvanceClockAsync(CancellationToken done)
    {
        // Delayed requests wait on the fake clock; moving it a whole slow delay per tick releases every waiter at once.
        while (!done.IsCancellationRequested)
        {
            clock.Advance(StressRoutes.SlowDelay);
            Interlocked.Increment(ref _clockTicks);
            try
            {
                await Task.Delay(1, done);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task WorkAsync(int task)
    {
        for (long i = task; i < total; i += tasks)
        {
            StressKind kind = StressPlan.KindOf(i);
            using HttpRequestMessage request = CreateRequest(i, kind);
            HttpResponseMessage response;
            try
            {
                response = await _invoker.SendAsync(request, CancellationToken.None);
            }
#pragma warning disable CA1031 // Every exception is counted, whatever its type; the test then fails on any a scenario did not ask for.
            catch (Exception e)
#pragma warning restore CA1031
            {
                ExceptionsByType.AddOrUpdate(e.GetType().Name, 1, (_, n) => n + 1);
                if (StressRoutes.IsExpected(kind, e))
                {
                    Interlocked.Increment(ref _expectedExceptions);
                }
                else
                {
                    Unexpected.Enqueue($"#{i} {kind} {request.RequestUri}: {e}");
                }

                continue;
            }

            Check(i, kind, request, response);
        }
    }

    private HttpRequestMessage CreateRequest(long i, StressKind kind)
    {
        string path = StressPlan.PathOf(i);
        var request = new HttpRequestMessage(kind == StressKind.Post ? HttpMethod.Post : HttpMethod.Get, _uris.TryGetValue(path, out Uri? known) ? known : new Uri(StressPlan.Host + path));
        request.Headers.TryAddWithoutValidation(RequestNumberHeader, i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (kind == StressKind.Post)
        {
            request.Content = new StringContent("ping " + i);
        }
        else if (kind == StressKind.ConventionControls && i % 2 == 1)
        {
            request.Headers.Accept.Add(TextPlain);
        }

        return request;
    }

    private void Check(long i, StressKind kind, HttpRequestMessage request, HttpResponseMessage response)
    {
        int status = (int)response.StatusCode;
        int? expected = StressRoutes.ExpectedStatus(i);
        bool ok = kind switch
        {
            StressKind.ConventionRandom => status is 200 or (>= 500 and <= 504),
            StressKind.Random => status is 200 or 503,
            StressKind.Sequence => status == StressPlan.StepCode(StepOf(i, response)),
            _ => status == expected,
        };
        if (!ok || !ReferenceEquals(response.RequestMessage, request))
        {
            Unexpected.Enqueue($"#{i} {kind} {request.RequestUri}: status {status}, expected {expected?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? kind.ToString()}");
        }

        if (i % HoldEvery == 0)
        {
            Held.Enqueue(response);
        }
        else
        {
            response.Dispose();
        }
    }

    private int StepOf(long i, HttpResponseMessage response)
    {
        int step = response.Headers.TryGetValues(StressRoutes.StepHeader, out IEnumerable<string>? values) ? int.Parse(values.Single(), System.Globalization.CultureInfo.InvariantCulture) : -1;
        StepSeen[i] = step;
        return step;
    }
}
