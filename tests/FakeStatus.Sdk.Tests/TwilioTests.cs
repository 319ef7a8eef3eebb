using FakeStatus.Sdk.Tests.Matrix;
using Twilio.Clients;
using Twilio.Exceptions;
using Twilio.Http;
using Twilio.Rest.Api.V2010.Account;
using Twilio.Types;

namespace FakeStatus.Sdk.Tests;

/// <summary>Twilio's helper library against FakeStatus in the twilio style, chosen per route.</summary>
public sealed class TwilioTests
{
    internal const string Sdk = "Twilio 8.2.0";
    private const string Messages = "/2010-04-01/Accounts/{accountSid}/Messages.json";

    [TestCase(401, 20003, "Authenticate")]
    [TestCase(403, 20403, "Forbidden")]
    [TestCase(404, 20404, "The requested resource /2010-04-01/Accounts/ACfakestatus/Messages.json was not found")]
    [TestCase(409, 90009, "The message SID already exists.")]
    [TestCase(429, 20429, "Too Many Requests")]
    [TestCase(500, 20500, "Internal Server Error")]
    [TestCase(503, 20503, "Service Unavailable")]
    public async Task CreateMessage_ErrorStatus_RaisesApiExceptionWithTheTwilioCodeAndMessage(int status, int code, string message)
    {
        Observation seen = await Observe(status);

        seen.Should().Be(new Observation(nameof(ApiException), status, code.ToString(System.Globalization.CultureInfo.InvariantCulture), message, null));
    }

    [Test]
    public async Task CreateMessage_ErrorCodeAlone_ComesWithThatCodesMessage()
    {
        Observation seen = await ObserveInvalidTo();

        seen.Code.Should().Be("21211");
        seen.Message.Should().Be("Invalid 'To' Phone Number");
    }

    [Test]
    public async Task CreateMessage_NoRouteRegistered_IsUnmatchedNotAConventionStatus()
    {
        // Twilio's date-versioned path (/2010-04-01/...) starts with digits but is no status code: no convention may claim it.
        using var handler = new FakeStatusHandler();
        using var http = new System.Net.Http.HttpClient(handler, disposeHandler: false);
        var client = new TwilioRestClient("ACfakestatus", "token", httpClient: new SystemNetHttpClient(http));

        Func<Task> send = () => MessageResource.CreateAsync(to: new PhoneNumber("+15558675310"), from: new PhoneNumber("+15017122661"), body: "Hello", client: client);

        (await send.Should().ThrowAsync<Exception>()).Which.Should().Match<Exception>(e => e is UnmatchedRequestException || e.InnerException is UnmatchedRequestException);
        FluentActions.Invoking(handler.VerifyNoUnmatchedRequests).Should().Throw<FakeStatusVerificationException>();
    }

    internal static IEnumerable<MatrixCase> Cases() => StyledCases.Rows(Sdk, "twilio", Observe, "`twilio` 400, errorCode `21211`", ObserveInvalidTo);

    private static Task<Observation> Observe(int status) =>
        StyledCases.ByRoute(Sdk, status.ToString(System.Globalization.CultureInfo.InvariantCulture), status, r => r.WithErrorStyle(ErrorStyle.Twilio), Send, System.Net.Http.HttpMethod.Post, Messages);

    private static Task<Observation> ObserveInvalidTo() =>
        StyledCases.ByRoute(Sdk, "21211", 400, r => r.WithErrorStyle(ErrorStyle.Twilio, errorCode: "21211"), Send, System.Net.Http.HttpMethod.Post, Messages);

    private static async Task<Observation> Send(FakeStatusHandler handler)
    {
        using var http = new System.Net.Http.HttpClient(handler, disposeHandler: false);
        var client = new TwilioRestClient("ACfakestatus", "token", httpClient: new SystemNetHttpClient(http));
        try
        {
            await MessageResource.CreateAsync(to: new PhoneNumber("+15558675310"), from: new PhoneNumber("+15017122661"), body: "Hello", client: client);
            return Observation.NoException;
        }
        catch (ApiException e)
        {
            return new Observation(nameof(ApiException), e.Status, e.Code.ToString(System.Globalization.CultureInfo.InvariantCulture), Observation.FirstLine(e.Message, 200), null);
        }
    }
}
