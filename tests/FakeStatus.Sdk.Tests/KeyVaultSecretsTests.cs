using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Security.KeyVault.Secrets;
using FakeStatus.Sdk.Tests.Matrix;

namespace FakeStatus.Sdk.Tests;

/// <summary>Azure.Security.KeyVault.Secrets against FakeStatus in the azure-rest style, chosen by URL prefix on the vault URI.</summary>
public sealed class KeyVaultSecretsTests
{
    internal const string Sdk = "Azure.Security.KeyVault.Secrets 4.12.0";

    [TestCase(401, "InvalidAuthenticationToken", "The access token is invalid.")]
    [TestCase(403, "AuthorizationFailed", "The client does not have authorization to perform this action.")]
    [TestCase(404, "ResourceNotFound", "The resource was not found.")]
    [TestCase(409, "Conflict", "The operation failed because of a conflict with the current state of the resource.")]
    [TestCase(429, "TooManyRequests", "The request was throttled; retry after the time given in Retry-After.")]
    [TestCase(500, "InternalServerError", "The server encountered an internal error.")]
    [TestCase(503, "ServiceUnavailable", "The service is unavailable; retry later.")]
    public async Task GetSecret_ErrorStatus_RaisesRequestFailedExceptionWithTheAzureCodeAndMessage(int status, string code, string message)
    {
        Observation seen = await Observe(status);

        seen.Should().Be(new Observation("RequestFailedException", status, code, message, "00000000-0000-0000-0000-000000000" + status));
    }

    [Test]
    public async Task GetSecret_VendorCodeFromTheRoute_IsReadAsErrorCode()
    {
        (await ObserveSecretNotFound()).Code.Should().Be("SecretNotFound");
    }

    internal static IEnumerable<MatrixCase> Cases() => StyledCases.Rows(Sdk, "azure-rest", Observe, "`azure-rest` 404, errorCode `SecretNotFound`", ObserveSecretNotFound);

    private static Task<Observation> Observe(int status) => StyledCases.ByHandler(Sdk, ErrorStyle.AzureRest, status, GetSecret);

    private static Task<Observation> ObserveSecretNotFound() => StyledCases.ByRoute(Sdk, "SecretNotFound", 404, r => r.WithErrorStyle(ErrorStyle.AzureRest, errorCode: "SecretNotFound", message: "A secret with (name/id) db-password was not found in this key vault."), GetSecret);

    private static async Task<Observation> GetSecret(FakeStatusHandler handler)
    {
        try
        {
            await Client(handler, maxRetries: 0).GetSecretAsync("db-password");
            return Observation.NoException;
        }
        catch (RequestFailedException e)
        {
            return new Observation(nameof(RequestFailedException), e.Status, e.ErrorCode, Observation.FirstLine(e.Message, 200), e.GetRawResponse()?.Headers.RequestId);
        }
    }

    internal static SecretClient Client(FakeStatusHandler handler, int? maxRetries)
    {
        var options = new SecretClientOptions
        {
            Transport = new HttpClientTransport(new HttpClient(handler, disposeHandler: false)),
            DisableChallengeResourceVerification = true,
        };
        if (maxRetries is int retries)
        {
            options.Retry.MaxRetries = retries;
        }

        return new SecretClient(new Uri("https://fakestatus.vault.azure.net"), new FakeCredential(), options);
    }

    /// <summary>A token that is never checked: FakeStatus answers before any authentication matters.</summary>
    private sealed class FakeCredential : TokenCredential
    {
        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) => new("fake-token", DateTimeOffset.MaxValue);

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) => new(GetToken(requestContext, cancellationToken));
    }
}
