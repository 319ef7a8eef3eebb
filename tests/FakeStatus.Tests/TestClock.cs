using Microsoft.Extensions.Time.Testing;

namespace FakeStatus.Tests;

/// <summary>The reference page's moment, 2026-02-25 12:00:00 UTC, as a fake clock.</summary>
internal static class TestClock
{
    public static readonly DateTimeOffset SeedTime = new(2026, 2, 25, 12, 0, 0, TimeSpan.Zero);

    public static FakeTimeProvider AtSeedTime() => new(SeedTime);
}
