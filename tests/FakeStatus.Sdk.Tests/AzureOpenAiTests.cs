using System.ClientModel;
using System.ClientModel.Primitives;
using Azure.AI.OpenAI;
using FakeStatus.Sdk.Tests.Matrix;
using OpenAI.Chat;

namespace FakeStatus.Sdk.Tests;

/// <summary>Azure.AI.OpenAI against FakeStatus in the openai style, chosen per handler.</summary>
public sealed class AzureOpenAiTests
{
    internal const string Sdk = "Azure.AI.OpenAI 2.9.0-beta.1";

    [TestCase(401, "invalid_api_key")]
    [TestCase(403, "unsupported_country_region_territory")]
    [TestCase(404, "unknown_url")]
    [TestCase(409, null)]
    [TestCase(429, "rate_limit_exceeded")]
    [TestCase(500, null)]
    [TestCase(503, null)]
    public async Task CompleteChat_ErrorStatus_RaisesClientResultExceptionWithTheOpenAiCode(int status, string? code)
    {
        Observation seen = await Observe(status);

        seen.Raised.Should().Be("ClientResultException");
        seen.Status.Should().Be(status);
        seen.Code.Should().Be(code);
        seen.RequestId.Should().Be("req_fakestatus000000000000000" + status);
    }

    [Test]
    public async Task CompleteChat_VendorCodeFromTheRoute_IsInTheMessage()
    {
        (await ObserveContentFilter()).Code.Should().Be("content_filter");
    }

    internal static IEnumerable<MatrixCase> Cases()
    {
        foreach (int status in SdkStatuses.Common)
        {
            yield return new MatrixCase(Sdk, $"`openai` {status}", () => Observe(status));
        }

        yield return new MatrixCase(Sdk, "`openai` 400, errorCode `content_filter`", ObserveContentFilter);
    }

    private static Task<Observation> Observe(int status) =>
        Observations.Of(Sdk, status.ToString(System.Globalization.CultureInfo.InvariantCulture), () =>
        {
            var handler = new FakeStatusHandler(new FakeStatusOptions { ErrorStyle = ErrorStyle.OpenAI });
            handler.When("/*").Respond(status);
            return Complete(handler);
        });

    private static Task<Observation> ObserveContentFilter() => Observations.Of(Sdk, "content_filter", () =>
    {
        var handler = new FakeStatusHandler();
        handler.When("/*").Respond(400, r => r.WithErrorStyle(ErrorStyle.OpenAI, errorCode: "content_filter", message: "The response was filtered due to the prompt triggering Azure OpenAI's content management policy."));
        return Complete(handler);
    });

    private static async Task<Observation> Complete(FakeStatusHandler handler)
    {
        using (handler)
        {
            try
            {
                await Client(handler, retries: 0).CompleteChatAsync("Hello");
                return Observation.NoException;
            }
            catch (ClientResultException e)
            {
                PipelineResponse? response = e.GetRawResponse();
                string? requestId = response is not null && response.Headers.TryGetValue("x-request-id", out string? id) ? id : null;
                string[] lines = e.Message.Split('\n');
                return new Observation(nameof(ClientResultException), e.Status, OpenAiMessage.CodeIn(lines[0]), Observation.FirstLine(lines.Length > 2 ? lines[2] : null), requestId);
            }
        }
    }

    internal static ChatClient Client(FakeStatusHandler handler, int? retries)
    {
        var options = new AzureOpenAIClientOptions { Transport = new HttpClientPipelineTransport(new HttpClient(handler, disposeHandler: false)) };
        if (retries is int count)
        {
            options.RetryPolicy = new ClientRetryPolicy(count);
        }

        return new AzureOpenAIClient(new Uri("https://fakestatus.openai.azure.com"), new ApiKeyCredential("fake-key"), options).GetChatClient("gpt-4o-mini");
    }
}
