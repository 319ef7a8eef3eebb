using System.Net;
using System.Net.Http;
using RichardSzalay.MockHttp;

namespace FakeStatus.Benchmarks;

/// <summary>RichardSzalay.MockHttp, set up the way its README shows: one <c>When(url).Respond(status, mediaType, content)</c>.</summary>
public static class MockHttpContestant
{
    public static MockHttpMessageHandler Create()
    {
        var handler = new MockHttpMessageHandler();
        handler.When(HttpMethod.Get, Shared.BaseAddress + Shared.RoutePath).Respond((HttpStatusCode)530, Shared.MediaType, Shared.Body);
        return handler;
    }
}
