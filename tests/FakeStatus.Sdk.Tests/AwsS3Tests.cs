using System.Diagnostics;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using FakeStatus.Sdk.Tests.Matrix;

namespace FakeStatus.Sdk.Tests;

/// <summary>AWSSDK.S3 against FakeStatus in the aws-s3 style, chosen per route.</summary>
public sealed class AwsS3Tests
{
    internal const string Sdk = "AWSSDK.S3 4.1.0";

    [TestCase(401, "Unauthorized")]
    [TestCase(403, "AccessDenied")]
    [TestCase(404, "NoSuchKey")]
    [TestCase(409, "OperationAborted")]
    [TestCase(429, "TooManyRequests")]
    [TestCase(500, "InternalError")]
    [TestCase(503, "SlowDown")]
    public async Task GetObject_ErrorStatus_RaisesAmazonS3ExceptionWithTheS3ErrorCode(int status, string errorCode)
    {
        Observation seen = await Observe(status);

        seen.Should().Be(new Observation("AmazonS3Exception", status, errorCode, seen.Message, "FAKESTATUS000" + status));
    }

    [Test]
    public async Task GetObject_503_ReadsTheMessageFromTheXmlBody()
    {
        (await Observe(503)).Message.Should().Be("Please reduce your request rate.");
    }

    [Test]
    public async Task GetObject_VendorCodeFromTheRoute_IsReadAsErrorCode()
    {
        Observation seen = await ObserveNoSuchBucket();

        seen.Raised.Should().Be("AmazonS3Exception");
        seen.Code.Should().Be("NoSuchBucket");
    }

    [Test]
    public async Task GetObject_DefaultRetryPolicy_RetriesSlowDownUntilTheObjectArrives()
    {
        using var handler = new FakeStatusHandler();
        FakeRoute route = handler.When("/photos/cat.jpg").RespondInSequence(s => s
            .Respond(503, r => r.WithErrorStyle(ErrorStyle.AwsS3).WithRetryAfter(TimeSpan.Zero))
            .Respond(200, r => r.WithBody("meow", "application/octet-stream")));
        using AmazonS3Client s3 = Client(handler, retries: null);
        var clock = Stopwatch.StartNew();

        using GetObjectResponse response = await s3.GetObjectAsync("photos", "cat.jpg");

        using var reader = new StreamReader(response.ResponseStream);
        (await reader.ReadToEndAsync()).Should().Be("meow");
        handler.VerifyCalled(route, times: 2);
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5));
    }

    internal static IEnumerable<MatrixCase> Cases()
    {
        foreach (int status in SdkStatuses.Common)
        {
            yield return new MatrixCase(Sdk, $"`aws-s3` {status}", () => Observe(status));
        }

        yield return new MatrixCase(Sdk, "`aws-s3` 404, errorCode `NoSuchBucket`", ObserveNoSuchBucket);
    }

    private static Task<Observation> Observe(int status) =>
        Observations.Of(Sdk, status.ToString(System.Globalization.CultureInfo.InvariantCulture), () => Get(status, null, null));

    private static Task<Observation> ObserveNoSuchBucket() => Observations.Of(Sdk, "NoSuchBucket", () => Get(404, "NoSuchBucket", "The specified bucket does not exist."));

    private static async Task<Observation> Get(int status, string? errorCode, string? message)
    {
        using var handler = new FakeStatusHandler();
        handler.When("/photos/cat.jpg").Respond(status, r => r.WithErrorStyle(ErrorStyle.AwsS3, errorCode, message));
        using AmazonS3Client s3 = Client(handler, retries: 0);
        try
        {
            using GetObjectResponse response = await s3.GetObjectAsync("photos", "cat.jpg");
            return Observation.NoException;
        }
        catch (AmazonS3Exception e)
        {
            return new Observation(nameof(AmazonS3Exception), (int)e.StatusCode, e.ErrorCode, Observation.FirstLine(e.Message), e.RequestId);
        }
    }

    private static AmazonS3Client Client(FakeStatusHandler handler, int? retries)
    {
        var config = new AmazonS3Config
        {
            ServiceURL = "https://s3.fakestatus.test",
            ForcePathStyle = true,
            AuthenticationRegion = "us-east-1",
            HttpClientFactory = new AwsHttpClients(handler),
        };
        if (retries is int count)
        {
            config.MaxErrorRetry = count;
        }

        return new AmazonS3Client(new AnonymousAWSCredentials(), config);
    }
}
