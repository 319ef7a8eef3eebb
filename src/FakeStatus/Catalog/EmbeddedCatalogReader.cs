using System;
using System.Collections.Generic;
using System.Text.Json;

namespace FakeStatus;

/// <summary>
/// Reads the embedded catalogs with <see cref="Utf8JsonReader"/> directly. The first use of the source-generated serializer
/// costs about 20 ms of JIT in a fresh process, which every test run would pay on its first request; this reader builds the
/// same <see cref="CatalogDocument"/> in a few. User catalogs still go through the serializer, whose errors name the
/// position and field; the embedded files are known-good, and a test checks both readers agree on them.
/// </summary>
internal static class EmbeddedCatalogReader
{
    /// <summary>Reads <paramref name="utf8"/>, or returns null when it holds anything this reader does not expect.</summary>
    public static CatalogDocument? TryRead(byte[] utf8)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, MaxDepth = CatalogLoader.MaxDepth });
        try
        {
            return ReadDocument(ref reader);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }

    private static CatalogDocument? ReadDocument(ref Utf8JsonReader reader)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        var document = new CatalogDocument();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("protocol"u8))
            {
                document.Protocol = ReadString(ref reader);
            }
            else if (reader.ValueTextEquals("definitions"u8) && reader.Read() && reader.TokenType == JsonTokenType.StartArray)
            {
                document.Definitions = [];
                while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
                {
                    document.Definitions.Add(ReadEntry(ref reader));
                }
            }
            else
            {
                return null;
            }
        }

        return document;
    }

    private static CatalogEntry ReadEntry(ref Utf8JsonReader reader)
    {
        var entry = new CatalogEntry();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("code"u8)) { reader.Read(); entry.Code = reader.GetInt32(); }
            else if (reader.ValueTextEquals("reasonPhrase"u8)) { entry.ReasonPhrase = ReadString(ref reader); }
            else if (reader.ValueTextEquals("description"u8)) { entry.Description = ReadString(ref reader); }
            else if (reader.ValueTextEquals("source"u8)) { entry.Source = ReadString(ref reader); }
            else if (reader.ValueTextEquals("sourceUrl"u8)) { entry.SourceUrl = ReadString(ref reader); }
            else if (reader.ValueTextEquals("status"u8)) { entry.Status = ReadString(ref reader); }
            else if (reader.ValueTextEquals("vendor"u8)) { entry.Vendor = ReadString(ref reader); }
            else if (reader.ValueTextEquals("variant"u8)) { entry.Variant = ReadString(ref reader); }
            else if (reader.ValueTextEquals("enhancedStatusCode"u8)) { entry.EnhancedStatusCode = ReadString(ref reader); }
            else if (reader.ValueTextEquals("default"u8)) { entry.Default = ReadBoolean(ref reader); }
            else if (reader.ValueTextEquals("bodyAllowed"u8)) { entry.BodyAllowed = ReadBoolean(ref reader); }
            else if (reader.ValueTextEquals("headers"u8)) { entry.Headers = ReadHeaders(ref reader); }
            else if (reader.ValueTextEquals("sourceText"u8)) { entry.SourceText = ReadString(ref reader); }
            else if (reader.ValueTextEquals("phraseOrigin"u8)) { entry.PhraseOrigin = ReadString(ref reader); }
            else if (reader.ValueTextEquals("verified"u8)) { entry.Verified = ReadBoolean(ref reader); }
            else if (reader.ValueTextEquals("clientReceives"u8)) { entry.ClientReceives = ReadString(ref reader); }
            else if (reader.ValueTextEquals("substitute"u8)) { entry.Substitute = ReadSubstitute(ref reader); }
            else if (reader.ValueTextEquals("httpStatuses"u8)) { entry.HttpStatuses = ReadNumbers(ref reader); }
            else { throw new FormatException("Unexpected property in an embedded catalog."); }
        }

        return entry;
    }

    private static CatalogSubstitute? ReadSubstitute(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new FormatException("substitute must be an object.");
        }

        var substitute = new CatalogSubstitute();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("code"u8)) { reader.Read(); substitute.Code = reader.GetInt32(); }
            else if (reader.ValueTextEquals("reasonPhrase"u8)) { substitute.ReasonPhrase = ReadString(ref reader); }
            else if (reader.ValueTextEquals("contentType"u8)) { substitute.ContentType = ReadString(ref reader); }
            else if (reader.ValueTextEquals("body"u8)) { substitute.Body = ReadString(ref reader); }
            else { throw new FormatException("Unexpected property in a substitute."); }
        }

        return substitute;
    }

    private static List<int> ReadNumbers(ref Utf8JsonReader reader)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
        {
            throw new FormatException("httpStatuses must be an array.");
        }

        var numbers = new List<int>();
        while (reader.Read() && reader.TokenType == JsonTokenType.Number)
        {
            numbers.Add(reader.GetInt32());
        }

        return numbers;
    }

    private static Dictionary<string, string> ReadHeaders(ref Utf8JsonReader reader)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new FormatException("headers must be an object.");
        }

        var headers = new Dictionary<string, string>();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            string name = reader.GetString()!;
            headers.Add(name, ReadString(ref reader) ?? throw new FormatException("A header value must be a string."));
        }

        return headers;
    }

    private static string? ReadString(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.TokenType == JsonTokenType.Null ? null : reader.GetString();
    }

    private static bool? ReadBoolean(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.TokenType == JsonTokenType.Null ? null : reader.GetBoolean();
    }
}
