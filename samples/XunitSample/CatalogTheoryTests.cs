using FakeStatus;
using FluentAssertions;
using UnitTestSample;
using Xunit;

namespace XunitSample;

/// <summary>Every code of a catalog slice becomes one case of a theory, with the code's meaning as the case name.</summary>
public sealed class CatalogTheoryTests
{
    // begin-snippet: xunit-theorydata
    // Typed theory data: any slice of the catalog, filtered as the test needs; here, the codes a client really receives as a
    // status (nginx 444, for one, closes the connection instead).
    public static TheoryData<StatusDefinition> ClientErrorsButDeclinedAndThrottled =>
        new(StatusCases.HttpClientErrors.Where(status => status.Code is not (402 or 429) && status.ClientReceives == ClientReceives.Status));

    [Theory]
    [MemberData(nameof(StatusCases.Rows), nameof(StatusCases.HttpServerErrors), MemberType = typeof(StatusCases))]
    public async Task ChargeAsync_AnyServerError_AsksToTryLater(StatusDefinition status)
    {
        using var handler = new FakeStatusHandler();
        handler.When(HttpMethod.Post, "/payments").Respond(status);   // that exact meaning: Cloudflare's 530, not Pantheon's

        PaymentResult result = await new PaymentClient(handler.ToHttpClient(new Uri("https://pay.test/"))).ChargeAsync(12.50m, TestContext.Current.CancellationToken);

        result.Outcome.Should().Be(PaymentOutcome.TryLater);
    }

    [Theory]
    [MemberData(nameof(ClientErrorsButDeclinedAndThrottled))]
    public async Task ChargeAsync_OtherClientErrors_Fail(StatusDefinition status)
    {
        using var handler = new FakeStatusHandler();
        handler.When(HttpMethod.Post, "/payments").Respond(status);

        PaymentResult result = await new PaymentClient(handler.ToHttpClient(new Uri("https://pay.test/"))).ChargeAsync(12.50m, TestContext.Current.CancellationToken);

        result.Outcome.Should().Be(PaymentOutcome.Failed);
    }
    // end-snippet

    [Theory]
    [MemberData(nameof(StatusCases.VendorRows), "cloudflare", MemberType = typeof(StatusCases))]
    public async Task ChargeAsync_CloudflareCodes_AskToTryLater(StatusDefinition status)
    {
        using var handler = new FakeStatusHandler();
        FakeRoute route = handler.When(HttpMethod.Post, "/payments").Respond(status);

        PaymentResult result = await new PaymentClient(handler.ToHttpClient(new Uri("https://pay.test/"))).ChargeAsync(12.50m, TestContext.Current.CancellationToken);

        result.Outcome.Should().Be(PaymentOutcome.TryLater);
        handler.VerifyCalled(route, times: 1);
        handler.Requests.Single().StatusCode.Should().Be(status.Code);
    }
}
