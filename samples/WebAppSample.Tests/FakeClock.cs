using Microsoft.Extensions.Time.Testing;

namespace WebAppSample.Tests;

/// <summary>Moves a <see cref="FakeTimeProvider"/> on until a call whose retries wait on it is done.</summary>
internal static class FakeClock
{
    /// <summary>
    /// Advances the clock a second at a time, at most one fake hour. Between steps the call's continuations get a real
    /// millisecond to run, so the clock cannot race ahead of the retries it drives.
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
                time.Advance(TimeSpan.FromSeconds(1));
            }
        }

        return await call.WaitAsync(TimeSpan.FromSeconds(30));
    }
}
