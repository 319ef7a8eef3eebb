using FakeStatus;
using FluentAssertions;
using NUnit.Framework;

namespace UnitTestSample;

/// <summary>
/// One test per HTTP server error in the catalog, on one shared handler, and a report of the statuses the run tried:
/// a new vendor code added to the catalog fails the run until a test covers it.
/// </summary>
[TestFixture]
public sealed class ServerErrorCoverageTests
{
    private readonly FakeStatusHandler _handler = new();

    // begin-snippet: catalog-coverage-test
    [TestCaseSource(typeof(StatusCases), nameof(StatusCases.HttpServerErrors))]
    public async Task ChargeAsync_AnyServerError_AsksToTryLater(StatusDefinition status)
    {
        using FakeStatusScope scope = _handler.BeginScope();   // this test's route, on the shared handler
        scope.When(HttpMethod.Post, "/payments").Respond(status);

        PaymentResult result = await new PaymentClient(_handler.ToHttpClient(new Uri("https://pay.test/"))).ChargeAsync(12.50m);

        result.Outcome.Should().Be(PaymentOutcome.TryLater);
    }
    // end-snippet

    // begin-snippet: catalog-coverage-report
    [OneTimeTearDown]
    public void ReportCoverage()
    {
        StatusCoverage coverage = _handler.Coverage(StatusCases.HttpServerErrors, nameof(StatusCases.HttpServerErrors));
        TestContext.Progress.WriteLine(coverage.ToMarkdown());
        _handler.Dispose();

        coverage.VerifyAllTried(); // fails the run, listing every server error no test tried and the URL that answers it
    }
    // end-snippet
}
