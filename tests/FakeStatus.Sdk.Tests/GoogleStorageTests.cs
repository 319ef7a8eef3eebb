using FakeStatus.Sdk.Tests.Matrix;
using Google;
using Google.Apis.Http;
using Google.Cloud.Storage.V1;

namespace FakeStatus.Sdk.Tests;

/// <summary>Google.Cloud.Storage.V1 (over Google.Apis.Storage.v1) against FakeStatus in the google style, chosen per handler.</summary>
public sealed class GoogleStorageTests
{
    internal const string Sdk = "Google.Cloud.Storage.V1 5.0.0";

    [TestCase(401, "required", "Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.")]
    [TestCase(403, "forbidden", "The caller does not have permission.")]
    [TestCase(404, "notFound", "Requested entity was not found.")]
    [TestCase(409, "conflict", "Requested entity already exists.")]
    [TestCase(429, "rateLimitExceeded", "Resource has been exhausted (e.g. check quota).")]
    [TestCase(500, "backendError", "Internal error encountered.")]
    [TestCase(503, "backendError", "The service is currently unavailable.")]
    public async Task GetObject_ErrorStatus_RaisesGoogleApiExceptionWithTheReasonAndMessage(int status, string reason, string message)
    {
        Observation seen = await Observe(status);

        seen.Should().Be(new Observation(nameof(GoogleApiException), status, reason, message, null));
    }

    [Test]
    public async Task GetObject_ReasonFromTheRoute_IsTheErrorsReason()
    {
        (await ObserveUserRateLimit()).Code.Should().Be("userRateLimitExceeded");
    }

    internal static IEnumerable<MatrixCase> Cases() => StyledCases.Rows(Sdk, "google", Observe, "`google` 403, reason `userRateLimitExceeded`", ObserveUserRateLimit);

    private static Task<Observation> Observe(int status) => StyledCases.ByHandler(Sdk, ErrorStyle.Google, status, GetObject);

    private static Task<Observation> ObserveUserRateLimit() => StyledCases.ByRoute(Sdk, "userRateLimitExceeded", 403, r => r.WithErrorStyleFields(ErrorStyle.Google, new Dictionary<string, string?>
    {
        ["reason"] = "userRateLimitExceeded",
        ["domain"] = "usageLimits",
        ["message"] = "The user has exceeded their rate limit.",
    }), GetObject);

    private static async Task<Observation> GetObject(FakeStatusHandler handler)
    {
        using StorageClient storage = Client(handler);
        try
        {
            await storage.GetObjectAsync("photos", "cat.jpg", new GetObjectOptions { RetryOptions = RetryOptions.Never });
            return Observation.NoException;
        }
        catch (GoogleApiException e)
        {
            return new Observation(nameof(GoogleApiException), (int)e.HttpStatusCode, e.Error?.Errors?.FirstOrDefault()?.Reason, Observation.FirstLine(e.Error?.Message, 200), null);
        }
    }

    internal static StorageClient Client(FakeStatusHandler handler) => new StorageClientBuilder
    {
        UnauthenticatedAccess = true,
        BaseUri = "https://storage.fakestatus.test/storage/v1/",
        HttpClientFactory = new GoogleHttpClients(handler),
    }.Build();

    /// <summary>Google's transport hook: the innermost handler of every client it makes is FakeStatus.</summary>
    private sealed class GoogleHttpClients(FakeStatusHandler handler) : HttpClientFactory
    {
        protected override HttpMessageHandler CreateHandler(CreateHttpClientArgs args) => handler;
    }
}
