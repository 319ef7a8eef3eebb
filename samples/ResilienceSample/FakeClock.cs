using Microsoft.Extensions.Time.Testing;

namespace ResilienceSample;

/// <summary>Runs a call whose retries wait on a <see cref="FakeTimeProvider"/>: moves the clock on until the call is done.</summary>
public static class FakeClock
{
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Advances <paramref name="time"/> a second at a time, at most one fake hour, until <paramref name="call"/> completes.
    /// No real time passes for the waits themselves; between steps the test gives the pipeline's continuations a real
    /// millisecond to run, so the fake clock cannot race ahead of the retries it drives (on a busy machine a bare thread-pool
    /// round trip was not enough, and the clock outran timeouts and break durations).
    /// </summary>
    /// <exception cref="TimeoutException">The call is still pending after the fake hour (a hang guard, not a timing check).</exception>
    public static async Task<T> AdvanceUntilDone<T>(this FakeTimeProvider time, Task<T> call)
    {
        DateTimeOffset end = time.GetUtcNow().AddHours(1);
        while (!call.IsCompleted && time.GetUtcNow() < end)
        {
            await Task.WhenAny(call, Task.Delay(TimeSpan.FromMilliseconds(1)));
            if (!call.IsCompleted)
            {
                time.Advance(Step);
            }
        }

        return await call.WaitAsync(TimeSpan.FromSeconds(30));
    }
}
