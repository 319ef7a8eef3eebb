using FakeStatus;
using FakeStatus.OpenApi;
using NUnit.Framework;

namespace OpenApiSample;

/// <summary>One fake of the orders API for the whole suite, so the coverage report covers every test.</summary>
[SetUpFixture]
public sealed class FakeShopApi
{
    private static FakeStatusHandler? _handler;
    private static OpenApiImport? _import;

    public static FakeStatusHandler Handler => _handler ?? throw new InvalidOperationException("The set-up fixture has not run.");

    public static OpenApiImport Import => _import ?? throw new InvalidOperationException("The set-up fixture has not run.");

    // begin-snippet: openapi-import
    [OneTimeSetUp]
    public void ImportTheDocument()
    {
        _handler = new FakeStatusHandler();
        _import = _handler.ImportOpenApi(Path.Combine(TestContext.CurrentContext.TestDirectory, "shop-orders.yaml"));
        // Every operation is now a route under the server's base path (/v1/orders/{orderId}...), answering its first
        // documented 2xx with the documented example, or a body generated from the schema.
    }
    // end-snippet

    // begin-snippet: openapi-coverage
    [OneTimeTearDown]
    public void ReportCoverage()
    {
        OpenApiCoverage coverage = Import.Coverage();
        TestContext.Progress.WriteLine(coverage.ToMarkdown());
        File.WriteAllText(Path.Combine(TestContext.CurrentContext.WorkDirectory, "openapi-coverage.json"), coverage.ToJson());
        _handler?.Dispose();

        Import.VerifyAllStatusesTried(); // fails the run, listing every (operation, status) pair no test tried
    }
    // end-snippet

    /// <summary>A client for one test; <paramref name="status"/> picks a documented (or catalog) status for every request it sends.</summary>
    public static OrdersClient Client(int? status = null)
    {
        // begin-snippet: openapi-status-header
        HttpClient http = Handler.ToHttpClient(new Uri("https://api.shop.test/"));
        if (status is int code)
        {
            // No change in the client under test: the status comes with the request.
            http.DefaultRequestHeaders.Add("X-FakeStatus-Status", code.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        // end-snippet

        return new OrdersClient(http);
    }
}
