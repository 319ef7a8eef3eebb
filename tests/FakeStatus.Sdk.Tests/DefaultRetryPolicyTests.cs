using System.Diagnostics;
using Azure;
using Google;
using Google.Cloud.Storage.V1;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions.Authentication;

namespace FakeStatus.Sdk.Tests;

/// <summary>
/// What each SDK's default retry policy does with FakeStatus's default 503 (its Retry-After cut to one second): how many
/// attempts, and how long on the real clock. The slow ones are measured on demand only (<c>--filter TestCategory=RealClock</c>);
/// CI runs the fast ones.
/// </summary>
public sealed class DefaultRetryPolicyTests
{
    [Test]
    public async Task DynamoDb_DefaultPolicyOnItsOwnHost_TriesFourTimesWithinTwoSeconds()
    {
        (int attempts, TimeSpan took) = await Measure(ErrorStyle.AwsJson, async handler =>
        {
            using var client = DynamoDbTests.Client(handler, retries: null);
            await client.GetItemAsync("photos", new Dictionary<string, Amazon.DynamoDBv2.Model.AttributeValue> { ["id"] = new() { S = "cat" } });
        });

        attempts.Should().Be(4, "DynamoDB's default makes four attempts; the retry quota is per service URL, so each client has its own host");
        took.Should().BeLessThan(TimeSpan.FromSeconds(2));
    }

    [Test]
    public async Task Graph_DefaultMiddlewareWithRetryAfterZero_TriesFourTimesWithinASecondThenAggregates()
    {
        using var handler = new FakeStatusHandler();
        FakeRoute route = handler.When("/*").Respond(503, r => r.WithErrorStyle(ErrorStyle.Graph).WithRetryAfter(TimeSpan.Zero));
        using HttpClient http = GraphClientFactory.Create(finalHandler: handler);
        var client = new GraphServiceClient(http, new AnonymousAuthenticationProvider(), "https://graph.fakestatus.test/v1.0");
        var clock = Stopwatch.StartNew();

        Func<Task> get = () => client.Me.GetAsync();

        // Graph's retry handler gives up with every attempt's Kiota ApiException, not the ODataError a single 503 raises.
        (await get.Should().ThrowAsync<AggregateException>()).Which.InnerExceptions.Should().HaveCount(4)
            .And.AllBeOfType<Microsoft.Kiota.Abstractions.ApiException>()
            .And.AllSatisfy(e => e.Message.Should().Contain("serviceNotAvailable"));
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(1));
        handler.VerifyCalled(route, times: 4);
    }

    [Test]
    public async Task AzureTables_DefaultRetryCountWithShortDelaysAndRetryAfterZero_TriesFourTimesWithinASecond()
    {
        using var handler = new FakeStatusHandler();
        FakeRoute route = handler.When("/*").Respond(503, r => r.WithErrorStyle(ErrorStyle.AzureTables).WithRetryAfter(TimeSpan.Zero));
        Azure.Data.Tables.TableClient client = AzureTablesTests.Client(handler, maxRetries: null, options =>
        {
            options.Retry.Delay = TimeSpan.FromMilliseconds(1);
            options.Retry.MaxDelay = TimeSpan.FromMilliseconds(10);
        });
        var clock = Stopwatch.StartNew();

        Func<Task> get = () => client.GetEntityAsync<Azure.Data.Tables.TableEntity>("cats", "tom");

        (await get.Should().ThrowAsync<RequestFailedException>()).Which.ErrorCode.Should().Be("ServerBusy");
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(1), "Azure.Core's own back-off is what takes seconds, and Retry.Delay shortens it");
        handler.VerifyCalled(route, times: 4);
    }

    private static async Task<(int Attempts, TimeSpan Took)> Measure(ErrorStyle style, Func<FakeStatusHandler, Task> call)
    {
        using var handler = new FakeStatusHandler(new FakeStatusOptions { ErrorStyle = style });
        handler.When("/*").Respond(503);
        var clock = Stopwatch.StartNew();
        try
        {
            await call(handler);
        }
        catch (Exception e) when (e is RequestFailedException or Amazon.Runtime.AmazonServiceException or GoogleApiException or Anthropic.Exceptions.AnthropicApiException)
        {
            // Expected: every attempt is a 503.
        }

        return (handler.Requests.Count, clock.Elapsed);
    }
}
