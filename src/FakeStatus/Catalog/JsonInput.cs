using System;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace FakeStatus;

/// <summary>
/// The one way FakeStatus reads its JSON file formats (catalogs, error styles, cassettes, HAR): System.Text.Json's
/// source-generated contracts read the file into the format's small DTOs, with a key given twice in one object refused, and
/// every error the serializer finds becomes the format's located exception: the JSON path, the line and byte, and the problem
/// in words (what was expected, what was found). Each format then checks its DTOs into its domain types.
/// </summary>
internal static class JsonInput
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The problem with a string whose escapes make no valid UTF-16 text.</summary>
    public const string LoneSurrogate = "the text is not valid UTF-16: it has a lone surrogate escape such as \\uD83D.";

    // The characters for which System.Text.Json writes a name in a path as ['name'] rather than .name.
    private const string PathSpecials = ". '/\"[]()\t\n\r\f\b\\\u0085\u2028\u2029";

    /// <summary>Makes the format's exception for a problem at a JSON path (and a 1-based line and byte, when known).</summary>
    public delegate Exception Failure(string location, string problem, long? lineNumber, long? bytePositionInLine, Exception? innerException);

    /// <summary>Reads <paramref name="json"/> as <typeparamref name="T"/>.</summary>
    /// <param name="json">The file's text.</param>
    /// <param name="type">The format's source-generated contract.</param>
    /// <param name="fail">Makes the format's exception.</param>
    /// <param name="fields">For a format that refuses unknown fields, the sentence that names the fields it has.</param>
    /// <param name="shape">What the format looks like, told after a problem with the JSON's syntax or kinds.</param>
    public static T? Read<T>(string json, JsonTypeInfo<T> type, Failure fail, string? fields = null, string? shape = null)
    {
        byte[] utf8;
        try
        {
            utf8 = StrictUtf8.GetBytes(json);
        }
        catch (ArgumentException e)
        {
            // A lone surrogate in the .NET string itself: no UTF-8, so no JSON, can hold it.
            throw fail("$", "not valid text: it is not valid UTF-16 (it has a lone surrogate), so it is not valid JSON.", null, null, e);
        }

        return Read(utf8, type, fail, fields, shape);
    }

    /// <summary>Reads the UTF-8 <paramref name="utf8"/> as <typeparamref name="T"/>.</summary>
    /// <param name="utf8">The file's bytes.</param>
    /// <param name="type">The format's source-generated contract.</param>
    /// <param name="fail">Makes the format's exception.</param>
    /// <param name="fields">For a format that refuses unknown fields, the sentence that names the fields it has.</param>
    /// <param name="shape">What the format looks like, told after a problem with the JSON's syntax or kinds.</param>
    public static T? Read<T>(byte[] utf8, JsonTypeInfo<T> type, Failure fail, string? fields = null, string? shape = null)
    {
        try
        {
            return JsonSerializer.Deserialize(utf8, type);
        }
        catch (JsonException e)
        {
            // The serializer counts lines and bytes from 0; editors and the rest of FakeStatus's messages count from 1.
            string problem = Describe(e, utf8, fields, out bool aboutShape);
            throw fail(e.Path ?? "$", aboutShape && shape is not null ? problem + " " + shape : problem, e.LineNumber + 1, e.BytePositionInLine + 1, e);
        }
    }

    /// <summary>The JSON path of <paramref name="name"/> in the object at <paramref name="path"/>, written as the serializer writes it.</summary>
    public static string Member(string path, string name) =>
        name.Any(c => PathSpecials.Contains(c, StringComparison.Ordinal)) ? path + "['" + name.Replace("'", "\\'", StringComparison.Ordinal) + "']" : path + "." + name;

    /// <summary>The JSON path of item <paramref name="index"/> of the array at <paramref name="path"/>.</summary>
    public static string Item(string path, int index) => path + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    /// <summary>A JSON value's kind, in the words the messages use ("an object", "a string", "null").</summary>
    public static string KindName(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    private static string Describe(JsonException e, byte[] utf8, string? fields, out bool aboutShape)
    {
        aboutShape = false;
        string message = WithoutPosition(e.Message);
        if (e.InnerException is JsonException)
        {
            aboutShape = true;
            // The reader's own error: the text is not JSON at all.
            return "not valid JSON: " + message;
        }

        if (e.InnerException is InvalidOperationException inner && inner.Message.Contains("UTF-16", StringComparison.Ordinal))
        {
            return LoneSurrogate;
        }

        if (message.StartsWith("Duplicate propert", StringComparison.Ordinal))
        {
            return $"the property \"{LastName(e.Path)}\" is given twice in one object; give it once.";
        }

        if (message.Contains("could not be mapped to any .NET member", StringComparison.Ordinal))
        {
            aboutShape = fields is null;
            return fields is null ? "unknown field." : "unknown field; " + fields;
        }

        aboutShape = true;
        const string Converted = "could not be converted to ";
        int at = message.IndexOf(Converted, StringComparison.Ordinal);
        if (at < 0)
        {
            return message;
        }

        string expected = KindOf(message.Substring(at + Converted.Length).TrimEnd('.'));
        string? found = e.LineNumber is long line && e.BytePositionInLine is long position ? FoundAt(utf8, line, position) : null;
        return found is null || found == "a number" && expected == "a whole number"
            ? $"expected {expected}."
            : $"expected {expected}, found {found}.";
    }

    /// <summary>The serializer's message without the " Path: ... | LineNumber: ..." it appends; the exception carries those.</summary>
    private static string WithoutPosition(string message)
    {
        int index = message.IndexOf(" Path: ", StringComparison.Ordinal);
        index = index < 0 ? message.IndexOf(" LineNumber: ", StringComparison.Ordinal) : index;
        return index < 0 ? message : message.Substring(0, index);
    }

    private static string LastName(string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return "?";
        }

        if (path!.EndsWith("']", StringComparison.Ordinal))
        {
            // The serializer writes the name between [' and '] as it is: a quote or backslash in it is not escaped.
            int open = path.LastIndexOf("['", StringComparison.Ordinal);
            return path.Substring(open + 2, path.Length - open - 4);
        }

        return path.Substring(path.LastIndexOf('.') + 1);
    }

    /// <summary>What a .NET type the serializer names is, in JSON's words.</summary>
    private static string KindOf(string type) =>
        type.StartsWith("System.Collections.Generic.List", StringComparison.Ordinal) || type.EndsWith("[]", StringComparison.Ordinal) ? "an array"
        : type.StartsWith("System.Collections.Generic.Dictionary", StringComparison.Ordinal) ? "an object"
        : type.Contains("System.String", StringComparison.Ordinal) ? "a string"
        : type.Contains("System.Boolean", StringComparison.Ordinal) ? "a boolean"
        : type.Contains("System.Int", StringComparison.Ordinal) ? "a whole number"
        : type.Contains("System.Double", StringComparison.Ordinal) || type.Contains("System.Decimal", StringComparison.Ordinal) ? "a number"
        : "an object";

    /// <summary>
    /// The kind of the value the serializer stopped on. It stops just past that value's first token, so the byte before its
    /// position tells the kind; null when the position is not inside the text.
    /// </summary>
    private static string? FoundAt(byte[] utf8, long line, long position)
    {
        int start = 0;
        for (long i = 0; i < line; i++)
        {
            start = Array.IndexOf(utf8, (byte)'\n', start) + 1;
            if (start == 0)
            {
                return null;
            }
        }

        long end = start + position;
        return end < 1 || end > utf8.Length ? null : utf8[end - 1] switch
        {
            (byte)'"' => "a string",
            (byte)'{' => "an object",
            (byte)'[' => "an array",
            (byte)'e' => "a boolean",
            (byte)'l' => "null",
            >= (byte)'0' and <= (byte)'9' => "a number",
            _ => null,
        };
    }
}
