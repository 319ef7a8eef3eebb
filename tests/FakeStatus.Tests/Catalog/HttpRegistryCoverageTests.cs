namespace FakeStatus.Tests.Catalog;

/// <summary>The HTTP catalog against the IANA HTTP Status Code Registry and <see cref="HttpStatusCode"/>.</summary>
public sealed class HttpRegistryCoverageTests
{
    /// <summary>
    /// Every code of the IANA registry with the name IANA lists (RFC 9110 and the RFCs it cites), not .NET's older
    /// ReasonPhrase strings ("Request Entity Too Large", "Unprocessable Entity").
    /// </summary>
    private static readonly Dictionary<int, string> Iana = new()
    {
        [100] = "Continue", [101] = "Switching Protocols", [102] = "Processing", [103] = "Early Hints",
        [200] = "OK", [201] = "Created", [202] = "Accepted", [203] = "Non-Authoritative Information", [204] = "No Content",
        [205] = "Reset Content", [206] = "Partial Content", [207] = "Multi-Status", [208] = "Already Reported", [226] = "IM Used",
        [300] = "Multiple Choices", [301] = "Moved Permanently", [302] = "Found", [303] = "See Other", [304] = "Not Modified",
        [305] = "Use Proxy", [306] = "(Unused)", [307] = "Temporary Redirect", [308] = "Permanent Redirect",
        [400] = "Bad Request", [401] = "Unauthorized", [402] = "Payment Required", [403] = "Forbidden", [404] = "Not Found",
        [405] = "Method Not Allowed", [406] = "Not Acceptable", [407] = "Proxy Authentication Required", [408] = "Request Timeout",
        [409] = "Conflict", [410] = "Gone", [411] = "Length Required", [412] = "Precondition Failed", [413] = "Content Too Large",
        [414] = "URI Too Long", [415] = "Unsupported Media Type", [416] = "Range Not Satisfiable", [417] = "Expectation Failed",
        [418] = "(Unused)", [421] = "Misdirected Request", [422] = "Unprocessable Content", [423] = "Locked",
        [424] = "Failed Dependency", [425] = "Too Early", [426] = "Upgrade Required", [428] = "Precondition Required",
        [429] = "Too Many Requests", [431] = "Request Header Fields Too Large", [451] = "Unavailable For Legal Reasons",
        [500] = "Internal Server Error", [501] = "Not Implemented", [502] = "Bad Gateway", [503] = "Service Unavailable",
        [504] = "Gateway Timeout", [505] = "HTTP Version Not Supported", [506] = "Variant Also Negotiates",
        [507] = "Insufficient Storage", [508] = "Loop Detected", [510] = "Not Extended (OBSOLETED)",
        [511] = "Network Authentication Required",
    };

    private static readonly StatusCatalog Catalog = StatusCatalog.Default;

    private static IEnumerable<int> IanaCodes => Iana.Keys.Order();

    private static IEnumerable<HttpStatusCode> EnumValues => Enum.GetValues<HttpStatusCode>().Distinct();

    [TestCaseSource(nameof(EnumValues))]
    public void EveryHttpStatusCodeEnumValue_IsPresentWithItsIanaPhrase(HttpStatusCode value)
    {
        int code = (int)value;
        Iana.Should().ContainKey(code, "HttpStatusCode.{0} should be an IANA code", value);

        StatusDefinition definition = Catalog.Get(code);

        definition.ReasonPhrase.Should().Be(ExpectedPhrase(code));
        definition.Vendor.Should().BeNull("the default meaning of an IANA code is the IANA one");
    }

    [TestCaseSource(nameof(IanaCodes))]
    public void EveryIanaCode_IsTheDefaultWithItsIanaPhraseAndAnRfcSource(int code)
    {
        StatusDefinition definition = Catalog.Get(code);

        definition.ReasonPhrase.Should().Be(ExpectedPhrase(code));
        definition.Vendor.Should().BeNull();
        definition.Source.Should().StartWith("RFC ");
        definition.SourceUrl.Should().StartWith("https://www.rfc-editor.org/rfc/rfc");
        definition.Description.Should().NotBeNullOrWhiteSpace();
    }

    [Test]
    public void RangesOfTheIssue_AreAllIanaCodes()
    {
        int[] expected = [.. Range(100, 103), .. Range(200, 208), 226, .. Range(300, 308), .. Range(400, 418), .. Range(421, 426),
            428, 429, 431, 451, .. Range(500, 508), 510, 511];

        Iana.Keys.Should().BeEquivalentTo(expected);
    }

    [TestCase(305, StatusKind.Deprecated)]
    [TestCase(306, StatusKind.Unused)]
    [TestCase(418, StatusKind.Unused)]
    [TestCase(510, StatusKind.Obsolete)]
    [TestCase(404, StatusKind.Standard)]
    public void ReservedAndDeprecatedCodes_AreMarked(int code, StatusKind kind) => Catalog.Get(code).Kind.Should().Be(kind);

    [Test]
    public void Teapot_GivesTheRfc2324PhraseAndSaysRfc9110MarksItUnused()
    {
        StatusDefinition teapot = Catalog.Get(418);

        teapot.ReasonPhrase.Should().Be("I'm a teapot");
        teapot.Source.Should().Contain("RFC 9110").And.Contain("RFC 2324").And.Contain("RFC 7168");
        teapot.Description.Should().Contain("Unused").And.Contain("RFC 2324");
    }

    [Test]
    public void RfcSections_FollowRfc9110Numbering()
    {
        Catalog.Get(100).Source.Should().Be("RFC 9110, section 15.2.1");
        Catalog.Get(308).Source.Should().Be("RFC 9110, section 15.4.9");
        Catalog.Get(426).Source.Should().Be("RFC 9110, section 15.5.22");
        Catalog.Get(505).Source.Should().Be("RFC 9110, section 15.6.6");
    }

    // The catalog carries IANA's "(OBSOLETED)" marker as Kind = Obsolete and keeps it in SourceText, and 418 as the teapot (checked above).
    private static string ExpectedPhrase(int code) => code switch
    {
        418 => "I'm a teapot",
        510 => "Not Extended",
        _ => Iana[code],
    };

    private static IEnumerable<int> Range(int first, int last) => Enumerable.Range(first, last - first + 1);
}
