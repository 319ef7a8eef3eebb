using System.Globalization;
using CsCheck;

namespace FakeStatus.Reliability.Tests.Properties;

/// <summary>Generators of request paths and query strings that mix valid conventions with every kind of junk.</summary>
internal static class UrlGen
{
    public static readonly Gen<string> Code = Gen.Frequency(
        (6, Gen.Int[100, 999].Select(c => c.ToString(CultureInfo.InvariantCulture))),
        (2, Gen.Int[-1000, 100_000].Select(c => c.ToString(CultureInfo.InvariantCulture))),
        (1, Gen.OneOf("0", "099", "1000", "+200", "-200", "2e2", "200.0", " 200", "２００", "\u0662\u0660\u0660", "%32%30%30", "20%30")));

    public static readonly Gen<string> Name = Gen.OneOf(
        "status", "random", "smtp", "ftp", "http", "SMTP", "Status", "RANDOM", "pantheon", "cloudflare", "nginx", "aws-elb",
        "Pantheon", "users", "api", "health", "%73mtp", "st%61tus");

    public static readonly Gen<string> List = Gen.Frequency(
        (3, Gen.OneOf(
            "200,500-504", "200:0.9,500:0.1", "500-100", ",,", "200:", ":0.5", "200:-1", "100-999", "100-999,100-999", "200:NaN",
            "200:Infinity", "200:1e308,201:1e308", "200,,201", "-", "200-", "-200", "200-300-400", "200:0", "200:0.1:0.2", "200%2C500")),
        (2, Code.Array[1, 6].Select(codes => string.Join(",", codes))),
        (1, Gen.Select(Code, Code, Gen.Double[0, 10], (a, b, w) => a + "-" + b + ":" + w.ToString(CultureInfo.InvariantCulture))));

    public static readonly Gen<string> Junk = Gen.OneOf(
        Gen.OneOf("%2F", "%00", "%ZZ", "%", "%E2%82%AC", "ü", "日本", "😀", "..", ".", "~", "a b", "'", "\"", "<>", "{id}", "*", ";x=1", "@", ":"),
        Gen.String[0, 12],
        Gen.Char["ab%/?#&=.0123456789éü😀"].Array[0, 20].Select(chars => new string(chars)),
        Gen.Int[1, 6000].Select(n => new string('a', n)),
        Gen.Int[1, 3000].Select(n => string.Concat(Enumerable.Repeat("2", n))));

    public static readonly Gen<string> Segment = Gen.Frequency((4, Code), (3, Name), (2, List), (2, Junk));

    public static readonly Gen<string> QueryPair = Gen.Select(
        Gen.OneOf("sleep", "SLEEP", "suppressBody", "suppressbody", "variant", "junk", "", "sleep%3D", "a+b"),
        Gen.Frequency(
            (3, Gen.Int[-10, 400_000].Select(n => n.ToString(CultureInfo.InvariantCulture))),
            (2, Gen.OneOf("true", "false", "TRUE", "yes", "", "pantheon", "PANTHEON", "nope", "-", "99999999999", "1e3", "%20", "ü", "a%ZZ")),
            (1, Gen.String[0, 8])),
        Gen.Bool,
        (key, value, withValue) => withValue ? key + "=" + value : key);

    public static readonly Gen<string> Query = Gen.Frequency(
        (3, Gen.Const(string.Empty)),
        (2, QueryPair.Array[1, 4].Select(pairs => "?" + string.Join("&", pairs))),
        (1, Gen.String[0, 20].Select(s => "?" + s)));

    /// <summary>A path of 0-5 segments, sometimes with extra or trailing slashes, and a query.</summary>
    public static readonly Gen<string> PathAndQuery = Gen.Select(
        Segment.Array[0, 5],
        Gen.OneOf("/", "//", "/"),
        Gen.Bool,
        Query,
        (segments, lead, trailing, query) => lead + string.Join("/", segments) + (trailing ? "/" : string.Empty) + query);
}
