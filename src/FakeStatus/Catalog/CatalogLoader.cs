using System;
using System.Collections.Generic;
using System.IO;

namespace FakeStatus;

/// <summary>Reads catalog JSON into validated definitions.</summary>
internal static class CatalogLoader
{
    /// <summary>The largest catalog accepted, so a runaway file fails fast instead of exhausting memory.</summary>
    public const int MaxBytes = 4 * 1024 * 1024;

    /// <summary>The deepest JSON nesting accepted; the format itself needs 4.</summary>
    public const int MaxDepth = 8;

    /// <summary>What a catalog looks like, told after any problem the JSON reader finds.</summary>
    private const string Shape = "Expected {\"protocol\": \"http\", \"definitions\": [{\"code\": 530, \"reasonPhrase\": \"...\", ...}]}.";

    private static readonly string[] EmbeddedCatalogs = ["http", "smtp", "ftp", "grpc"];

    public static StatusCatalog LoadEmbedded()
    {
        var definitions = new List<StatusDefinition>();
        var assembly = typeof(CatalogLoader).Assembly;
        foreach (string name in EmbeddedCatalogs)
        {
            string resource = $"FakeStatus.Catalog.{name}.json";
            using Stream stream = assembly.GetManifestResourceStream(resource)
                ?? throw new InvalidOperationException($"The embedded catalog '{resource}' is missing from {assembly.GetName().Name}.");
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            definitions.AddRange(Parse(buffer.ToArray(), resource, trusted: true));
        }

        return new StatusCatalog(definitions);
    }

    public static byte[] ReadFile(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new FileNotFoundException($"The status catalog file '{path}' does not exist.", path);
        }

        if (info.Length > MaxBytes)
        {
            throw new CatalogFormatException(path, "$", $"the file is {info.Length} bytes; a catalog may be at most {MaxBytes} bytes.");
        }

        return File.ReadAllBytes(path);
    }

    /// <summary>Reads and validates one catalog.</summary>
    /// <param name="utf8">The JSON.</param>
    /// <param name="sourceName">The file name or label used in messages.</param>
    /// <param name="trusted">True for the embedded catalogs, which take the hand-written fast reader (see <see cref="EmbeddedCatalogReader"/>).</param>
    public static IReadOnlyList<StatusDefinition> Parse(byte[] utf8, string sourceName, bool trusted = false)
    {
        if (utf8.Length > MaxBytes)
        {
            throw new CatalogFormatException(sourceName, "$", $"the catalog is {utf8.Length} bytes; a catalog may be at most {MaxBytes} bytes.");
        }

        CatalogDocument? document = (trusted ? EmbeddedCatalogReader.TryRead(utf8) : null)
            ?? JsonInput.Read(utf8, CatalogJsonContext.Default.CatalogDocument, (location, problem, line, position, inner) =>
                new CatalogFormatException(sourceName, location, problem, line, position, inner), shape: Shape)
            ?? throw new CatalogFormatException(sourceName, "$", "the catalog is JSON null; expected an object {\"protocol\": \"http\", \"definitions\": [...]}.");

        string protocol;
        try
        {
            protocol = StatusRules.ValidateName(document.Protocol ?? throw Missing(), "protocol");
        }
        catch (ArgumentException e)
        {
            throw new CatalogFormatException(sourceName, "$.protocol", e.Message, e);
        }

        List<CatalogEntry?> entries = document.Definitions
            ?? throw new CatalogFormatException(sourceName, "$.definitions", "the field is missing; expected an array of definitions.");

        // Plain arrays and string keys rather than LINQ over ints: the first load runs cold, and value-type generics cost JIT time.
        var sizes = new int[StatusRules.MaxCode + 1];
        foreach (CatalogEntry? entry in entries)
        {
            if (entry?.Code is int code && code is >= 0 and <= StatusRules.MaxCode)
            {
                sizes[code]++;
            }
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = new List<StatusDefinition>(entries.Count);
        for (int i = 0; i < entries.Count; i++)
        {
            string at = "$.definitions[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
            CatalogEntry entry = entries[i] ?? throw new CatalogFormatException(sourceName, at, "the definition is null; expected an object with code and reasonPhrase.");
            StatusDefinition definition = ToDefinition(sourceName, at, protocol, entry, sizes);
            string key = definition.Code.ToString(System.Globalization.CultureInfo.InvariantCulture) + "/" + definition.Variant;
            if (seen.TryGetValue(key, out int first))
            {
                throw new CatalogFormatException(sourceName, at,
                    $"duplicate definition of {protocol} {definition.Code}{(definition.Variant is null ? string.Empty : " variant '" + definition.Variant + "'")} (first at $.definitions[{first}]); give each meaning of a code its own variant or vendor.");
            }

            seen.Add(key, i);
            result.Add(definition);
        }

        CheckDefaults(sourceName, protocol, result, sizes);
        return result;
    }

    private static StatusDefinition ToDefinition(string source, string at, string protocol, CatalogEntry e, int[] sizes)
    {
        string field = ".code";
        try
        {
            int code = StatusRules.ValidateCode(protocol, e.Code ?? throw Missing(), "code");
            field = ".reasonPhrase";
            string phrase = StatusRules.ValidateReasonPhrase(e.ReasonPhrase ?? throw Missing(), "reasonPhrase");
            field = ".status";
            StatusKind kind = ParseKind(e.Status);
            field = ".vendor";
            string? vendor = e.Vendor is null ? null : StatusRules.ValidateName(e.Vendor, "vendor");
            field = ".variant";
            string? variant = e.Variant is null ? null : StatusRules.ValidateName(e.Variant, "variant");
            field = ".headers";
            IReadOnlyDictionary<string, string> headers = StatusRules.ValidateHeaders(e.Headers ?? new Dictionary<string, string>(), "headers");
            field = ".phraseOrigin";
            PhraseOrigin origin = ParseOrigin(e.PhraseOrigin);
            field = ".clientReceives";
            ClientReceives receives = ParseReceives(e.ClientReceives);
            field = ".substitute";
            SubstituteResponse? substitute = ToSubstitute(e.Substitute, receives);
            field = ".sourceText";
            string? sourceText = e.SourceText is null ? null : StatusRules.ValidateSourceText(e.SourceText, "sourceText");
            field = ".httpStatuses";
            int[] httpStatuses = ValidateHttpStatuses(e.HttpStatuses);
            field = ".default";
            return new StatusDefinition(protocol, code, phrase)
            {
                Description = e.Description ?? string.Empty,
                Source = e.Source ?? string.Empty,
                SourceUrl = e.SourceUrl,
                Kind = kind,
                Vendor = vendor,
                Variant = variant,
                IsDefault = sizes[code] == 1 || e.Default == true,
                Headers = headers,
                BodyAllowed = e.BodyAllowed ?? StatusRules.BodyAllowedByDefault(code),
                EnhancedStatusCode = e.EnhancedStatusCode,
                SourceText = sourceText,
                PhraseOrigin = origin,
                IsVerified = e.Verified ?? false,
                ClientReceives = receives,
                Substitute = substitute,
                HttpStatusCodes = httpStatuses,
            };
        }
        catch (ArgumentException problem)
        {
            throw new CatalogFormatException(source, at + field, problem.Message, problem);
        }
    }

    private static void CheckDefaults(string source, string protocol, List<StatusDefinition> definitions, int[] sizes)
    {
        var defaults = new int[StatusRules.MaxCode + 1];
        foreach (StatusDefinition definition in definitions)
        {
            defaults[definition.Code] += definition.IsDefault ? 1 : 0;
        }

        for (int code = 0; code <= StatusRules.MaxCode; code++)
        {
            if (sizes[code] > 1 && defaults[code] != 1)
            {
                throw new CatalogFormatException(source, "$.definitions[*].default",
                    $"{protocol} {code} has {sizes[code]} meanings and {defaults[code]} marked \"default\": true; exactly one must be.");
            }
        }
    }

    private static StatusKind ParseKind(string? status) => status switch
    {
        null or "standard" => StatusKind.Standard,
        "deprecated" => StatusKind.Deprecated,
        "unused" => StatusKind.Unused,
        "vendor" => StatusKind.Vendor,
        "unofficial" => StatusKind.Unofficial,
        "obsolete" => StatusKind.Obsolete,
        _ => throw new ArgumentException($"'{status}' is not a status; expected one of standard, deprecated, obsolete, unused, vendor, unofficial."),
    };

    private static PhraseOrigin ParseOrigin(string? origin) => origin switch
    {
        null or "source" => PhraseOrigin.Source,
        "adapted" => PhraseOrigin.Adapted,
        "fakestatus" => PhraseOrigin.FakeStatus,
        _ => throw new ArgumentException($"'{origin}' is not a phrase origin; expected one of source, adapted, fakestatus."),
    };

    private static ClientReceives ParseReceives(string? receives) => receives switch
    {
        null or "status" => ClientReceives.Status,
        "connection-closed" => ClientReceives.ConnectionClosed,
        "substitute-status" => ClientReceives.SubstituteStatus,
        "logged-only" => ClientReceives.LoggedOnly,
        _ => throw new ArgumentException($"'{receives}' is not what a client receives; expected one of status, connection-closed, substitute-status, logged-only."),
    };

    private static SubstituteResponse? ToSubstitute(CatalogSubstitute? s, ClientReceives receives)
    {
        if (s is null)
        {
            return receives == ClientReceives.SubstituteStatus
                ? throw new ArgumentException("the field is missing; \"clientReceives\": \"substitute-status\" needs a substitute {\"code\", \"reasonPhrase\", \"contentType\", \"body\"}.")
                : null;
        }

        if (receives != ClientReceives.SubstituteStatus)
        {
            throw new ArgumentException("a substitute is only sent when \"clientReceives\" is \"substitute-status\"; remove it or set clientReceives.");
        }

        return new SubstituteResponse(
            s.Code ?? throw new ArgumentException("substitute.code is missing; give the status sent instead, e.g. 400."),
            s.ReasonPhrase ?? throw new ArgumentException("substitute.reasonPhrase is missing, e.g. \"Bad Request\"."),
            s.ContentType ?? throw new ArgumentException("substitute.contentType is missing, e.g. \"text/html\"."),
            s.Body ?? string.Empty);
    }

    private static int[] ValidateHttpStatuses(List<int>? statuses)
    {
        if (statuses is null)
        {
            return [];
        }

        foreach (int status in statuses)
        {
            StatusRules.ValidateCode(status, "httpStatuses");
        }

        return statuses.ToArray();
    }

    private static ArgumentException Missing() => new("the field is missing or null.");
}
