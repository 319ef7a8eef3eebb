using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace FakeStatus;

/// <summary>
/// Compares status definitions by reference: templates and routes keep the definition they were built from, so hashing is
/// one pointer, never the record's fields.
/// </summary>
internal sealed class DefinitionIdentity : IEqualityComparer<StatusDefinition>
{
    public static readonly DefinitionIdentity Instance = new();

    public bool Equals(StatusDefinition? x, StatusDefinition? y) => ReferenceEquals(x, y);

    public int GetHashCode(StatusDefinition obj) => RuntimeHelpers.GetHashCode(obj);
}
