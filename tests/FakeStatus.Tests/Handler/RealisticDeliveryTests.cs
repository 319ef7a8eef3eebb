namespace FakeStatus.Tests.Handler;

/// <summary>Catalog codes a real client never receives as a status are delivered the way the real system delivers them.</summary>
public sealed class RealisticDeliveryTests
{
#if NET8_0_OR_GREATER && !FAKESTATUS_NETSTANDARD
    [Test]
    public async Task Nginx444_FailsAsSocketsHttpHandlerReportsAClosedConnection()
    {
        using var handler = new FakeStatusHandler();
        using HttpClient fake = handler.ToHttpClient(new Uri("https://fake.test"));
        Func<Task> fakeCall = () => fake.GetAsync("/nginx/444");

        HttpRequestException error = (await fakeCall.Should().ThrowAsync<HttpRequestException>()).Which;

        // SocketsHttpHandler's own shape for a connection closed before any response byte.
        error.HttpRequestError.Should().Be(HttpRequestError.ResponseEnded);
        error.Message.Should().Be("An error occurred while sending the request.");
        error.InnerException.Should().BeOfType<HttpIOException>().Which.HttpRequestError.Should().Be(HttpRequestError.ResponseEnded);
        error.InnerException!.Message.Should().Be("The response ended prematurely. (ResponseEnded)");
        handler.Requests.Single().Outcome.Should().Be(RequestOutcome.Faulted);
    }
#endif

    [TestCase("/nginx/494")]
    [TestCase("/nginx/495")]
    [TestCase("/nginx/497")]
    public async Task Nginx494To497_ArriveAsNginxsOwn400Page(string path)
    {
        using var handler = new FakeStatusHandler();
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));

        using HttpResponseMessage response = await client.GetAsync(path);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        (await response.Content.ReadAsStringAsync()).Should().Contain("<center>nginx</center>");
    }

    [TestCase("/nginx/444", 444)]
    [TestCase("/nginx/494", 494)]
    public async Task RealisticDeliveryOff_AnswersTheCatalogNumber(string path, int code)
    {
        using var handler = new FakeStatusHandler(new FakeStatusOptions { RealisticDelivery = false });
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));

        using HttpResponseMessage response = await client.GetAsync(path);

        ((int)response.StatusCode).Should().Be(code);
    }

    [Test]
    public async Task LoggedOnlyCodes_AnswerAsThemselves()
    {
        using var handler = new FakeStatusHandler();
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));

        using HttpResponseMessage response = await client.GetAsync("/nginx/499");

        ((int)response.StatusCode).Should().Be(499);
    }

    [Test]
    public async Task Route_Respond444_ClosesTheConnection_UnlessCustomised()
    {
        using var handler = new FakeStatusHandler();
        handler.When("/closed").Respond(444);
        handler.When("/numbered").Respond(444, r => r.WithHeader("X-Reason", "test wants the number"));
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));

        Func<Task> closed = () => client.GetAsync("/closed");
        using HttpResponseMessage numbered = await client.GetAsync("/numbered");

        await closed.Should().ThrowAsync<HttpRequestException>();
        ((int)numbered.StatusCode).Should().Be(444);
    }
}
