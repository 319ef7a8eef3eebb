using Anthropic;
using Anthropic.Exceptions;
using Anthropic.Models.Messages;
using FakeStatus.Sdk.Tests.Matrix;

namespace FakeStatus.Sdk.Tests;

/// <summary>The Anthropic SDK against FakeStatus in the anthropic style, chosen per handler.</summary>
public sealed class AnthropicTests
{
    internal const string Sdk = "Anthropic 13.15.0";

    [TestCase(401, "AnthropicUnauthorizedException", "authentication_error", "invalid x-api-key")]
    [TestCase(403, "AnthropicForbiddenException", "permission_error", "Your API key does not have permission to use the specified resource.")]
    [TestCase(404, "AnthropicNotFoundException", "not_found_error", "The requested resource could not be found.")]
    [TestCase(409, "AnthropicConflictException", "invalid_request_error", "The request conflicts with the current state of the resource.")]
    [TestCase(429, "AnthropicRateLimitException", "rate_limit_error", "Your account has hit a rate limit.")]
    [TestCase(500, "Anthropic5xxException", "api_error", "An unexpected error has occurred internal to Anthropic's systems.")]
    [TestCase(503, "AnthropicServiceUnavailableException", "api_error", "An unexpected error has occurred internal to Anthropic's systems.")]
    public async Task CreateMessage_ErrorStatus_RaisesTheTypedExceptionWithTheErrorTypeAndMessage(int status, string raised, string code, string message)
    {
        Observation seen = await Observe(status);

        seen.Should().Be(new Observation(raised, status, code, message, "req_fakestatus000000000000" + status));
    }

    [Test]
    public async Task CreateMessage_ErrorCodeAlone_ComesWithThatCodesMessage()
    {
        Observation seen = await ObserveOverloaded();

        seen.Should().Be(new Observation("AnthropicOverloadedException", 529, "overloaded_error", "Overloaded", "req_fakestatus000000000000529"));
    }

    internal static IEnumerable<MatrixCase> Cases() => StyledCases.Rows(Sdk, "anthropic", Observe, "`anthropic` 529, errorCode `overloaded_error`", ObserveOverloaded);

    private static Task<Observation> Observe(int status) => StyledCases.ByHandler(Sdk, ErrorStyle.Anthropic, status, Create);

    private static Task<Observation> ObserveOverloaded() => StyledCases.ByRoute(Sdk, "overloaded_error", 529, r => r.WithErrorStyle(ErrorStyle.Anthropic, errorCode: "overloaded_error"), Create);

    private static async Task<Observation> Create(FakeStatusHandler handler)
    {
        using var http = new HttpClient(handler, disposeHandler: false);
        try
        {
            await Client(http, retries: 0).Messages.Create(Hello);
            return Observation.NoException;
        }
        catch (AnthropicApiException e)
        {
            return new Observation(e.GetType().Name, (int)e.StatusCode, ErrorIn(e.ResponseBody, "type"), ErrorIn(e.ResponseBody, "message"), e.RequestID);
        }
    }

    /// <summary>A field of the error in the body the SDK kept, <c>{"error": {"type", "message"}}</c>: its message says only the status.</summary>
    private static string? ErrorIn(string? body, string field)
    {
        if (body is null)
        {
            return null;
        }

        using var json = System.Text.Json.JsonDocument.Parse(body);
        return json.RootElement.GetProperty("error").GetProperty(field).GetString();
    }

    internal static MessageCreateParams Hello => new()
    {
        Model = "claude-sonnet-4-5",
        MaxTokens = 16,
        Messages = [new UserMessageParam { Content = "Hello" }],
    };

    internal static AnthropicClient Client(HttpClient http, int? retries)
    {
        var client = new AnthropicClient { ApiKey = "sk-ant-fakestatus", BaseUrl = "https://api.fakestatus.test", HttpClient = http };
        return retries is int count ? new AnthropicClient { ApiKey = "sk-ant-fakestatus", BaseUrl = "https://api.fakestatus.test", HttpClient = http, MaxRetries = count } : client;
    }
}
