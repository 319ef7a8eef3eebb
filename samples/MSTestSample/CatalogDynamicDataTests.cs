using FakeStatus;
using FluentAssertions;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using UnitTestSample;

[assembly: Parallelize(Scope = ExecutionScope.MethodLevel)]

namespace MSTestSample;

/// <summary>Every code of a catalog slice becomes one data row, with the code's meaning as the row's name.</summary>
[TestClass]
public sealed class CatalogDynamicDataTests
{
    public TestContext TestContext { get; set; } = null!;

    // begin-snippet: mstest-dynamicdata
    [TestMethod]
    [DynamicData(nameof(StatusCases.HttpServerErrors), typeof(StatusCases))]   // each StatusDefinition is one row
    public async Task ChargeAsync_AnyServerError_AsksToTryLater(StatusDefinition status)
    {
        using var handler = new FakeStatusHandler();
        handler.When(HttpMethod.Post, "/payments").Respond(status);

        PaymentResult result = await new PaymentClient(handler.ToHttpClient(new Uri("https://pay.test/")))
            .ChargeAsync(12.50m, TestContext.CancellationToken);

        result.Outcome.Should().Be(PaymentOutcome.TryLater);
    }

    // A slice that takes an argument: wrap it in a property of the test class.
    public static IEnumerable<StatusDefinition> CloudflareRows => StatusCases.ForVendor("cloudflare");

    [TestMethod]
    [DynamicData(nameof(CloudflareRows))]
    public async Task ChargeAsync_CloudflareCodes_AskToTryLater(StatusDefinition status)
    {
        using var handler = new FakeStatusHandler();
        FakeRoute route = handler.When(HttpMethod.Post, "/payments").Respond(status);

        PaymentResult result = await new PaymentClient(handler.ToHttpClient(new Uri("https://pay.test/")))
            .ChargeAsync(12.50m, TestContext.CancellationToken);

        result.Outcome.Should().Be(PaymentOutcome.TryLater);
        handler.VerifyCalled(route, times: 1);
        handler.Requests.Single().StatusCode.Should().Be(status.Code);
    }
    // end-snippet
}
