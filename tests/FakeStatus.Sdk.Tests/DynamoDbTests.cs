using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;
using FakeStatus.Sdk.Tests.Matrix;

namespace FakeStatus.Sdk.Tests;

/// <summary>AWSSDK.DynamoDBv2 against FakeStatus in the aws-json style, chosen per route.</summary>
public sealed class DynamoDbTests
{
    internal const string Sdk = "AWSSDK.DynamoDBv2 4.1.0.1";

    [TestCase(401, "AmazonDynamoDBException", "UnrecognizedClientException", "The security token included in the request is invalid.")]
    [TestCase(403, "AmazonDynamoDBException", "AccessDeniedException", "User is not authorized to perform this action.")]
    [TestCase(404, "ResourceNotFoundException", "ResourceNotFoundException", "Requested resource not found.")]
    [TestCase(409, "AmazonDynamoDBException", "ConflictException", "The request conflicts with the current state of the resource.")]
    [TestCase(429, "ThrottlingException", "ThrottlingException", "Rate exceeded")]
    [TestCase(500, "AmazonDynamoDBException", "InternalFailure", "The request processing has failed because of an unknown error, exception or failure.")]
    [TestCase(503, "AmazonDynamoDBException", "ServiceUnavailable", "The request has failed due to a temporary failure of the server.")]
    public async Task GetItem_ErrorStatus_RaisesTheSdkExceptionWithTheDynamoDbCodeAndMessage(int status, string raised, string code, string message)
    {
        Observation seen = await Observe(status);

        seen.Should().Be(new Observation(raised, status, code, message, "00000000-0000-0000-0000-000000000" + status));
    }

    [Test]
    public async Task GetItem_ErrorCodeAlone_RaisesThatCodesExceptionWithItsOwnMessage()
    {
        Observation seen = await ObserveThroughputExceeded();

        seen.Raised.Should().Be("ProvisionedThroughputExceededException");
        seen.Message.Should().StartWith("The level of configured provisioned throughput for the table was exceeded.");
    }

    internal static IEnumerable<MatrixCase> Cases() =>
        StyledCases.Rows(Sdk, "aws-json", Observe, "`aws-json` 400, errorCode `ProvisionedThroughputExceededException`", ObserveThroughputExceeded);

    private static Task<Observation> Observe(int status) =>
        StyledCases.ByRoute(Sdk, status.ToString(System.Globalization.CultureInfo.InvariantCulture), status, r => r.WithErrorStyle(ErrorStyle.AwsJson), GetItem);

    private static Task<Observation> ObserveThroughputExceeded() =>
        StyledCases.ByRoute(Sdk, "ProvisionedThroughputExceeded", 400, r => r.WithErrorStyle(ErrorStyle.AwsJson, errorCode: "ProvisionedThroughputExceededException"), GetItem);

    private static async Task<Observation> GetItem(FakeStatusHandler handler)
    {
        using AmazonDynamoDBClient dynamo = Client(handler, retries: 0);
        try
        {
            await dynamo.GetItemAsync("photos", new Dictionary<string, AttributeValue> { ["id"] = new() { S = "cat" } });
            return Observation.NoException;
        }
        catch (AmazonDynamoDBException e)
        {
            return new Observation(e.GetType().Name, (int)e.StatusCode, e.ErrorCode, Observation.FirstLine(e.Message, 200), e.RequestId);
        }
    }

    internal static AmazonDynamoDBClient Client(FakeStatusHandler handler, int? retries)
    {
        var config = new AmazonDynamoDBConfig
        {
            ServiceURL = AwsHttpClients.UniqueServiceUrl("dynamodb"),
            AuthenticationRegion = "us-east-1",
            HttpClientFactory = new AwsHttpClients(handler),
        };
        if (retries is int count)
        {
            config.MaxErrorRetry = count;
        }

        return new AmazonDynamoDBClient(new BasicAWSCredentials("AKIDFAKESTATUS", "secret"), config);
    }
}
