using System.Collections.Generic;
using System.Text.Json;

namespace FakeStatus;

/// <summary>
/// Finds a property given twice in one JSON object. System.Text.Json before .NET 10 silently keeps the last value, which
/// would hide a typo in a catalog; so the catalog is scanned once for duplicates before it is deserialised.
/// </summary>
internal static class DuplicateKeyCheck
{
    public static StatusCatalogException? Find(byte[] utf8, string sourceName)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = CatalogLoader.MaxDepth });
        var scopes = new Stack<(HashSet<string> Names, string Path)>();
        var path = new Stack<string>();
        string current = "$";
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                        scopes.Push((new HashSet<string>(System.StringComparer.Ordinal), current));
                        break;
                    case JsonTokenType.EndObject:
                        scopes.Pop();
                        break;
                    case JsonTokenType.PropertyName:
                        string name = reader.GetString()!;
                        (HashSet<string> names, string owner) = scopes.Peek();
                        current = owner + "." + name;
                        if (!names.Add(name))
                        {
                            (long line, long column) = Position(utf8, reader.TokenStartIndex);
                            return new StatusCatalogException(sourceName, current, line, column, $"the property \"{name}\" is given twice in one object; give it once.");
                        }

                        break;
                }
            }
        }
        catch (JsonException)
        {
            // Malformed JSON is reported, with its position, by the deserialiser that runs next.
            return null;
        }

        return null;
    }

    private static (long Line, long Column) Position(byte[] utf8, long offset)
    {
        long line = 1, column = 1;
        for (long i = 0; i < offset && i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                line++;
                column = 1;
            }
            else
            {
                column++;
            }
        }

        return (line, column);
    }
}
