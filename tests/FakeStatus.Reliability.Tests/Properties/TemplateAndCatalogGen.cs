using System.Globalization;
using CsCheck;

namespace FakeStatus.Reliability.Tests.Properties;

/// <summary>Generators of route templates and of catalog JSON mutated from a valid one.</summary>
internal static class TemplateAndCatalogGen
{
    /// <summary>Segments a request path reproduces exactly, so a registered template must match its own request.</summary>
    public static readonly Gen<string> SafeSegment = Gen.Frequency(
        (4, Gen.Char["abcxyz0123-_"].Array[1, 8].Select(c => new string(c))),
        (1, Gen.OneOf("{id}", "{name}", "*", "users", "ü", "日本", "%41")));

    public static readonly Gen<string> AnySegment = Gen.Frequency(
        (3, SafeSegment),
        (2, Gen.OneOf("{", "}", "{}", "a*b", "{a}{b}", "{a", "", "..", ".", "%ZZ", "%2F", "a b", "\r", "#", "?", ":", "**")),
        (1, Gen.String[0, 6]));

    public static readonly Gen<string> Prefix = Gen.Frequency(
        (4, Gen.Const(string.Empty)),
        (1, Gen.OneOf("https://api.test", "http://x:99999", "https://", "ftp://h", "https://h:0", "https://[::1]:8080", "http://h:80", "https://h:")));

    /// <summary>A template and whether it is built from safe parts only (so its own request must match it).</summary>
    public static readonly Gen<(string Template, bool Safe)> Template = Gen.Frequency(
        (3, SafeSegment.Array[0, 4].Select(s => ("/" + string.Join("/", s), true))),
        (3, Gen.Select(Prefix, AnySegment.Array[0, 4], Gen.OneOf(string.Empty, "?q=1", "?a=%zz&b", "?"), (p, s, q) => (p + "/" + string.Join("/", s) + q, false))),
        (1, Gen.String[0, 30].Select(s => (s, false))));

    private const string ValidCatalog =
        "{\"protocol\": \"gen\", \"definitions\": [" +
        "{\"code\": 250, \"reasonPhrase\": \"OK\", \"headers\": {\"X-A\": \"1\"}}," +
        "{\"code\": 530, \"reasonPhrase\": \"Authentication Required\", \"status\": \"standard\", \"bodyAllowed\": true}," +
        "{\"code\": 530, \"reasonPhrase\": \"Other\", \"variant\": \"other\", \"vendor\": \"acme\", \"default\": false}]}";

    public static readonly Gen<string> JsonValue = Gen.Frequency(
        (3, Gen.OneOf("1", "-1", "0", "99999999999", "1e400", "1.5", "true", "false", "null", "[]", "{}", "\"\"", "\"a\\r\\nb\"", "\"ü\"", "\"Content-Type\"", "\"x\\u0000\"")),
        (2, Gen.String[0, 10].Select(s => System.Text.Json.JsonSerializer.Serialize(s))),
        (1, Gen.Int[2, 40].Select(depth => new string('[', depth) + "1" + new string(']', depth))),
        (1, Gen.Int[2, 40].Select(depth => string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth))),
        (1, Gen.Int[1000, 200_000].Select(n => "\"" + new string('x', n) + "\"")));

    private static readonly string[] Fields =
        ["protocol", "definitions", "code", "reasonPhrase", "headers", "status", "bodyAllowed", "variant", "vendor", "default", "X-A", "description"];

    /// <summary>One edit of the catalog text: a field's value replaced, a field renamed away, the text cut or a character inserted.</summary>
    public static readonly Gen<Func<string, string>> Mutation = MutationOf(Fields, JsonValue);

    public static readonly Gen<string> Catalog = Mutated(ValidCatalog, Mutation);

    /// <summary>One edit of a JSON document: a value of one of <paramref name="fields"/> replaced, a field renamed away, the text cut or a character inserted.</summary>
    public static Gen<Func<string, string>> MutationOf(string[] fields, Gen<string> values) => Gen.Frequency(
        (4, Gen.Select(Gen.OneOf(fields), values, Gen.Int[0, 3], (field, value, nth) => (Func<string, string>)(json => ReplaceValue(json, field, nth, value)))),
        (1, Gen.OneOf(fields).Select(field => (Func<string, string>)(json => json.Replace("\"" + field + "\"", "\"" + field + "X\"", StringComparison.Ordinal)))),
        (1, Gen.Double[0, 1].Select(at => (Func<string, string>)(json => json.Substring(0, (int)(json.Length * at))))),
        (1, Gen.Select(Gen.Double[0, 1], Gen.Char, (at, c) => (Func<string, string>)(json => json.Insert((int)(json.Length * at), c.ToString())))));

    /// <summary><paramref name="valid"/> after one to three edits.</summary>
    public static Gen<string> Mutated(string valid, Gen<Func<string, string>> mutation) =>
        mutation.Array[1, 3].Select(edits => edits.Aggregate(valid, (json, edit) => edit(json)));

    /// <summary>Replaces the value after the nth occurrence of "field": (a scalar, string, or balanced array/object).</summary>
    private static string ReplaceValue(string json, string field, int nth, string value)
    {
        int at = -1;
        for (int i = 0; i <= nth; i++)
        {
            int next = json.IndexOf("\"" + field + "\":", at + 1, StringComparison.Ordinal);
            if (next < 0)
            {
                break;
            }

            at = next;
        }

        if (at < 0)
        {
            return json;
        }

        int start = json.IndexOf(':', at) + 1;
        int end = start;
        int depth = 0;
        bool inString = false;
        for (; end < json.Length; end++)
        {
            char c = json[end];
            if (inString)
            {
                inString = c != '"' || json[end - 1] == '\\';
                continue;
            }

            if (c == '"')
            {
                inString = true;
            }
            else if (c is '[' or '{')
            {
                depth++;
            }
            else if (c is ']' or '}' && depth-- == 0 || c == ',' && depth == 0)
            {
                break;
            }
        }

        return string.Concat(json.AsSpan(0, start), " ", value.ToString(CultureInfo.InvariantCulture), json.AsSpan(end));
    }
}
