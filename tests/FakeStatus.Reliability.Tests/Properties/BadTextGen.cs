using System.Globalization;
using System.Text;
using CsCheck;

namespace FakeStatus.Reliability.Tests.Properties;

/// <summary>
/// Text a test double meets from misbehaving clients: JSON with unpaired surrogate escapes, raw unpaired surrogates, nesting
/// past the parser's defaults, broken JSON; header values with unpaired surrogates.
/// </summary>
internal static class BadTextGen
{
    private static readonly Gen<string> JsonString = Gen.Frequency(
        (3, Gen.OneOf("\"ada\"", "\"\"", "\"a b\"", "\"😀\"", "\"\\ud83d\\ude00\"", "\"é\"")),
        (2, Gen.OneOf("\"\\uD83D\"", "\"a\\uDE00\"", "\"\\uDBFF\\uDBFF\"", "\"x\\uD800y\"", "\"\\uDFFF\"")),
        (1, Gen.Char.Array[0, 4].Select(chars => "\"" + Escape(new string(chars)) + "\"")));

    private static readonly Gen<string> Key = Gen.Frequency(
        (4, Gen.OneOf("\"name\"", "\"id\"", "\"a\"")),
        (1, Gen.OneOf("\"\\uD83D\"", "\"\\uDC00x\"", "\"\"")));

    private static readonly Gen<string> Scalar = Gen.Frequency(
        (3, JsonString),
        (2, Gen.OneOf("1", "1.0", "-0", "1e400", "12.50", "true", "false", "null")));

    /// <summary>A JSON value up to <paramref name="depth"/> levels, objects and arrays of scalars and of each other.</summary>
    private static Gen<string> ValueOf(int depth) => depth == 0
        ? Scalar
        : Gen.Frequency(
            (3, Scalar),
            (1, Gen.Select(Key, ValueOf(depth - 1)).Array[0, 3].Select(pairs => "{" + string.Join(", ", pairs.Select(p => p.Item1 + ": " + p.Item2)) + "}")),
            (1, ValueOf(depth - 1).Array[0, 3].Select(items => "[" + string.Join(",", items) + "]")));

    /// <summary>JSON text, usually valid, sometimes deep (65 to 1100 levels), cut, or holding a raw unpaired surrogate.</summary>
    public static readonly Gen<string> Json = Gen.Frequency(
        (6, ValueOf(3)),
        (1, Gen.Select(Gen.Int[60, 1100], Scalar, (depth, inner) => new string('[', depth) + inner + new string(']', depth))),
        (1, Gen.Select(ValueOf(2), Gen.Double[0, 1], (json, at) => json.Substring(0, (int)(json.Length * at)))),
        (1, Gen.Select(ValueOf(2), Gen.Char['\uD800', '\uDFFF'], (json, c) => json.Replace("a", c.ToString(), StringComparison.Ordinal))));

    /// <summary>A control header value: usually fine, sometimes with an unpaired surrogate anywhere in it.</summary>
    public static readonly Gen<string> HeaderValue = Gen.Frequency(
        (2, HeaderGen.Value),
        (2, HeaderGen.Sleep),
        (2, Gen.Select(Gen.OneOf("", "1", "100", "a", "x-"), Gen.Char['\uD800', '\uDFFF'], Gen.OneOf("", "0", "b"), (before, c, after) => before + c + after)));

    private static string Escape(string text)
    {
        var escaped = new StringBuilder();
        foreach (char c in text)
        {
            escaped.Append(c is '"' or '\\' || c < ' ' || char.IsSurrogate(c) ? "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) : c.ToString());
        }

        return escaped.ToString();
    }
}
