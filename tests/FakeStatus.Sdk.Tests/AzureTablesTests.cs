using Azure;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using FakeStatus.Sdk.Tests.Matrix;

namespace FakeStatus.Sdk.Tests;

/// <summary>Azure.Data.Tables against FakeStatus in the azure-tables style, chosen per handler.</summary>
public sealed class AzureTablesTests
{
    internal const string Sdk = "Azure.Data.Tables 12.13.0";

    [TestCase(401, "NoAuthenticationInformation", "Server failed to authenticate the request. Please refer to the information in the www-authenticate header.")]
    [TestCase(403, "AuthorizationFailure", "This request is not authorized to perform this operation.")]
    [TestCase(404, "ResourceNotFound", "The specified resource does not exist.")]
    [TestCase(409, "EntityAlreadyExists", "The specified entity already exists.")]
    [TestCase(429, "TooManyRequests", "The request rate is too large. Please retry after some time.")]
    [TestCase(500, "InternalError", "The server encountered an internal error. Please retry the request.")]
    [TestCase(503, "ServerBusy", "The server is currently unable to receive requests. Please retry your request.")]
    public async Task GetEntity_ErrorStatus_RaisesRequestFailedExceptionWithTheTableCodeAndMessage(int status, string code, string message)
    {
        Observation seen = await Observe(status);

        seen.Should().Be(new Observation("RequestFailedException", status, code, message, "00000000-0000-0000-0000-000000000" + status));
    }

    [Test]
    public async Task GetEntity_ErrorCodeAlone_ComesWithThatCodesMessage()
    {
        Observation seen = await ObserveTableNotFound();

        seen.Code.Should().Be("TableNotFound");
        seen.Message.Should().Be("The table specified does not exist.");
    }

    internal static IEnumerable<MatrixCase> Cases() => StyledCases.Rows(Sdk, "azure-tables", Observe, "`azure-tables` 404, errorCode `TableNotFound`", ObserveTableNotFound);

    private static Task<Observation> Observe(int status) => StyledCases.ByHandler(Sdk, ErrorStyle.AzureTables, status, GetEntity);

    private static Task<Observation> ObserveTableNotFound() => StyledCases.ByRoute(Sdk, "TableNotFound", 404, r => r.WithErrorStyle(ErrorStyle.AzureTables, errorCode: "TableNotFound"), GetEntity);

    private static async Task<Observation> GetEntity(FakeStatusHandler handler)
    {
        try
        {
            await Client(handler, maxRetries: 0).GetEntityAsync<TableEntity>("cats", "tom");
            return Observation.NoException;
        }
        catch (RequestFailedException e)
        {
            return new Observation(nameof(RequestFailedException), e.Status, e.ErrorCode, Observation.FirstLine(e.Message, 200), e.GetRawResponse()?.Headers.RequestId);
        }
    }

    internal static TableClient Client(FakeStatusHandler handler, int? maxRetries, Action<TableClientOptions>? configure = null)
    {
        var options = new TableClientOptions { Transport = new HttpClientTransport(new HttpClient(handler, disposeHandler: false)) };
        if (maxRetries is int retries)
        {
            options.Retry.MaxRetries = retries;
        }

        configure?.Invoke(options);
        return new TableClient(
            new Uri("https://fakestatus.table.core.windows.net"), "photos", new TableSharedKeyCredential("fakestatus", Convert.ToBase64String(new byte[64])), options);
    }
}
