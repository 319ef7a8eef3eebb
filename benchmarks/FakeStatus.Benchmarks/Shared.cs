using System;
using System.Net.Http;
using System.Threading.Tasks;

namespace FakeStatus.Benchmarks;

/// <summary>What every request benchmark sends and expects, so that all contestants do the same work.</summary>
public static class Shared
{
    public const string BaseAddress = "https://fake.test";

    /// <summary>The path FakeStatus answers by URL convention, with no route registered.</summary>
    public const string ConventionPath = "/smtp/530";

    /// <summary>The path of the one explicit route each routed contestant registers.</summary>
    public const string RoutePath = "/login";

    public const string ReasonPhrase = "Authentication Required";

    public const string MediaType = "application/json";

    /// <summary>The seed's canonical SMTP 530 body: 63 bytes.</summary>
    public const string Body = "{\"error\": \"server_error\", \"message\": \"Authentication Required\"}";

    public static Uri BaseUri { get; } = new(BaseAddress);

    /// <summary>The measured unit of work: GET, read the body as a string, dispose the response.</summary>
    public static async Task<string> GetBodyAsync(HttpClient client, string path)
    {
        using HttpResponseMessage response = await client.GetAsync(path);
        return await response.Content.ReadAsStringAsync();
    }
}
