using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Time.Testing;

namespace FakeStatus.Reliability.Tests.Stress;

/// <summary>
/// One handler, many concurrent tasks, every feature at once: nothing lost, nothing unexpected, sequences exact, bodies
/// intact. <c>dotnet test</c> and CI send <see cref="DefaultRequests"/>; the full run sends a million:
/// <c>FAKESTATUS_STRESS_REQUESTS=1000000 dotnet test tests/FakeStatus.Reliability.Tests --filter Category=Stress</c>.
/// </summary>
[Category("Stress")]
[NonParallelizable]
public sealed class StressTests
{
    /// <summary>Enough for every kind, sequence exhaustion and held responses, in seconds on two cores.</summary>
    public const long DefaultRequests = 100_000;
    public const int Tasks = 16;

    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);

    [Test]
    public async Task SharedHandler_UnderConcurrentMixedLoad_LosesNothingAndAnswersExactly()
    {
        long total = RequestCount();
        (Dictionary<StressKind, long> kinds, long[] perSequence) = StressPlan.Count(total);
        int steps = StressPlan.StepsFor(perSequence);
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 2, 25, 12, 0, 0, TimeSpan.Zero));
        using FakeStatusHandler handler = StressRoutes.Create(clock, steps);
        using var run = new StressRun(handler, clock, total, Tasks);

        var watch = Stopwatch.StartNew();
        await run.RunAsync(Limit);
        watch.Stop();

        IReadOnlyList<RecordedRequest> log = handler.Requests;
        Report(total, watch.Elapsed, kinds, steps, run, log);

        run.Unexpected.Should().BeEmpty("only the exceptions and statuses a scenario asks for may occur; first: {0}", run.Unexpected.FirstOrDefault());
        log.Should().HaveCount((int)total, "the log holds exactly one entry per request");
        log.Select(r => r.GetHeaderValues(StressRun.RequestNumberHeader).Single()).Distinct().Should().HaveCount((int)total, "each request is recorded once");

        long exhausted = perSequence.Sum(n => n - steps);
        long refused = log.Count(r => r.Route?.Name == "flaky" && r.StatusCode is null);
        run.ExpectedExceptions.Should().Be(kinds[StressKind.Timeout] + kinds[StressKind.Unmatched] + exhausted + refused);

        StressLogChecks.Sequences(log, run, perSequence, steps);
        StressLogChecks.RandomRouteReplays(log);
        StressLogChecks.ConventionDrawsReplay(log);
        StressLogChecks.PostBodies(log, kinds[StressKind.Post]);
        log.Count(r => r.Uri!.AbsolutePath == "/slow" && r.StatusCode == 200).Should().Be((int)kinds[StressKind.Delayed]);

        // Every held number is a multiple of 1000, so a plain /{code} request that always has a response.
        int held = StressLogChecks.HeldBodiesAreComplete(run.Held);
        held.Should().Be((int)((total + StressRun.HoldEvery - 1) / StressRun.HoldEvery));
    }

    private static long RequestCount()
    {
        string? text = Environment.GetEnvironmentVariable("FAKESTATUS_STRESS_REQUESTS");
        return string.IsNullOrWhiteSpace(text)
            ? DefaultRequests
            : long.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
    }

    private static void Report(long total, TimeSpan elapsed, Dictionary<StressKind, long> kinds, int steps, StressRun run, IReadOnlyList<RecordedRequest> log)
    {
        TextWriter o = TestContext.Out;
        o.WriteLine($"Stress: {total:N0} requests over {Tasks} tasks in {elapsed.TotalSeconds:F1} s ({total / elapsed.TotalSeconds:N0}/s), {Environment.ProcessorCount} cores");
        o.WriteLine($"  by kind: {string.Join(", ", kinds.Select(k => $"{k.Key} {k.Value:N0}"))}");
        o.WriteLine($"  sequences: {StressPlan.SequenceRoutes} routes x {steps} steps then throw");
        o.WriteLine($"  exceptions (all asked for by a scenario: {run.ExpectedExceptions:N0}): {string.Join(", ", run.ExceptionsByType.Select(e => $"{e.Key} {e.Value:N0}"))}");
        o.WriteLine($"  unexpected: {run.Unexpected.Count}; log entries: {log.Count:N0}; held responses: {run.Held.Count:N0}; fake clock ticks: {run.ClockTicks:N0}");
        o.WriteLine($"  GC: {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} collections, {GC.GetTotalMemory(false) / (1024 * 1024):N0} MiB live");
    }
}
