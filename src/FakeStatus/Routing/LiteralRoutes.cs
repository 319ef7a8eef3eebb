using System;
using System.Threading;

namespace FakeStatus;

/// <summary>
/// The literal routes of a route table by normalised path: an open-addressing hash table whose slots hold the hash, the
/// path and the entry itself, so a lookup reads one slot, the path it compares and the route, and nothing in between.
/// One writer at a time adds (under the route set's lock); requests read without a lock.
/// </summary>
/// <remarks>
/// A writer fills a slot's path and entry before it publishes the slot's hash, and a table that grows is filled before it
/// is published, so a reader sees either a slot whole or not at all. An entry is the one <see cref="FakeRoute"/> registered
/// for its path or, for several, an <see cref="AppendOnlyList{T}"/> of them, replaced as a whole.
/// </remarks>
internal sealed class LiteralRoutes
{
    private const int InitialSize = 16;

    private Slot[] _slots = new Slot[InitialSize];
    private int _count;

    /// <summary>The entry for <paramref name="path"/> (a normalised request path), or null.</summary>
    public object? Find(ReadOnlySpan<char> path)
    {
        Slot[] slots = Volatile.Read(ref _slots);
        int hash = Hash(path);
        int mask = slots.Length - 1;
        for (int i = hash & mask; ; i = (i + 1) & mask)
        {
            ref Slot slot = ref slots[i];
            int stored = Volatile.Read(ref slot.Hash);
            if (stored == 0)
            {
                return null;
            }

            if (stored == hash && path.SequenceEqual(slot.Path.AsSpan()))
            {
                return Volatile.Read(ref slot.Entry);
            }
        }
    }

    /// <summary>The entry for <paramref name="path"/>, or null; for the writer, under the route set's lock.</summary>
    public object? Get(string path) => Find(path.AsSpan());

    /// <summary>Sets the entry for <paramref name="path"/>, adding the path if it is new; the caller holds the route set's lock.</summary>
    public void Set(string path, object entry)
    {
        int hash = Hash(path.AsSpan());
        Slot[] slots = _slots;
        int mask = slots.Length - 1;
        for (int i = hash & mask; ; i = (i + 1) & mask)
        {
            ref Slot slot = ref slots[i];
            if (slot.Hash == 0)
            {
                break;
            }

            if (slot.Hash == hash && string.Equals(slot.Path, path, StringComparison.Ordinal))
            {
                Volatile.Write(ref slot.Entry, entry);
                return;
            }
        }

        if ((_count + 1) * 4 > slots.Length * 3)
        {
            // Kept at most three quarters full, so a lookup that misses ends soon; filled first, then published.
            var bigger = new Slot[slots.Length * 2];
            foreach (Slot old in slots)
            {
                if (old.Hash != 0)
                {
                    Place(bigger, old.Hash, old.Path, old.Entry);
                }
            }

            Place(bigger, hash, path, entry);
            Volatile.Write(ref _slots, bigger);
        }
        else
        {
            Place(slots, hash, path, entry);
        }

        _count++;
    }

    private static void Place(Slot[] slots, int hash, string path, object entry)
    {
        int mask = slots.Length - 1;
        int i = hash & mask;
        while (slots[i].Hash != 0)
        {
            i = (i + 1) & mask;
        }

        slots[i].Path = path;
        slots[i].Entry = entry;
        Volatile.Write(ref slots[i].Hash, hash);
    }

    /// <summary>FNV-1a over the characters, never 0 (which marks an empty slot).</summary>
    private static int Hash(ReadOnlySpan<char> path)
    {
        uint hash = 2166136261;
        foreach (char c in path)
        {
            hash = (hash ^ c) * 16777619;
        }

        // Spread the high bits into the low ones the mask keeps.
        hash ^= hash >> 15;
        return hash == 0 ? 1 : (int)hash;
    }

    private struct Slot
    {
        public int Hash;
        public string Path;
        public object Entry;
    }
}
