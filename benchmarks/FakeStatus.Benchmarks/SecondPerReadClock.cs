using System;
using System.Threading;

namespace FakeStatus.Benchmarks;

/// <summary>
/// A clock that moves one second forward on every read, so no two responses share a <c>Date</c> second and FakeStatus's
/// date cache misses on every request: the request path as it would be without the cache, plus the cost of a miss.
/// </summary>
public sealed class SecondPerReadClock : TimeProvider
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private long _reads;

    public override DateTimeOffset GetUtcNow() => Start.AddSeconds(Interlocked.Increment(ref _reads));
}
