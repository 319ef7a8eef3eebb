using System.Collections.Concurrent;

namespace FakeStatus.Sdk.Tests.Matrix;

/// <summary>
/// Each observation is made once per test run and shared: the per-SDK tests assert on it and the matrix test prints it,
/// so the README table and the assertions can never describe different runs.
/// </summary>
internal static class Observations
{
    private static readonly ConcurrentDictionary<string, Lazy<Task<Observation>>> Made = new();

    public static Task<Observation> Of(string sdk, string answer, Func<Task<Observation>> observe) =>
        Made.GetOrAdd(sdk + "|" + answer, _ => new Lazy<Task<Observation>>(observe)).Value;
}
