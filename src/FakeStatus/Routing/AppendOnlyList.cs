using System;
using System.Collections;
using System.Collections.Generic;
using System.Threading;

namespace FakeStatus;

/// <summary>
/// A list that one writer at a time (under the owner's lock) appends to while any number of readers read it without a lock.
/// An element, once visible, never changes, so a reader sees a consistent prefix; growing copies into a larger array,
/// which keeps an append O(1) amortised.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
internal sealed class AppendOnlyList<T>
    where T : class
{
    private T[] _items = [];
    private int _count;

    /// <summary>How many elements a reader may read; published after the element it counts.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>Appends <paramref name="item"/>; the caller holds the owner's lock.</summary>
    public void Add(T item)
    {
        T[] items = _items;
        int count = _count;
        if (count == items.Length)
        {
            var bigger = new T[Math.Max(4, items.Length * 2)];
            Array.Copy(items, bigger, count);
            Volatile.Write(ref _items, bigger);
            items = bigger;
        }

        items[count] = item;
        Volatile.Write(ref _count, count + 1);
    }

    /// <summary>
    /// The elements visible now. The count is read before the array, and every array published holds every element counted
    /// before it, so the view never reads a slot not yet written.
    /// </summary>
    public View Snapshot()
    {
        int count = Volatile.Read(ref _count);
        return new View(Volatile.Read(ref _items), count);
    }

    /// <summary>An immutable prefix of the list.</summary>
    public readonly struct View(T[] items, int count)
    {
        public int Count => count;

        public T this[int index] => items[index];

        public IReadOnlyList<T> AsReadOnlyList() => new ReadOnlyPrefix(items, count);
    }

    private sealed class ReadOnlyPrefix(T[] items, int count) : IReadOnlyList<T>
    {
        public int Count => count;

        public T this[int index] => (uint)index < (uint)count ? items[index] : throw new ArgumentOutOfRangeException(nameof(index));

        public IEnumerator<T> GetEnumerator()
        {
            for (int i = 0; i < count; i++)
            {
                yield return items[i];
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
