using Microsoft.Extensions.Time.Testing;

namespace ResilienceSample;

/// <summary>Runs a call whose retries wait on a <see cref="FakeTimeProvider"/>: moves the clock on until the call is done.</summary>
public static class FakeClock
{
    /// <summary>
    /// Advances <paramref name="time"/> a second at a time, at most 15 fake minutes, until <paramref name="call"/> completes.
    /// No real time passes for the waits themselves; the call's own work runs on the thread pool between steps.
    /// </summary>
    /// <exception cref="TimeoutException">The call is still pending after the fake 15 minutes (a hang guard, not a timing check).</exception>
    public static async Task<T> AdvanceUntilDone<T>(this FakeTimeProvider time, Task<T> call)
    {
        DateTimeOffset end = time.GetUtcNow().AddMinutes(15);
        while (!call.IsCompleted && time.GetUtcNow() < end)
        {
            time.Advance(TimeSpan.FromSeconds(1));
            // The pipeline's continuations are queued on the thread pool: a round trip through it lets them run, so the clock
            // does not race ahead of the retries it is meant to drive.
            await Task.Run(static () => { });
        }

        // Past the fake limit, only a hung call is still pending; fail rather than wait forever.
        return await call.WaitAsync(TimeSpan.FromSeconds(30));
    }
}
