namespace FakeStatus.OpenApi.Tests;

/// <summary>A coverage failure of a large document: a summary, not thousands of lines.</summary>
public sealed class MessageTests
{
    [Test]
    public async Task VerifyAllStatusesTried_LargeDocument_SummarisesWithCountsTheFirstPairsAndTheReportFile()
    {
        string paths = string.Concat(Enumerable.Range(0, 60).Select(i =>
            $"  /items{i}:\n    get:\n      operationId: item{i}\n      responses: {{'200': {{description: ok}}, '404': {{description: nf}}, '500': {{description: err}}}}\n"));
        using var handler = new FakeStatusHandler();
        OpenApiImport import = handler.ImportOpenApiText("openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n" + paths, "large.yaml");
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));
        (await client.GetAsync(new Uri("/items0", UriKind.Relative))).Dispose();

        Action verify = import.VerifyAllStatusesTried;

        OpenApiCoverageException error = verify.Should().Throw<OpenApiCoverageException>().Which;
        // The report goes to the temporary folder, which differs between machines; its file name is fixed by the document's.
        Approvals.Verify(error.Message.Replace(Path.GetTempPath(), "{temp}/", StringComparison.Ordinal));
        error.ReportPath.Should().NotBeNull();
        error.Message.Should().Contain(error.ReportPath!);
        (await File.ReadAllTextAsync(error.ReportPath!)).Should().Be(import.Coverage().ToMarkdown());
    }
}
