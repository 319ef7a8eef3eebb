using Amazon.Runtime;

namespace FakeStatus.Sdk.Tests;

/// <summary>The AWS SDK's transport hook: every HttpClient it asks for sends through FakeStatus.</summary>
internal sealed class AwsHttpClients(FakeStatusHandler handler) : HttpClientFactory
{
    public override HttpClient CreateHttpClient(IClientConfig clientConfig) => new(handler, disposeHandler: false);

    public override bool UseSDKHttpClientCaching(IClientConfig clientConfig) => false;

    public override bool DisposeHttpClientsAfterUse(IClientConfig clientConfig) => true;

    /// <summary>A host of its own per client: the SDK keeps its retry quota per service URL for the whole process.</summary>
    public static string UniqueServiceUrl(string service) => $"https://{service}-{Guid.NewGuid():N}.fakestatus.test";
}
