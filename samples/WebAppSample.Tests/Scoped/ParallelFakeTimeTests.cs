using System.Diagnostics;
using System.Net.Http.Json;
using FakeStatus;
using FluentAssertions;
using NUnit.Framework;

namespace WebAppSample.Tests.Scoped;

/// <summary>
/// Parallel tests that share one app each drive the app's fake clock through their own retries: twelve tests at once, each
/// in its own scope, each a mail relay answering 503 with <c>Retry-After</c> and then 200 under the standard resilience
/// handler; fifty checkouts each, with no real waiting.
/// </summary>
public sealed class ParallelFakeTimeTests
{
    private const int Tests = 12;
    private const int Runs = 50;

    // Long enough that the relay's circuit breaker (at least 100 calls in 30 s) never sees enough calls to open, and short
    // enough to stay inside the standard handler's 30 s total timeout.
    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(20);

    private static readonly CheckoutRequest Order = new("ada@example.test", 12.50m, "EUR");

    [Test]
    public async Task RunUntilCompleteAsync_TwelveScopedTestsInParallelOnOneApp_EachRetriesAfterItsOwn503()
    {
        using var app = new CheckoutAppFactory();
        using HttpClient client = app.CreateClient();   // starts the host outside any test's scope
        DateTimeOffset start = app.Time.GetUtcNow();
        long realStart = Stopwatch.GetTimestamp();

        string[] problems = (await Task.WhenAll(Enumerable.Range(0, Tests).Select(test => Task.Run(() => TestAsync(app, client, test)))))
            .SelectMany(found => found).ToArray();

        problems.Should().BeEmpty("each of {0} parallel tests drives its own checkouts to completion on the shared clock", Tests);
        (app.Time.GetUtcNow() - start).Should().BeGreaterThanOrEqualTo(RetryAfter * Runs, "every test waited out each Retry-After on the fake clock");
        await TestContext.Out.WriteLineAsync($"{Tests * Runs} checkouts in {Stopwatch.GetElapsedTime(realStart).TotalSeconds:0.0} s of real time, " +
            $"{(app.Time.GetUtcNow() - start).TotalMinutes:0} min of fake time");
    }

    /// <summary>One test of the parallel suite: fifty checkouts, one after another, each in a fresh scope.</summary>
    private static async Task<List<string>> TestAsync(CheckoutAppFactory app, HttpClient client, int test)
    {
        var problems = new List<string>();
        for (int run = 0; run < Runs; run++)
        {
            using FakeStatusScope scope = app.Handler.BeginScope();
            string chargeId = $"ch_{test}_{run}";
            scope.When(HttpMethod.Post, "https://payments.test/v1/charges").Respond(201, r => r.WithJsonBody(new { id = chargeId }));
            FakeRoute receipt = scope.When(HttpMethod.Post, "https://relay.test/v1/messages").RespondInSequence(s => s
                .Respond(503, r => r.WithRetryAfter(RetryAfter))
                .Respond(200));

            try
            {
                using HttpResponseMessage response = await app.Time.RunUntilCompleteAsync(() => client.PostAsJsonAsync("/checkout", Order));
                CheckoutResponse? answer = await response.Content.ReadFromJsonAsync<CheckoutResponse>();
                RecordedRequest[] relay = scope.Requests.Where(r => r.Route == receipt).ToArray();
                if (answer != new CheckoutResponse(chargeId, ReceiptSent: true))
                {
                    problems.Add($"test {test} run {run}: answered {(int)response.StatusCode} {answer}");
                }
                else if (relay.Length != 2 || relay[1].ArrivedAt - relay[0].ArrivedAt != RetryAfter)
                {
                    problems.Add($"test {test} run {run}: the relay saw {string.Join(", ", relay.Select(r => r.ArrivedAt.ToString("HH:mm:ss.fff", null)))}");
                }
            }
#pragma warning disable CA1031 // Every failure of a parallel test is collected and reported with its test and run.
            catch (Exception e)
#pragma warning restore CA1031
            {
                problems.Add($"test {test} run {run}: {e.GetType().Name}: {e.Message}");
            }
        }

        return problems;
    }
}
