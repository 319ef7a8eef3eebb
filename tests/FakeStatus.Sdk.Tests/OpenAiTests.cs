using System.ClientModel;
using System.ClientModel.Primitives;
using System.Diagnostics;
using FakeStatus.Sdk.Tests.Matrix;
using OpenAI;
using OpenAI.Chat;

namespace FakeStatus.Sdk.Tests;

/// <summary>The OpenAI SDK against FakeStatus in the openai style, chosen by URL prefix (<c>/openai/{code}/v1</c>).</summary>
public sealed class OpenAiTests
{
    internal const string Sdk = "OpenAI 2.15.0";

    [TestCase(401)]
    [TestCase(403)]
    [TestCase(404)]
    [TestCase(409)]
    [TestCase(429)]
    [TestCase(500)]
    [TestCase(503)]
    public async Task CompleteChat_ErrorStatus_RaisesClientResultExceptionWithTheStatus(int status)
    {
        Observation seen = await Observe(status);

        seen.Raised.Should().Be("ClientResultException");
        seen.Status.Should().Be(status);
        seen.RequestId.Should().Be("req_fakestatus000000000000000" + status);
        seen.Message.Should().NotBeNullOrEmpty();
    }

    [TestCase(429, "rate_limit_exceeded")]
    [TestCase(401, "invalid_api_key")]
    public async Task CompleteChat_ErrorStatus_PutsTheOpenAiCodeInTheMessage(int status, string code)
    {
        (await Observe(status)).Code.Should().Be(code);
    }

    [Test]
    public async Task CompleteChat_VendorCodeFromTheRoute_IsInTheMessage()
    {
        Observation seen = await ObserveInsufficientQuota();

        seen.Status.Should().Be(429);
        seen.Code.Should().Be("insufficient_quota");
    }

    [Test]
    public async Task CompleteChat_503WithTheDefaultRetryPolicy_GivesUpWithinFiveSeconds()
    {
        // The default response, Retry-After included: the SDK waits on the real clock, and no default wait exceeds a second.
        using var handler = new FakeStatusHandler();
        FakeRoute route = handler.When(HttpMethod.Post, "/v1/chat/completions").Respond(503, r => r.WithErrorStyle(ErrorStyle.OpenAI));
        ChatClient chat = Client(handler, new Uri("https://api.fakestatus.test/v1"), retries: null);
        var clock = Stopwatch.StartNew();

        Func<Task> complete = () => chat.CompleteChatAsync("Hello");

        (await complete.Should().ThrowAsync<ClientResultException>()).Which.Status.Should().Be(503);
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5));
        handler.VerifyCalled(route, times: 4);   // one try and the default policy's three retries (about 4 s here)
        handler.Requests.Zip(handler.Requests.Skip(1), (earlier, later) => later.ArrivedAt - earlier.ArrivedAt).Should().AllSatisfy(
            gap => gap.Should().BeGreaterThan(TimeSpan.FromSeconds(0.9)).And.BeLessThan(TimeSpan.FromSeconds(2)),
            "the SDK honours the Retry-After it receives, which is 1 s by default instead of the catalog's 120");
    }

    internal static IEnumerable<MatrixCase> Cases()
    {
        foreach (int status in SdkStatuses.Common)
        {
            yield return new MatrixCase(Sdk, $"`/openai/{status}/v1` (URL)", () => Observe(status));
        }

        yield return new MatrixCase(Sdk, "`openai` 429, errorCode `insufficient_quota`", ObserveInsufficientQuota);
    }

    private static Task<Observation> Observe(int status) =>
        Observations.Of(Sdk, status.ToString(System.Globalization.CultureInfo.InvariantCulture), async () =>
        {
            // By URL: the endpoint's path carries the style and the status, and the SDK's own path follows them.
            using var handler = new FakeStatusHandler();
            return await Complete(Client(handler, new Uri($"https://api.fakestatus.test/openai/{status}/v1"), retries: 0));
        });

    private static Task<Observation> ObserveInsufficientQuota() => Observations.Of(Sdk, "insufficient_quota", async () =>
    {
        using var handler = new FakeStatusHandler();
        handler.When(HttpMethod.Post, "/v1/chat/completions").Respond(429, r => r.WithErrorStyle(
            ErrorStyle.OpenAI, errorCode: "insufficient_quota", message: "You exceeded your current quota, please check your plan and billing details."));
        return await Complete(Client(handler, new Uri("https://api.fakestatus.test/v1"), retries: 0));
    });

    private static async Task<Observation> Complete(ChatClient chat)
    {
        try
        {
            await chat.CompleteChatAsync("Hello");
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

    private static ChatClient Client(FakeStatusHandler handler, Uri endpoint, int? retries)
    {
        var options = new OpenAIClientOptions
        {
            Endpoint = endpoint,
            Transport = new HttpClientPipelineTransport(new HttpClient(handler, disposeHandler: false)),
        };
        if (retries is int count)
        {
            options.RetryPolicy = new ClientRetryPolicy(count);
        }

        return new ChatClient("gpt-4o-mini", new ApiKeyCredential("sk-fakestatus"), options);
    }
}
