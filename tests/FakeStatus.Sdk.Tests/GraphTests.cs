using FakeStatus.Sdk.Tests.Matrix;
using Microsoft.Graph;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions.Authentication;

namespace FakeStatus.Sdk.Tests;

/// <summary>Microsoft.Graph against FakeStatus in the graph style, chosen per handler.</summary>
public sealed class GraphTests
{
    internal const string Sdk = "Microsoft.Graph 6.10.0";

    [TestCase(401, "unauthenticated", "The caller isn't authenticated.")]
    [TestCase(403, "accessDenied", "The caller doesn't have permission to perform the action.")]
    [TestCase(404, "itemNotFound", "The resource could not be found.")]
    [TestCase(409, "nameAlreadyExists", "The specified item name already exists.")]
    [TestCase(429, "activityLimitReached", "The app or user has been throttled.")]
    [TestCase(500, "generalException", "An unspecified error has occurred.")]
    [TestCase(503, "serviceNotAvailable", "The service is not available. Try the request again after a delay. There may be a Retry-After header.")]
    public async Task GetMe_ErrorStatus_RaisesODataErrorWithTheGraphCodeAndMessage(int status, string code, string message)
    {
        Observation seen = await Observe(status);

        seen.Should().Be(new Observation(nameof(ODataError), status, code, message, "00000000-0000-0000-0000-000000000" + status));
    }

    [Test]
    public async Task GetMe_ErrorCodeAlone_ComesWithThatCodesMessage()
    {
        Observation seen = await ObserveRequestDenied();

        seen.Code.Should().Be("Authorization_RequestDenied");
        seen.Message.Should().Be("Insufficient privileges to complete the operation.");
    }

    internal static IEnumerable<MatrixCase> Cases() => StyledCases.Rows(Sdk, "graph", Observe, "`graph` 403, errorCode `Authorization_RequestDenied`", ObserveRequestDenied);

    private static Task<Observation> Observe(int status) => StyledCases.ByHandler(Sdk, ErrorStyle.Graph, status, GetMe);

    private static Task<Observation> ObserveRequestDenied() => StyledCases.ByRoute(Sdk, "Authorization_RequestDenied", 403, r => r.WithErrorStyle(ErrorStyle.Graph, errorCode: "Authorization_RequestDenied"), GetMe);

    private static async Task<Observation> GetMe(FakeStatusHandler handler)
    {
        using var http = new HttpClient(handler, disposeHandler: false);
        try
        {
            await Client(http).Me.GetAsync();
            return Observation.NoException;
        }
        catch (ODataError e)
        {
            return new Observation(nameof(ODataError), e.ResponseStatusCode, e.Error?.Code, Observation.FirstLine(e.Error?.Message, 200), e.Error?.InnerError?.RequestId);
        }
    }

    /// <summary>A client on the caller's HttpClient: no Graph middleware, so no retries.</summary>
    internal static GraphServiceClient Client(HttpClient http) => new(http, new AnonymousAuthenticationProvider(), "https://graph.fakestatus.test/v1.0");
}
