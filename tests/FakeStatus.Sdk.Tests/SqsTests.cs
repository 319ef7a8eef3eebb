using Amazon.Runtime;
using Amazon.SQS;
using FakeStatus.Sdk.Tests.Matrix;

namespace FakeStatus.Sdk.Tests;

/// <summary>AWSSDK.SQS against FakeStatus in the aws-sqs style, chosen per handler.</summary>
public sealed class SqsTests
{
    internal const string Sdk = "AWSSDK.SQS 4.1.0.1";

    [TestCase(401, "AmazonSQSException", "InvalidClientTokenId", "The security token included in the request is invalid.")]
    [TestCase(403, "AmazonSQSException", "AccessDenied", "Access to the resource is denied.")]
    [TestCase(404, "QueueDoesNotExistException", "AWS.SimpleQueueService.NonExistentQueue", "The specified queue does not exist.")]
    [TestCase(409, "AmazonSQSException", "QueueAlreadyExists", "A queue with this name already exists. Amazon SQS returns this error only if the request includes attributes whose values differ from those of the existing queue.")]
    [TestCase(429, "RequestThrottledException", "RequestThrottled", "Rate exceeded")]
    [TestCase(500, "AmazonSQSException", "InternalError", "An internal server error occurred. Try your request again.")]
    [TestCase(503, "AmazonSQSException", "ServiceUnavailable", "The request has failed due to a temporary failure of the server.")]
    public async Task GetQueueUrl_ErrorStatus_RaisesTheSqsExceptionWithTheQueryCodeAndMessage(int status, string raised, string code, string message)
    {
        Observation seen = await Observe(status);

        seen.Should().Be(new Observation(raised, status, code, message, "00000000-0000-0000-0000-000000000" + status));
    }

    [Test]
    public async Task GetQueueUrl_ErrorCodeAlone_BringsItsQueryErrorAndMessage()
    {
        Observation seen = await ObservePurgeInProgress();

        seen.Code.Should().Be("AWS.SimpleQueueService.PurgeQueueInProgress");
        seen.Message.Should().Be("Only one PurgeQueue operation on a queue is allowed every 60 seconds.");
    }

    internal static IEnumerable<MatrixCase> Cases() => StyledCases.Rows(Sdk, "aws-sqs", Observe, "`aws-sqs` 403, errorCode `PurgeQueueInProgress`", ObservePurgeInProgress);

    private static Task<Observation> Observe(int status) => StyledCases.ByHandler(Sdk, ErrorStyle.AwsSqs, status, GetQueueUrl);

    private static Task<Observation> ObservePurgeInProgress() => StyledCases.ByRoute(Sdk, "PurgeQueueInProgress", 403, r => r.WithErrorStyle(ErrorStyle.AwsSqs, errorCode: "PurgeQueueInProgress"), GetQueueUrl);

    private static async Task<Observation> GetQueueUrl(FakeStatusHandler handler)
    {
        using AmazonSQSClient sqs = Client(handler, retries: 0);
        try
        {
            await sqs.GetQueueUrlAsync("photos");
            return Observation.NoException;
        }
        catch (AmazonSQSException e)
        {
            return new Observation(e.GetType().Name, (int)e.StatusCode, e.ErrorCode, Observation.FirstLine(e.Message, 200), e.RequestId);
        }
    }

    internal static AmazonSQSClient Client(FakeStatusHandler handler, int? retries)
    {
        var config = new AmazonSQSConfig
        {
            ServiceURL = AwsHttpClients.UniqueServiceUrl("sqs"),
            AuthenticationRegion = "us-east-1",
            HttpClientFactory = new AwsHttpClients(handler),
        };
        if (retries is int count)
        {
            config.MaxErrorRetry = count;
        }

        return new AmazonSQSClient(new BasicAWSCredentials("AKIDFAKESTATUS", "secret"), config);
    }
}
