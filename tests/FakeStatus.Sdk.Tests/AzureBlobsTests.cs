using System.Diagnostics;
using Azure;
using Azure.Core.Pipeline;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using FakeStatus.Sdk.Tests.Matrix;

namespace FakeStatus.Sdk.Tests;

/// <summary>Azure.Storage.Blobs (and Azure.Core) against FakeStatus in the azure-storage style, chosen per handler.</summary>
public sealed class AzureBlobsTests
{
    internal const string Sdk = "Azure.Storage.Blobs 12.30.1";
    private static readonly Uri BlobUri = new("https://fakestatus.blob.core.windows.net/photos/cat.jpg");

    [TestCase(401, "NoAuthenticationInformation")]
    [TestCase(403, "AuthenticationFailed")]
    [TestCase(404, "ResourceNotFound")]
    [TestCase(409, "ResourceAlreadyExists")]
    [TestCase(429, "TooManyRequests")]
    [TestCase(500, "InternalError")]
    [TestCase(503, "ServerBusy")]
    public async Task DownloadContent_ErrorStatus_RaisesRequestFailedExceptionWithTheStorageErrorCode(int status, string errorCode)
    {
        Observation seen = await Observe(status);

        seen.Should().Be(new Observation("RequestFailedException", status, errorCode, seen.Message, "00000000-0000-0000-0000-000000000" + status));
        seen.Message.Should().NotBeNullOrEmpty();
    }

    [Test]
    public async Task DownloadContent_503InTheAzureStorageStyle_IsServerBusyNotAParserCrash()
    {
        using FakeStatusHandler handler = Handler(503);

        Func<Task> download = () => Client(handler, maxRetries: 0).DownloadContentAsync();

        RequestFailedException error = (await download.Should().ThrowAsync<RequestFailedException>()).Which;
        error.Status.Should().Be(503);
        error.ErrorCode.Should().Be("ServerBusy");
        error.Message.Should().StartWith("The server is currently unable to receive requests. Please retry your request.");
    }

    [Test]
    public async Task DownloadContent_VendorCodeFromTheRoute_IsReadAsErrorCode()
    {
        Observation seen = await ObserveBlobNotFound();

        seen.Raised.Should().Be("RequestFailedException");
        seen.Code.Should().Be("BlobNotFound");
    }

    [Test]
    public async Task DownloadContent_DefaultRetryPolicy_Retries503UntilTheBlobArrives()
    {
        using var handler = new FakeStatusHandler(new FakeStatusOptions { ErrorStyle = ErrorStyle.AzureStorage });
        FakeRoute route = handler.When("/photos/cat.jpg").RespondInSequence(s => s
            .Respond(503, r => r.WithRetryAfter(TimeSpan.Zero))
            .Respond(200, r => r.WithBody("meow", "application/octet-stream")));
        var clock = Stopwatch.StartNew();

        Response<BlobDownloadResult> result = await Client(handler, maxRetries: null).DownloadContentAsync();

        result.Value.Content.ToString().Should().Be("meow");
        handler.VerifyCalled(route, times: 2);
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5));   // one back-off of about 0.8 s, on the real clock
    }

    internal static IEnumerable<MatrixCase> Cases()
    {
        foreach (int status in SdkStatuses.Common)
        {
            yield return new MatrixCase(Sdk, $"`azure-storage` {status}", () => Observe(status));
        }

        yield return new MatrixCase(Sdk, "`azure-storage` 404, errorCode `BlobNotFound`", ObserveBlobNotFound);
    }

    private static Task<Observation> Observe(int status) =>
        Observations.Of(Sdk, status.ToString(System.Globalization.CultureInfo.InvariantCulture), () => Download(Handler(status)));

    private static Task<Observation> ObserveBlobNotFound() => Observations.Of(Sdk, "BlobNotFound", () =>
    {
        var handler = new FakeStatusHandler();
        handler.When("/photos/cat.jpg").Respond(404, r => r.WithErrorStyle(ErrorStyle.AzureStorage, errorCode: "BlobNotFound", message: "The specified blob does not exist."));
        return Download(handler);
    });

    private static FakeStatusHandler Handler(int status)
    {
        // Per handler: every error this handler sends is in the Azure Storage shape.
        var handler = new FakeStatusHandler(new FakeStatusOptions { ErrorStyle = ErrorStyle.AzureStorage });
        handler.When("/photos/cat.jpg").Respond(status);
        return handler;
    }

    private static async Task<Observation> Download(FakeStatusHandler handler)
    {
        using (handler)
        {
            try
            {
                await Client(handler, maxRetries: 0).DownloadContentAsync();
                return Observation.NoException;
            }
            catch (RequestFailedException e)
            {
                return new Observation(nameof(RequestFailedException), e.Status, e.ErrorCode, Observation.FirstLine(e.Message), e.GetRawResponse()?.Headers.RequestId);
            }
        }
    }

    private static BlobClient Client(FakeStatusHandler handler, int? maxRetries)
    {
        var options = new BlobClientOptions { Transport = new HttpClientTransport(new HttpClient(handler, disposeHandler: false)) };
        if (maxRetries is int retries)
        {
            options.Retry.MaxRetries = retries;
        }

        return new BlobClient(BlobUri, options);
    }
}
