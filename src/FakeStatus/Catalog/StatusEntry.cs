using System;
using System.Threading;

namespace FakeStatus;

/// <summary>
/// A definition plus what the layers above the catalog make from it (the response templates, the fault that stands for the
/// status), each made once on first use and kept here so a request finds it without a lookup. The entry stores those values
/// without knowing their types, so the catalog stays below the layers that make them (see <see cref="StatusEntryValue{T}"/>).
/// </summary>
internal sealed class StatusEntry
{
    /// <summary>How many values an entry keeps: one per <see cref="StatusEntryValue{T}"/> the assembly declares.</summary>
    internal const int Capacity = 4;

    private static int s_declared;
    private readonly object?[] _values = new object?[Capacity];

    public StatusEntry(StatusDefinition definition)
    {
        Definition = definition;
        AnswersAsItself = definition.AnswersAsItself;
    }

    /// <summary>Cached <see cref="StatusDefinition.AnswersAsItself"/>, read on every convention request.</summary>
    public bool AnswersAsItself { get; }

    public StatusDefinition Definition { get; }

    /// <summary>The value <paramref name="value"/> makes from <see cref="Definition"/>: made on first use, then the same instance every time.</summary>
    public T Get<T>(StatusEntryValue<T> value)
        where T : class
    {
        ref object? slot = ref _values[value.Slot];
        object? made = Volatile.Read(ref slot);
        if (made is null)
        {
            object created = value.Make(Definition);
            made = Interlocked.CompareExchange(ref slot, created, null) ?? created;
        }

        return (T)made;
    }

    /// <summary>The slot of the next <see cref="StatusEntryValue{T}"/> declared.</summary>
    /// <exception cref="InvalidOperationException">More values are declared than <see cref="Capacity"/>.</exception>
    internal static int DeclareSlot()
    {
        int slot = Interlocked.Increment(ref s_declared) - 1;
        return slot < Capacity
            ? slot
            : throw new InvalidOperationException($"StatusEntry keeps {Capacity} values and a value more was declared: raise {nameof(StatusEntry)}.{nameof(Capacity)}.");
    }
}
