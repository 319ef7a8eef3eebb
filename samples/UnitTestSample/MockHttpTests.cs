using FakeStatus;
using FluentAssertions;
using NUnit.Framework;
using RichardSzalay.MockHttp;

namespace UnitTestSample;

/// <summary>FakeStatus inside an existing MockHttp setup: named routes answer with FakeStatus, the rest falls back to it.</summary>
public sealed class MockHttpTests
{
    [Test]
    public async Task MockHttp_RoutesAndFallback_AnswerWithFakeStatusResponses()
    {
        // begin-snippet: mockhttp
        using var mockHttp = new MockHttpMessageHandler();
        mockHttp.When("/login").RespondWithStatus("smtp", 530);  // FakeStatus's response, fresh for every request
        mockHttp.When("/orders").RespondWithStatus(503);         // with Retry-After: 1, as FakeStatusHandler sends it
        using var fakeStatus = new FakeStatusHandler();
        mockHttp.Fallback.Respond(fakeStatus);                  // anything else: FakeStatus's URL conventions
        using HttpClient client = mockHttp.ToHttpClient();
        client.BaseAddress = new Uri("https://api.test");
        // end-snippet

        using HttpResponseMessage login = await client.PostAsync(new Uri("/login", UriKind.Relative), null);
        using HttpResponseMessage loginAgain = await client.PostAsync(new Uri("/login", UriKind.Relative), null);
        using HttpResponseMessage orders = await client.GetAsync(new Uri("/orders", UriKind.Relative));
        using HttpResponseMessage other = await client.GetAsync(new Uri("/402", UriKind.Relative));

        login.ReasonPhrase.Should().Be("Authentication Required");
        (await loginAgain.Content.ReadAsStringAsync()).Should().Be(await login.Content.ReadAsStringAsync());
        orders.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromSeconds(1));
        ((int)other.StatusCode).Should().Be(402);
        fakeStatus.Requests.Should().ContainSingle().Which.Uri!.AbsolutePath.Should().Be("/402");
    }
}
