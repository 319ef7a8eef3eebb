namespace FakeStatus.Tests.Catalog;

/// <summary>The full lists the test-data helpers give when a name is mistyped, so the right name can be copied from the message.</summary>
public sealed class StatusCasesMessageTests
{
    [Test]
    public void Rows_UnknownSet_ListsEverySetInOrderAndVendorRows() =>
        FluentActions.Invoking(() => StatusCases.Rows("ServerErrors"))
            .Should().Throw<ArgumentException>().WithParameterName("member")
            .WithMessage(
                "'ServerErrors' is not a StatusCases set; use one of Cloudflare, FtpErrors, FtpPermanentFailures, FtpTransientFailures, " +
                "HttpClientErrors, HttpInformational, HttpRedirections, HttpServerErrors, HttpStandard, HttpSuccess, HttpVendor, " +
                "SmtpPermanentFailures, SmtpPositive, SmtpTransientFailures, or VendorRows(vendor).*");

    [Test]
    public void Rows_NameInOtherCase_IsUnknown() =>
        FluentActions.Invoking(() => StatusCases.Rows("httpservererrors")).Should().Throw<ArgumentException>();

    [Test]
    public void ForVendor_UnknownVendor_EndsTheListWithAFullStop() =>
        FluentActions.Invoking(() => StatusCases.ForVendor("acme"))
            .Should().Throw<ArgumentException>()
            .WithMessage($"The built-in catalog has no vendor 'acme'; its vendors are: {string.Join(", ", StatusCatalog.Default.Vendors)}.*")
            .Which.Message.Should().Contain("cloudflare, cpanel");

    [Test]
    public async Task Get_VariantOfACodeWithoutVariants_Answers400SayingItHasNone()
    {
        using var handler = new FakeStatusHandler();
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));

        using HttpResponseMessage response = await client.GetAsync(new Uri("https://fake.test/http/200?variant=nope"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("http 200 has no variant 'nope'; it has no variants.");
    }

    [Test]
    public async Task Get_UnknownVariantOfACodeWithVariants_Answers400ListingThem()
    {
        using var handler = new FakeStatusHandler();
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));

        using HttpResponseMessage response = await client.GetAsync(new Uri("https://fake.test/http/530?variant=nope"));

        (await response.Content.ReadAsStringAsync()).Should().Contain("http 530 has no variant 'nope'; its variants are: cloudflare, pantheon.");
    }
}
