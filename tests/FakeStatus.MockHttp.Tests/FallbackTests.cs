namespace FakeStatus.MockHttp.Tests;

/// <summary>MockHttp's own <c>Fallback.Respond(handler)</c> hands every unmatched request to FakeStatus's URL conventions.</summary>
public sealed class FallbackTests
{
    [Test]
    public async Task Fallback_RespondWithFakeStatusHandler_UnmatchedPathsUseTheUrlConventions()
    {
        using var fakeStatus = new FakeStatusHandler();
        using var mockHttp = new MockHttpMessageHandler();
        mockHttp.When("/health").RespondWithStatus(200);
        mockHttp.Fallback.Respond(fakeStatus);
        using HttpClient client = mockHttp.ToHttpClient();

        using HttpResponseMessage health = await client.GetAsync(new Uri("https://api.test/health"));
        using HttpResponseMessage relay = await client.GetAsync(new Uri("https://api.test/smtp/530"));

        ((int)health.StatusCode).Should().Be(200);
        ((int)relay.StatusCode).Should().Be(530);
        relay.ReasonPhrase.Should().Be("Authentication Required");
        fakeStatus.Requests.Select(r => r.Uri!.AbsolutePath).Should().Equal("/smtp/530");
    }
}
