using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.IO;
using System.Linq;

namespace FakeStatus;

/// <summary>
/// An immutable, thread-safe catalog of status definitions by protocol and code.
/// <see cref="Default"/> holds every HTTP code (standard, deprecated and vendor), the SMTP and FTP reply codes, and the
/// 17 gRPC status codes (0 OK to 16 UNAUTHENTICATED).
/// </summary>
/// <remarks>
/// Several meanings may share one number (HTTP 530 is Cloudflare's and Pantheon's); one of them is the default that a bare
/// lookup returns, the others are reached by their <see cref="StatusDefinition.Variant"/>.
/// Methods that add definitions return a new registry and leave this one unchanged.
/// </remarks>
public sealed class StatusCatalog
{
    /// <summary>The reason phrase given to codes the catalog does not define.</summary>
    public const string UnknownReasonPhrase = "Unknown Status Code";

    /// <summary>The protocol of plain status codes.</summary>
    public const string Http = "http";

    private static readonly Lazy<StatusCatalog> LazyDefault = new(CatalogLoader.LoadEmbedded, System.Threading.LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, ProtocolTable> _tables;
    private readonly StatusDefinition[] _all;

    internal StatusCatalog(IEnumerable<StatusDefinition> definitions)
    {
        // Loops and a comparison sort rather than LINQ: this runs cold on first use, where every generic instantiation costs JIT time.
        var all = new List<StatusDefinition>(definitions);
        all.Sort(CompareForListing);
        _all = all.ToArray();

        var byProtocol = new Dictionary<string, List<StatusDefinition>>(StringComparer.Ordinal);
        var vendors = new List<string>();
        foreach (StatusDefinition definition in _all)
        {
            if (!byProtocol.TryGetValue(definition.Protocol, out List<StatusDefinition>? list))
            {
                byProtocol.Add(definition.Protocol, list = []);
            }

            list.Add(definition);
            if (definition.Vendor is not null && !vendors.Contains(definition.Vendor))
            {
                vendors.Add(definition.Vendor);
            }
        }

        _tables = new Dictionary<string, ProtocolTable>(StringComparer.OrdinalIgnoreCase);
        var protocols = new List<string>(byProtocol.Count);
        foreach (KeyValuePair<string, List<StatusDefinition>> pair in byProtocol)
        {
            _tables.Add(pair.Key, new ProtocolTable(pair.Key, pair.Value.ToArray()));
            protocols.Add(pair.Key);
        }

        protocols.Sort(StringComparer.Ordinal);
        vendors.Sort(StringComparer.Ordinal);
        Protocols = protocols.ToArray();
        Vendors = vendors.ToArray();
        HttpTable = _tables.TryGetValue(Http, out ProtocolTable? http) ? http : new ProtocolTable(Http, Array.Empty<StatusDefinition>());
    }

    /// <summary>The built-in catalog, loaded once per process on first use from the JSON files embedded in this assembly.</summary>
    public static StatusCatalog Default => LazyDefault.Value;

    /// <summary>A registry with no definitions; every code answers as <see cref="UnknownReasonPhrase"/>.</summary>
    public static StatusCatalog Empty { get; } = new(Array.Empty<StatusDefinition>());

    /// <summary>The protocol names with at least one definition, in lower case and ordinal order.</summary>
    public IReadOnlyList<string> Protocols { get; }

    /// <summary>The vendor names that define at least one code, in lower case and ordinal order.</summary>
    public IReadOnlyList<string> Vendors { get; }

    /// <summary>Every definition, by protocol, code, then default meaning first.</summary>
    public IReadOnlyList<StatusDefinition> All => _all;

    internal ProtocolTable HttpTable { get; }

    /// <summary>Returns the default meaning of HTTP status <paramref name="code"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="code"/> is outside 100-999.</exception>
    /// <exception cref="KeyNotFoundException">The registry has no definition of that code.</exception>
    public StatusDefinition Get(int code) => Get(Http, code);

    /// <summary>Returns the default meaning of <paramref name="code"/> in <paramref name="protocol"/> (case-insensitive).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="protocol"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="protocol"/> is not in <see cref="Protocols"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="code"/> is outside 100-999 (0-16 for <c>grpc</c>).</exception>
    /// <exception cref="KeyNotFoundException">The registry has no definition of that code.</exception>
    public StatusDefinition Get(string protocol, int code) => Get(protocol, code, null);

    /// <summary>Returns the meaning of <paramref name="code"/> in <paramref name="protocol"/> named <paramref name="variant"/>, or the default when it is null.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="protocol"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="protocol"/> is not in <see cref="Protocols"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="code"/> is outside 100-999 (0-16 for <c>grpc</c>).</exception>
    /// <exception cref="KeyNotFoundException">
    /// The registry has no such definition; the message lists the variants it has. A handler still answers a code from 100 to
    /// 999 that its catalog lacks, as <see cref="UnknownReasonPhrase"/>: the catalog documents only what it has.
    /// </exception>
    public StatusDefinition Get(string protocol, int code, string? variant)
    {
        ProtocolTable table = RequireTable(protocol);
        StatusRules.ValidateCode(table.Name, code, nameof(code));
        StatusEntry? entry = table.Find(code, variant);
        if (entry is not null)
        {
            return entry.Definition;
        }

        IReadOnlyList<StatusDefinition> meanings = VariantsOf(table.Name, code);
        string known = meanings.Count == 0
            ? "it has no definition of that code at all"
            : "its meanings of that code are: " + string.Join(", ", meanings.Select(d => d.Variant is null ? "(default)" : d.Variant));
        string what = variant is null ? $"{table.Name} {code}" : $"{table.Name} {code} variant '{variant}'";
        string rule = meanings.Count == 0 ? " " + StatusRules.UnknownCodeRule(code) : string.Empty;
        throw new KeyNotFoundException($"The registry has no definition of {what}; {known}. Use TryGet to test, or With(...) to add one.{rule}");
    }

    /// <summary>Looks up the default meaning of HTTP status <paramref name="code"/>.</summary>
    /// <returns><see langword="true"/> when found; never throws for any <paramref name="code"/>.</returns>
    public bool TryGet(int code, [NotNullWhen(true)] out StatusDefinition? definition) => TryGet(Http, code, null, out definition);

    /// <summary>Looks up the default meaning of <paramref name="code"/> in <paramref name="protocol"/>.</summary>
    /// <returns><see langword="true"/> when found; unknown protocols and out-of-range codes give <see langword="false"/>.</returns>
    public bool TryGet(string protocol, int code, [NotNullWhen(true)] out StatusDefinition? definition) => TryGet(protocol, code, null, out definition);

    /// <summary>Looks up the meaning of <paramref name="code"/> in <paramref name="protocol"/> named <paramref name="variant"/>.</summary>
    /// <returns><see langword="true"/> when found; unknown protocols, variants and out-of-range codes give <see langword="false"/>.</returns>
    public bool TryGet(string protocol, int code, string? variant, [NotNullWhen(true)] out StatusDefinition? definition)
    {
        definition = null;
        if (protocol is null || code is < 0 or > StatusRules.MaxCode || !_tables.TryGetValue(protocol, out ProtocolTable? table))
        {
            return false;
        }

        definition = table.Find(code, variant)?.Definition;
        return definition is not null;
    }

    /// <summary>Every definition of <paramref name="protocol"/>, by code, default meaning first.</summary>
    /// <exception cref="ArgumentException"><paramref name="protocol"/> is not in <see cref="Protocols"/>.</exception>
    public IReadOnlyList<StatusDefinition> ForProtocol(string protocol) => RequireTable(protocol).Definitions;

    /// <summary>Every definition made by <paramref name="vendor"/> (case-insensitive), by protocol and code; empty when there is none.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="vendor"/> is null.</exception>
    public IReadOnlyList<StatusDefinition> ForVendor(string vendor)
    {
        ArgumentNullException.ThrowIfNull(vendor);

        return _all.Where(d => string.Equals(d.Vendor, vendor, StringComparison.OrdinalIgnoreCase)).ToArray();
    }

    /// <summary>Every meaning of <paramref name="code"/> in <paramref name="protocol"/>, default first; empty when there is none.</summary>
    /// <exception cref="ArgumentException"><paramref name="protocol"/> is not in <see cref="Protocols"/>.</exception>
    public IReadOnlyList<StatusDefinition> VariantsOf(string protocol, int code)
    {
        ProtocolTable table = RequireTable(protocol);
        return table.Definitions.Where(d => d.Code == code).ToArray();
    }

    /// <summary>
    /// Returns a registry with <paramref name="definitions"/> added. A definition with the same protocol, code and variant as an
    /// existing one replaces it; a new definition marked <see cref="StatusDefinition.IsDefault"/> becomes the default of its code.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="definitions"/> or one of its items is null.</exception>
    public StatusCatalog With(params StatusDefinition[] definitions)
    {
        ArgumentNullException.ThrowIfNull(definitions);

        var merged = new Dictionary<(string, int, string), StatusDefinition>();
        foreach (StatusDefinition existing in _all)
        {
            merged[Key(existing)] = existing;
        }

        for (int i = 0; i < definitions.Length; i++)
        {
            StatusDefinition added = definitions[i] ?? throw new ArgumentNullException(nameof(definitions), $"definitions[{i}] is null.");
            if (added.IsDefault)
            {
                foreach (KeyValuePair<(string, int, string), StatusDefinition> pair in merged.ToArray())
                {
                    if (pair.Value.IsDefault && pair.Key.Item1 == added.Protocol && pair.Key.Item2 == added.Code)
                    {
                        merged[pair.Key] = pair.Value with { IsDefault = false };
                    }
                }
            }

            merged[Key(added)] = added;
        }

        return new StatusCatalog(EnsureOneDefault(merged.Values));
    }

    /// <summary>Returns a registry with every definition of <paramref name="catalog"/> added, as <see cref="With(StatusDefinition[])"/> does.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    public StatusCatalog With(StatusCatalog catalog) =>
        With((catalog ?? throw new ArgumentNullException(nameof(catalog)))._all.ToArray());

    /// <summary>Reads a catalog from JSON text (the format of the embedded catalog: <c>{"protocol": "...", "definitions": [...]}</c>).</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="sourceName">A name for the text used in error messages, e.g. a file name.</param>
    /// <exception cref="CatalogFormatException">The JSON is malformed or a definition breaks a rule; the message names the source, position and field.</exception>
    public static StatusCatalog Parse(string json, string sourceName = "(json)")
    {
        ArgumentNullException.ThrowIfNull(json);

        return new StatusCatalog(CatalogLoader.Parse(System.Text.Encoding.UTF8.GetBytes(json), sourceName));
    }

    /// <summary>Reads a catalog from a JSON file.</summary>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="CatalogFormatException">The file is malformed or a definition breaks a rule; the message names the file, position and field.</exception>
    public static StatusCatalog Load(string path)
    {
        if (string.IsNullOrEmpty(path))
        {
            throw new ArgumentException("The catalog path must not be null or empty.", nameof(path));
        }

        return new StatusCatalog(CatalogLoader.Parse(CatalogLoader.ReadFile(path), path));
    }

    internal ProtocolTable? FindTable(string protocol) => _tables.TryGetValue(protocol, out ProtocolTable? table) ? table : null;

    internal ProtocolTable? FindTable(ReadOnlySpan<char> protocol)
    {
        // A handful of protocols: a linear span comparison avoids allocating the name per request.
        foreach (KeyValuePair<string, ProtocolTable> pair in _tables)
        {
            if (protocol.Equals(pair.Key.AsSpan(), StringComparison.OrdinalIgnoreCase))
            {
                return pair.Value;
            }
        }

        return null;
    }

    internal static StatusDefinition Unknown(string protocol, int code) => new(protocol, code, UnknownReasonPhrase)
    {
        Description = $"The registry has no definition of {protocol} {code}; FakeStatus answers it with a generic reason phrase.",
        Source = "FakeStatus",
        Kind = StatusKind.Unofficial,
        PhraseOrigin = PhraseOrigin.FakeStatus,
    };

    private ProtocolTable RequireTable(string protocol)
    {
        ArgumentNullException.ThrowIfNull(protocol);

        return FindTable(protocol) ?? throw new ArgumentException(
            $"Unknown protocol '{protocol}': this registry has {string.Join(", ", Protocols)}.", nameof(protocol));
    }

    private static (string, int, string) Key(StatusDefinition d) => (d.Protocol, d.Code, d.Variant ?? string.Empty);

    private static IEnumerable<StatusDefinition> EnsureOneDefault(IEnumerable<StatusDefinition> definitions)
    {
        foreach (IGrouping<(string, int), StatusDefinition> group in definitions.GroupBy(d => (d.Protocol, d.Code)))
        {
            bool hasDefault = group.Any(d => d.IsDefault);
            bool first = true;
            foreach (StatusDefinition definition in group.OrderBy(d => d.Variant is null ? 0 : 1))
            {
                yield return !hasDefault && first ? definition with { IsDefault = true } : definition;
                first = false;
            }
        }
    }

    private static int CompareForListing(StatusDefinition x, StatusDefinition y)
    {
        int order = string.CompareOrdinal(x.Protocol, y.Protocol);
        if (order == 0)
        {
            order = x.Code.CompareTo(y.Code);
        }

        if (order == 0)
        {
            order = (x.IsDefault ? 0 : 1).CompareTo(y.IsDefault ? 0 : 1);
        }

        return order != 0 ? order : string.CompareOrdinal(x.Variant, y.Variant);
    }

    /// <inheritdoc />
    public override string ToString() => string.Format(
        CultureInfo.InvariantCulture,
        "StatusCatalog: {0} definitions in {1}",
        _all.Length,
        string.Join(", ", Protocols));
}
