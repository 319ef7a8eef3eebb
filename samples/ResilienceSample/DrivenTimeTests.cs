using FakeStatus;
using FluentAssertions;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;

namespace ResilienceSample;

/// <summary>The README's section on time: a client that honours Retry-After, run on a driven fake clock.</summary>
public sealed class DrivenTimeTests
{
    [Test]
    public async Task RunUntilCompleteAsync_RetryAfter120_TakesTwoMinutesOfFakeTimeAndNoRealTime()
    {
        // begin-snippet: time-driven
        var fake = new FakeTimeProvider(new DateTimeOffset(2026, 2, 25, 12, 0, 0, TimeSpan.Zero));
        var time = new DrivenTimeProvider(fake, fake.Advance);   // moves the fake clock to each timer the call waits on
        // Give the same provider to everything that waits; realistic waits, so the 503 carries the catalog's Retry-After: 120.
        using var handler = new FakeStatusHandler(new FakeStatusOptions { TimeProvider = time, RealisticRetryAfter = true });
        handler.When("/report").RespondInSequence(s => s.Respond(503).Respond(200));
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));

        int status = await time.RunUntilCompleteAsync(() => GetHonouringRetryAfterAsync(client, "/report", time));
        // status == 200, and the clock reads 12:02:00: the retry waited 120 s of fake time
        // end-snippet
        status.Should().Be(200);
        time.GetUtcNow().Should().Be(new DateTimeOffset(2026, 2, 25, 12, 2, 0, TimeSpan.Zero));
        handler.Requests.Select(r => r.StatusCode).Should().Equal(503, 200);
    }

    /// <summary>A client that waits each Retry-After on the clock it is given, as production code should.</summary>
    private static async Task<int> GetHonouringRetryAfterAsync(HttpClient client, string path, TimeProvider time)
    {
        while (true)
        {
            using HttpResponseMessage response = await client.GetAsync(new Uri(path, UriKind.Relative));
            if (response.Headers.RetryAfter?.Delta is not { } wait)
            {
                return (int)response.StatusCode;
            }

            await Task.Delay(wait, time);
        }
    }
}
