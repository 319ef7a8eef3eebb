using System;

namespace FakeStatus;

/// <summary>
/// One value a layer above the catalog makes from a status definition and keeps on each <see cref="StatusEntry"/>. Declared
/// once, as a static field of the layer that makes the value, so each declaration owns one slot of every entry.
/// </summary>
/// <typeparam name="T">The type of the value.</typeparam>
internal sealed class StatusEntryValue<T>(Func<StatusDefinition, T> make)
    where T : class
{
    public int Slot { get; } = StatusEntry.DeclareSlot();

    public Func<StatusDefinition, T> Make { get; } = make;
}
