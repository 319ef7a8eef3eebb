namespace FakeStatus.Tests.Catalog;

/// <summary>Every SMTP and FTP reply code of the RFCs the catalog covers is present, with that RFC as a source.</summary>
public sealed class ReplyCodeCoverageTests
{
    // RFC 5321 section 4.2.3, "Reply Codes in Numeric Order".
    private static readonly int[] Rfc5321 =
        [211, 214, 220, 221, 250, 251, 252, 354, 421, 450, 451, 452, 455, 500, 501, 502, 503, 504, 550, 551, 552, 553, 554, 555];

    // RFC 4954 section 6 (and 334 from section 4).
    private static readonly int[] Rfc4954 = [235, 334, 432, 454, 500, 501, 503, 504, 530, 534, 535, 538];

    // RFC 3207 sections 4 and 4.1 (STARTTLS).
    private static readonly int[] Rfc3207 = [220, 454, 501, 530, 554];

    private static readonly int[] Rfc7504 = [521, 556];

    // RFC 959 section 4.2.2, "Numeric Order List of Reply Codes".
    private static readonly int[] Rfc959 =
    [
        110, 120, 125, 150, 200, 202, 211, 212, 213, 214, 215, 220, 221, 225, 226, 227, 230, 250, 257, 331, 332, 350,
        421, 425, 426, 450, 451, 452, 500, 501, 502, 503, 504, 530, 532, 550, 551, 552, 553,
    ];

    // RFC 2228 section 5.1 (new individual replies) and 5.2 (protected replies).
    private static readonly int[] Rfc2228 = [232, 234, 235, 334, 335, 336, 431, 533, 534, 535, 536, 537, 631, 632, 633];

    private static readonly int[] Rfc2428 = [229, 522];

    private static readonly StatusCatalog Catalog = StatusCatalog.Default;

    private static IEnumerable<TestCaseData> Cases =>
        From("smtp", "RFC 5321", Rfc5321)
            .Concat(From("smtp", "RFC 4954", Rfc4954))
            .Concat(From("smtp", "RFC 3207", Rfc3207))
            .Concat(From("smtp", "RFC 7504", Rfc7504))
            .Concat(From("ftp", "RFC 959", Rfc959))
            .Concat(From("ftp", "RFC 2228", Rfc2228))
            .Concat(From("ftp", "RFC 2428", Rfc2428));

    [TestCaseSource(nameof(Cases))]
    public void EveryRfcReplyCode_HasAMeaningFromThatRfc(string protocol, string rfc, int code)
    {
        IReadOnlyList<StatusDefinition> meanings = Catalog.VariantsOf(protocol, code);

        meanings.Should().Contain(d => d.Source.StartsWith(rfc + ",", StringComparison.Ordinal) || d.Source.StartsWith(rfc + " (", StringComparison.Ordinal),
            "{0} {1} is defined by {2}", protocol, code, rfc);
        meanings.Should().OnlyContain(d => d.Description.Length > 0 && d.Kind != StatusKind.Vendor);
    }

    [Test]
    public void SmtpAndFtp_HaveNoCodesBeyondTheirRfcs()
    {
        Catalog.ForProtocol("smtp").Select(d => d.Code).Distinct()
            .Should().BeEquivalentTo(Rfc5321.Union(Rfc4954).Union(Rfc3207).Union(Rfc7504));
        Catalog.ForProtocol("ftp").Select(d => d.Code).Distinct()
            .Should().BeEquivalentTo(Rfc959.Union(Rfc2228).Union(Rfc2428));
    }

    [TestCase(235, null, "2.7.0")]
    [TestCase(432, null, "4.7.12")]
    [TestCase(454, null, "4.7.0")]
    [TestCase(500, "rfc4954", "5.5.6")]
    [TestCase(501, "rfc4954", "5.5.2")]
    [TestCase(501, "rfc4954-initial-response", "5.7.0")]
    [TestCase(504, "rfc4954", "5.5.4")]
    [TestCase(530, "rfc3207", "5.7.0")]
    [TestCase(530, null, "5.7.0")]
    [TestCase(534, null, "5.7.9")]
    [TestCase(535, null, "5.7.8")]
    [TestCase(538, null, "5.7.11")]
    [TestCase(521, null, "5.3.2")]
    [TestCase(556, null, "5.1.10")]
    public void SmtpReply_CarriesTheEnhancedStatusCodeItsRfcPairs(int code, string? variant, string enhanced) =>
        Catalog.Get("smtp", code, variant).EnhancedStatusCode.Should().Be(enhanced);

    [Test]
    public void Rfc5321Replies_CarryNoEnhancedStatusCode() =>
        Catalog.ForProtocol("smtp").Where(d => d.Source.StartsWith("RFC 5321", StringComparison.Ordinal))
            .Should().OnlyContain(d => d.EnhancedStatusCode == null);

    [Test]
    public void SectionNumbers_AreTheOnesTheRfcsUse()
    {
        Catalog.Get("smtp", 250).Source.Should().Be("RFC 5321, section 4.2.3");
        Catalog.Get("smtp", 530).Source.Should().Be("RFC 4954, section 6");
        Catalog.Get("ftp", 530).Source.Should().Be("RFC 959, section 4.2.2");
        Catalog.Get("ftp", 533).Source.Should().Be("RFC 2228, section 5.1");
        Catalog.Get("ftp", 632).Source.Should().Be("RFC 2228, section 5.2");
        Catalog.Get("ftp", 229).Source.Should().Be("RFC 2428, section 3");
        Catalog.Get("ftp", 522).Source.Should().Be("RFC 2428, section 2");
    }

    private static IEnumerable<TestCaseData> From(string protocol, string rfc, int[] codes) =>
        codes.Select(code => new TestCaseData(protocol, rfc, code).SetArgDisplayNames(protocol, rfc, code.ToString(System.Globalization.CultureInfo.InvariantCulture)));
}
