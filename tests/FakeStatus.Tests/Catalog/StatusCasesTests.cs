namespace FakeStatus.Tests.Catalog;

/// <summary>
/// <see cref="StatusCases"/> as a user drives tests with it: each case goes through <see cref="FakeStatusHandler"/> and comes
/// back with its status, reason phrase and body rule.
/// </summary>
public sealed class StatusCasesTests
{
    [TestCaseSource(typeof(StatusCases), nameof(StatusCases.HttpServerErrors))]
    [TestCaseSource(typeof(StatusCases), nameof(StatusCases.HttpClientErrors))]
    [TestCaseSource(typeof(StatusCases), nameof(StatusCases.SmtpTransientFailures))]
    [TestCaseSource(typeof(StatusCases), nameof(StatusCases.FtpErrors))]
    [TestCaseSource(typeof(StatusCases), nameof(StatusCases.ForVendor), new object[] { "cloudflare" })]
    public async Task Handler_AnswersEachCaseWithItsStatusAndReason(StatusDefinition status)
    {
        // Each code as its own status, including those a real server never sends as one (see RealisticDeliveryTests).
        using var handler = new FakeStatusHandler(new FakeStatusOptions { RealisticDelivery = false });
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));

        using HttpResponseMessage response = await client.GetAsync(PathOf(status));

        ((int)response.StatusCode).Should().Be(status.Code);
        response.ReasonPhrase.Should().Be(status.ReasonPhrase);
        (await response.Content.ReadAsStringAsync()).Should().Contain(status.ReasonPhrase);
    }

    [TestCaseSource(typeof(StatusCases), nameof(StatusCases.HttpInformational))]
    public async Task Handler_AnswersInformationalCasesWithoutABody(StatusDefinition status)
    {
        // Each code as its own status, including those a real server never sends as one (see RealisticDeliveryTests).
        using var handler = new FakeStatusHandler(new FakeStatusOptions { RealisticDelivery = false });
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));

        using HttpResponseMessage response = await client.GetAsync(PathOf(status));

        ((int)response.StatusCode).Should().Be(status.Code);
        (await response.Content.ReadAsByteArrayAsync()).Should().BeEmpty();
    }

    [Test]
    public void Slices_HoldExactlyTheirClassAndProtocol()
    {
        StatusCases.HttpInformational.Should().OnlyContain(d => d.Protocol == "http" && d.Class == 1).And.HaveCount(4);
        StatusCases.HttpSuccess.Should().OnlyContain(d => d.Protocol == "http" && d.Class == 2).And.Contain(d => d.Code == 218);
        StatusCases.HttpRedirections.Select(d => d.Code).Should().Equal(300, 301, 302, 303, 304, 305, 306, 307, 308);
        StatusCases.HttpClientErrors.Should().OnlyContain(d => d.Protocol == "http" && d.Class == 4).And.Contain(d => d.Vendor == "esri");
        StatusCases.HttpServerErrors.Should().OnlyContain(d => d.Protocol == "http" && d.Class == 5).And.Contain(d => d.Code == 599);
        StatusCases.SmtpTransientFailures.Should().OnlyContain(d => d.Protocol == "smtp" && d.Class == 4).And.Contain(d => d.Code == 421);
        StatusCases.SmtpPermanentFailures.Should().OnlyContain(d => d.Protocol == "smtp" && d.Class == 5).And.Contain(d => d.Code == 530);
        StatusCases.SmtpPositive.Should().OnlyContain(d => d.Protocol == "smtp" && d.Class >= 2 && d.Class <= 3).And.Contain(d => d.Code == 354);
        StatusCases.FtpErrors.Should().OnlyContain(d => d.Protocol == "ftp" && (d.Class == 4 || d.Class == 5)).And.Contain(d => d.Code == 530);
        StatusCases.FtpTransientFailures.Should().OnlyContain(d => d.Class == 4).And.Contain(d => d.Code == 425);
        StatusCases.FtpPermanentFailures.Should().OnlyContain(d => d.Class == 5).And.Contain(d => d.Code == 550);
        StatusCases.ForProtocol("ftp").Should().Equal(StatusCatalog.Default.ForProtocol("ftp"));
    }

    [Test]
    public void HttpStandard_IsTheIanaRegistryWithoutVendorOrUnofficialCodes()
    {
        StatusDefinition[] standard = [.. StatusCases.HttpStandard];

        standard.Should().OnlyContain(d => d.Vendor == null && d.Kind != StatusKind.Unofficial);
        standard.Select(d => d.Code).Should().Contain([305, 306, 418, 510]).And.NotContain([218, 520, 598, 599]).And.OnlyHaveUniqueItems();
        StatusCases.HttpVendor.Should().OnlyContain(d => d.Kind == StatusKind.Vendor);
    }

    [Test]
    public void Cloudflare_IsEveryCloudflareCode() =>
        StatusCases.Cloudflare.Select(d => d.Code).Should().Equal(520, 521, 522, 523, 524, 525, 526, 527, 530);

    [TestCase("CloudFlare", 9)]
    [TestCase("nginx", 6)]
    [TestCase("iis", 4)]
    [TestCase("microsoft", 1)]
    [TestCase("aws-elb", 4)]
    public void ForVendor_IsCaseInsensitive(string vendor, int count) => StatusCases.ForVendor(vendor).Should().HaveCount(count);

    [Test]
    public void ForVendor_UnknownVendor_ThrowsListingTheKnownOnes() =>
        FluentActions.Invoking(() => StatusCases.ForVendor("cloudfare"))
            .Should().Throw<ArgumentException>().WithParameterName("vendor")
            .Which.Message.Should().Contain("'cloudfare'").And.Contain("cloudflare, cpanel");

    [Test]
    public void Rows_GiveOneItemRowsForXunitMemberData()
    {
        StatusCases.Rows(nameof(StatusCases.HttpServerErrors)).Select(r => r.Single())
            .Should().Equal(StatusCases.HttpServerErrors);
        StatusCases.VendorRows("pantheon").Should().ContainSingle().Which.Should().Equal(StatusCatalog.Default.Get("http", 530, "pantheon"));
    }

    [Test]
    public void Rows_UnknownSet_ThrowsListingTheSets() =>
        FluentActions.Invoking(() => StatusCases.Rows("ServerErrors"))
            .Should().Throw<ArgumentException>().WithParameterName("member")
            .Which.Message.Should().Contain("'ServerErrors'").And.Contain("HttpServerErrors").And.Contain("SmtpTransientFailures");

    private static string PathOf(StatusDefinition status) => status.Variant is null
        ? $"/{status.Protocol}/{status.Code}"
        : $"/{status.Protocol}/{status.Code}?variant={status.Variant}";
}
