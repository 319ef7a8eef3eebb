using System.Globalization;
using CsCheck;

namespace FakeStatus.Reliability.Tests.Properties;

/// <summary>Generators of the httpstat.us control headers: sleeps, response headers to echo, and Accept.</summary>
internal static class HeaderGen
{
    public const string ResponsePrefix = "X-HttpStatus-Response-";

    public static readonly Gen<string> Path = Gen.OneOf("/200", "/503", "/smtp/530", "/random/200,503", "/pantheon/530", "/418", "/204", "/status/301");

    public static readonly Gen<string> Sleep = Gen.Frequency(
        (4, Gen.Int[0, 300_000].Select(n => n.ToString(CultureInfo.InvariantCulture))),
        (2, Gen.Int[-1000, 10_000_000].Select(n => n.ToString(CultureInfo.InvariantCulture))),
        (1, Gen.OneOf(" 100 ", "1e3", "abc", "", "٣", "100,200", "300001", "99999999999", "+5", "0x10", "1.5")));

    public static readonly Gen<string> Value = Gen.Frequency(
        (4, Gen.String[0, 20]),
        (1, Gen.OneOf("a\r\nInjected: yes", "x\ny", "\r", "ü", "  padded  ", "")));

    public static readonly Gen<string> ResponseName = Gen.Frequency(
        (3, Gen.OneOf("Retry-After", "X-Trace", "Content-Type", "Location", "Cache-Control", "Date", "Allow", "Expires", "x-trace")),
        (1, Gen.Char["abcXYZ019-_!#$%&'*+.^`|~"].Array[1, 12].Select(chars => new string(chars))));

    public static readonly Gen<string> Accept = Gen.Frequency(
        (3, Gen.OneOf("text/plain", "application/json", "application/problem+json", "*/*", "application/*", "text/html", "image/png")),
        (2, Gen.Select(
            Gen.OneOf("text/plain", "application/problem+json", "application/json", "*/*"),
            Gen.OneOf("1", "0", "0.5", "abc", "", "-1", "1e3", "NaN", "0.001"),
            (media, q) => media + ";q=" + q).Array[1, 3].Select(ranges => string.Join(", ", ranges))),
        (1, Gen.String[0, 20]));

    /// <summary>0-4 headers: (name, value).</summary>
    public static readonly Gen<(string Name, string Value)[]> Headers = Gen.Frequency(
        (2, Sleep.Select(v => ("X-HttpStatus-Sleep", v))),
        (3, Gen.Select(ResponseName, Value, (n, v) => (ResponsePrefix + n, v))),
        (2, Accept.Select(v => ("Accept", v))),
        (1, Gen.Select(Gen.OneOf("x-httpstatus-sleep", "X-HTTPSTATUS-RESPONSE-Foo", "X-Other"), Value, (n, v) => (n, v)))).Array[0, 4];
}
