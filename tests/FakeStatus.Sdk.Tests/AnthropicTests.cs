using Anthropic;
using Anthropic.Exceptions;
using Anthropic.Models.Messages;
using FakeStatus.Sdk.Tests.Matrix;

namespace FakeStatus.Sdk.Tests;

/// <summary>The Anthropic SDK against FakeStatus in the anthropic style, chosen per handler.</summary>
public sealed class AnthropicTests
{
    internal const string Sdk = "Anthropic 13.15.0";

    [TestCase(401, "AnthropicUnauthorizedException")]
    [TestCase(403, "AnthropicForbiddenException")]
    [TestCase(404, "AnthropicNotFoundException")]
    [TestCase(409, "Anthropic4xxException")]
    [TestCase(429, "AnthropicRateLimitException")]
    [TestCase(500, "Anthropic5xxException")]
    [TestCase(503, "Anthropic5xxException")]
    public async Task CreateMessage_ErrorStatus_RaisesTheTypedExceptionWithTheRequestId(int status, string raised)
    {
        Observation seen = await Observe(status);

        seen.Raised.Should().Be(raised);
        seen.Status.Should().Be(status);
        seen.RequestId.Should().Be("req_fakestatus000000000000" + status);
    }

    [Test]
    public async Task CreateMessage_ErrorCodeAlone_ComesWithThatCodesMessage()
    {
        Observation seen = await ObserveOverloaded();

        seen.Code.Should().Be("overloaded_error");
        seen.Message.Should().Contain("Overloaded");
    }

    internal static IEnumerable<MatrixCase> Cases()
    {
        foreach (int status in SdkStatuses.Common)
        {
            yield return new MatrixCase(Sdk, $"`anthropic` {status}", () => Observe(status));
        }

        yield return new MatrixCase(Sdk, "`anthropic` 529, errorCode `overloaded_error`", ObserveOverloaded);
    }

    private static Task<Observation> Observe(int status) =>
        Observations.Of(Sdk, status.ToString(System.Globalization.CultureInfo.InvariantCulture), () =>
        {
            var handler = new FakeStatusHandler(new FakeStatusOptions { ErrorStyle = ErrorStyle.Anthropic });
            handler.When("/*").Respond(status);
            return Create(handler);
        });

    private static Task<Observation> ObserveOverloaded() => Observations.Of(Sdk, "overloaded_error", () =>
    {
        var handler = new FakeStatusHandler();
        handler.When("/*").Respond(529, r => r.WithErrorStyle(ErrorStyle.Anthropic, errorCode: "overloaded_error"));
        return Create(handler);
    });

    private static async Task<Observation> Create(FakeStatusHandler handler)
    {
        using (handler)
        {
            using var http = new HttpClient(handler, disposeHandler: false);
            try
            {
                await Client(http, retries: 0).Messages.Create(new MessageCreateParams
                {
                    Model = "claude-sonnet-4-5",
                    MaxTokens = 16,
                    Messages = [new MessageParam { Role = Role.User, Content = "Hello" }],
                });
                return Observation.NoException;
            }
            catch (AnthropicApiException e)
            {
                return new Observation(e.GetType().Name, (int)e.StatusCode, CodeIn(e.ResponseBody), Observation.FirstLine(e.Message, 200), e.RequestID);
            }
        }
    }

    /// <summary>The error type from the body the SDK kept, <c>{"error": {"type"}}</c>.</summary>
    private static string? CodeIn(string? body)
    {
        if (body is null)
        {
            return null;
        }

        using var json = System.Text.Json.JsonDocument.Parse(body);
        return json.RootElement.GetProperty("error").GetProperty("type").GetString();
    }

    internal static AnthropicClient Client(HttpClient http, int? retries)
    {
        var client = new AnthropicClient { ApiKey = "sk-ant-fakestatus", BaseUrl = "https://api.fakestatus.test", HttpClient = http };
        return retries is int count ? new AnthropicClient { ApiKey = "sk-ant-fakestatus", BaseUrl = "https://api.fakestatus.test", HttpClient = http, MaxRetries = count } : client;
    }
}
