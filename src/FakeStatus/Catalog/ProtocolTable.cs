using System;
using System.Collections.Generic;
using System.Threading;

namespace FakeStatus;

/// <summary>
/// The definitions of one protocol, indexed for allocation-free lookup by code (an array of 1000 slots: gRPC's codes start at 0),
/// plus the meanings that share a code, by variant name.
/// </summary>
internal sealed class ProtocolTable
{
    private const int Slots = StatusRules.MaxCode + 1;

    private readonly StatusEntry?[] _defaults = new StatusEntry?[Slots];
    private readonly StatusEntry?[] _unknown = new StatusEntry?[Slots];

    // Per code, every meaning that has a variant name: a handful at most, so a scan beats hashing
    // and, unlike a value-tuple-keyed dictionary, needs no JIT work when the catalog first loads.
    private readonly StatusEntry[]?[] _variants = new StatusEntry[]?[Slots];

    public ProtocolTable(string name, IReadOnlyList<StatusDefinition> definitions)
    {
        Name = name;
        Definitions = definitions;
        foreach (StatusDefinition definition in definitions)
        {
            var entry = new StatusEntry(definition);
            if (definition.IsDefault)
            {
                _defaults[definition.Code] = entry;
            }

            if (definition.Variant is not null)
            {
                int slot = definition.Code;
                StatusEntry[] existing = _variants[slot] ?? [];
                Array.Resize(ref existing, existing.Length + 1);
                existing[existing.Length - 1] = entry;
                _variants[slot] = existing;
            }
        }
    }

    public string Name { get; }

    /// <summary>Every definition, sorted by code with the default meaning first.</summary>
    public IReadOnlyList<StatusDefinition> Definitions { get; }

    public StatusEntry? Find(int code) => _defaults[code];

    public StatusEntry? Find(int code, string? variant)
    {
        if (variant is null)
        {
            return Find(code);
        }

        StatusEntry? entry = Find(code);
        if (entry is not null && string.Equals(entry.Definition.Variant, variant, StringComparison.OrdinalIgnoreCase))
        {
            return entry;
        }

        StatusEntry[]? meanings = _variants[code];
        if (meanings is not null)
        {
            foreach (StatusEntry meaning in meanings)
            {
                if (string.Equals(meaning.Definition.Variant, variant, StringComparison.OrdinalIgnoreCase))
                {
                    return meaning;
                }
            }
        }

        return null;
    }

    /// <summary>The entry for <paramref name="code"/>, or a shared "Unknown Status Code" entry when the catalog lacks it.</summary>
    public StatusEntry FindOrUnknown(int code)
    {
        int slot = code;
        StatusEntry? entry = _defaults[slot];
        if (entry is not null)
        {
            return entry;
        }

        entry = Volatile.Read(ref _unknown[slot]);
        if (entry is null)
        {
            var created = new StatusEntry(StatusCatalog.Unknown(Name, code));
            entry = Interlocked.CompareExchange(ref _unknown[slot], created, null) ?? created;
        }

        return entry;
    }
}
