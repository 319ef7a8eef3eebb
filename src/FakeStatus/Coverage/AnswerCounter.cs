using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;

namespace FakeStatus;

/// <summary>
/// How many responses each status definition gave, counted as they are sent: exact however small the request log is, and
/// bounded by the number of distinct definitions answered (catalog entries and route definitions), not by the requests.
/// </summary>
internal sealed class AnswerCounter
{
    // Keyed by reference: templates keep the definition they were built from, so hashing is one pointer, never the record.
    private readonly ConcurrentDictionary<StatusDefinition, StrongBox<long>> _counts = new(ReferenceComparer.Instance);

    public void Count(StatusDefinition status)
    {
        StrongBox<long> box = _counts.GetOrAdd(status, static _ => new StrongBox<long>());
        Interlocked.Increment(ref box.Value);
    }

    /// <summary>The counts so far, summed per meaning (protocol, code, variant) and per number (protocol, code).</summary>
    public CoverageCounts Snapshot()
    {
        var counts = new CoverageCounts();
        foreach (KeyValuePair<StatusDefinition, StrongBox<long>> pair in _counts)
        {
            counts.Add(pair.Key, Interlocked.Read(ref pair.Value.Value));
        }

        return counts;
    }

    private sealed class ReferenceComparer : IEqualityComparer<StatusDefinition>
    {
        public static readonly ReferenceComparer Instance = new();

        public bool Equals(StatusDefinition? x, StatusDefinition? y) => ReferenceEquals(x, y);

        public int GetHashCode(StatusDefinition obj) => RuntimeHelpers.GetHashCode(obj);
    }
}
