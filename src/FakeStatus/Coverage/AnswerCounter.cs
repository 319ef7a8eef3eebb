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
    // The first status answered gets its own slot: a handler built per test often answers one status, and then counting
    // allocates nothing. Later statuses go to the dictionary, made on first need.
    private StatusDefinition? _first;
    private long _firstCount;

    // Keyed by reference: templates keep the definition they were built from, so hashing is one pointer, never the record.
    private ConcurrentDictionary<StatusDefinition, StrongBox<long>>? _others;

    public void Count(StatusDefinition status)
    {
        StatusDefinition first = Volatile.Read(ref _first) ?? Interlocked.CompareExchange(ref _first, status, null) ?? status;
        if (ReferenceEquals(first, status))
        {
            Interlocked.Increment(ref _firstCount);
            return;
        }

        ConcurrentDictionary<StatusDefinition, StrongBox<long>> others = Volatile.Read(ref _others) ?? CreateOthers();
        StrongBox<long> box = others.GetOrAdd(status, static _ => new StrongBox<long>());
        Interlocked.Increment(ref box.Value);
    }

    /// <summary>The counts so far, summed per meaning (protocol, code, variant) and per number (protocol, code).</summary>
    public CoverageCounts Snapshot()
    {
        var counts = new CoverageCounts();
        if (Volatile.Read(ref _first) is StatusDefinition first)
        {
            counts.Add(first, Interlocked.Read(ref _firstCount));
        }

        if (Volatile.Read(ref _others) is { } others)
        {
            foreach (KeyValuePair<StatusDefinition, StrongBox<long>> pair in others)
            {
                counts.Add(pair.Key, Interlocked.Read(ref pair.Value.Value));
            }
        }

        return counts;
    }

    private ConcurrentDictionary<StatusDefinition, StrongBox<long>> CreateOthers()
    {
        var created = new ConcurrentDictionary<StatusDefinition, StrongBox<long>>(DefinitionIdentity.Instance);
        return Interlocked.CompareExchange(ref _others, created, null) ?? created;
    }
}
