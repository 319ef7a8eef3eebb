using System;
using System.Globalization;
using System.Linq;

namespace FakeStatus.Tool.Commands;

/// <summary>Turns the protocol and code words of a command line into a definition, or a usage error that says what exists.</summary>
internal static class StatusLookup
{
    /// <summary>
    /// Resolves <paramref name="protocol"/> (a protocol such as <c>smtp</c>, or a vendor such as <c>cloudflare</c>, which means
    /// HTTP and that vendor's variant) to its canonical lower-case protocol name.
    /// </summary>
    public static (string Protocol, string? Vendor) Protocol(StatusCatalog registry, string protocol)
    {
        if (registry.Protocols.Contains(protocol, StringComparer.OrdinalIgnoreCase))
        {
            return (protocol.ToLowerInvariant(), null);
        }

        if (registry.Vendors.Contains(protocol, StringComparer.OrdinalIgnoreCase))
        {
            return (StatusCatalog.Http, protocol.ToLowerInvariant());
        }

        string? nearest = NearestWord.Find(protocol, registry.Protocols.Concat(registry.Vendors));
        throw ToolException.Usage(nearest is not null
            ? $"unknown protocol '{protocol}'; did you mean '{nearest}'? Run 'fakestatus list {nearest}' to see its codes."
            : $"unknown protocol '{protocol}': expected one of {string.Join(", ", registry.Protocols)}, or a vendor ({string.Join(", ", registry.Vendors)}).");
    }

    public static int Code(string text, string protocol = StatusCatalog.Http)
    {
        if (StatusRules.IsGrpc(protocol))
        {
            return text.Length is 1 or 2 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int grpc) && grpc <= StatusRules.GrpcMaxCode
                ? grpc
                : throw ToolException.Usage($"'{text}' is not a gRPC status code: expected a whole number from 0 (OK) to {StatusRules.GrpcMaxCode} (UNAUTHENTICATED), e.g. 14.");
        }

        if (text.Length == 3 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int code) && code >= 100)
        {
            return code;
        }

        throw ToolException.Usage($"'{text}' is not a status code: expected a whole number from 100 to 999, e.g. 530.");
    }

    public static StatusDefinition Definition(StatusCatalog registry, string protocolText, string codeText, string? variant)
    {
        (string protocol, string? vendor) = Protocol(registry, protocolText);
        int code = Code(codeText, protocol);
        if (vendor is not null && variant is not null && !string.Equals(vendor, variant, StringComparison.OrdinalIgnoreCase))
        {
            throw ToolException.Usage($"'{protocolText}' already names the variant; drop --variant {variant} or use 'http' as the protocol.");
        }

        string? wanted = variant ?? vendor;
        if (registry.TryGet(protocol, code, wanted, out StatusDefinition? definition))
        {
            return definition;
        }

        var meanings = registry.VariantsOf(protocol, code);
        if (meanings.Count == 0)
        {
            // The same rule the catalog's lookup states: show documents catalog entries, the handler answers any code.
            throw ToolException.Usage(
                $"{protocol} has no code {code} in the catalog, so it has no page; run 'fakestatus list {protocol}' to see its codes. " +
                StatusRules.UnknownCodeRule(code));
        }

        throw ToolException.Usage(StatusRules.NoSuchVariant(protocol, code, wanted, meanings));
    }
}
