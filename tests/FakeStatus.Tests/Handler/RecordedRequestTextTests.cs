namespace FakeStatus.Tests.Handler;

/// <summary>How a recorded request reads in a message, and how its headers are looked up.</summary>
public sealed class RecordedRequestTextTests
{
    [Test]
    public async Task ToString_NamesTheRouteAndTheCallAfterTheFirst()
    {
        using var handler = new FakeStatusHandler(TestClock.AtSeedTime());
        handler.When("/orders").Respond(201);
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));

        using HttpResponseMessage first = await client.GetAsync("/orders");
        using HttpResponseMessage second = await client.GetAsync("/orders");
        using HttpResponseMessage byConvention = await client.GetAsync("/503");

        handler.Requests.Select(r => r.ToString()).Should().Equal(
            "GET https://api.test/orders -> 201, Answered (ANY /orders)",
            "GET https://api.test/orders -> 201, Answered (ANY /orders call #2)",
            $"GET https://api.test/503 -> 503, Answered ({handler.Requests[2].Detail})");
        handler.Requests[2].Detail.Should().StartWith("URL convention");
    }

    [Test]
    public async Task ToString_OfARequestWithoutResponse_SaysSo()
    {
        using var handler = new FakeStatusHandler(TestClock.AtSeedTime());
        handler.When("/x").Throw(FakeFault.ConnectionRefused());
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));

        Func<Task> act = () => client.GetAsync("/x");
        await act.Should().ThrowAsync<HttpRequestException>();

        handler.Requests.Single().ToString().Should().Be("GET https://api.test/x -> no response, Faulted (ANY /x)");
    }

    [Test]
    public async Task GetHeaderValues_FindsRequestAndContentHeadersIgnoringCase_AndEmptyForNone()
    {
        using var handler = new FakeStatusHandler(TestClock.AtSeedTime());
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/200") { Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("X-Trace", ["a", "b"]);
        request.Content.Headers.TryAddWithoutValidation("Content-Language", "de");

        using HttpResponseMessage response = await client.SendAsync(request);
        RecordedRequest recorded = handler.Requests.Single();

        recorded.GetHeaderValues("x-trace").Should().Equal("a", "b");
        recorded.GetHeaderValues("CONTENT-LANGUAGE").Should().Equal("de");
        recorded.GetHeaderValues("X-Missing").Should().BeEmpty();
        recorded.BodyText.Should().Be("{}");
        FluentActions.Invoking(() => recorded.GetHeaderValues(null!)).Should().Throw<ArgumentNullException>();
    }

    [Test]
    public async Task BodyAsString_WithoutBody_IsEmpty()
    {
        using var handler = new FakeStatusHandler(TestClock.AtSeedTime());
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));

        using HttpResponseMessage response = await client.GetAsync("/200");

        handler.Requests.Single().BodyText.Should().BeEmpty();
        handler.Requests.Single().Headers.Should().BeEmpty();
    }
}
