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

    [TestCase("/nginx/499")]
    [TestCase("/aws-elb/460")]
    public async Task LoggedOnlyCodes_RaiseTheClientsOwnTimeout(string path)
    {
        using var handler = new FakeStatusHandler();
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));

        Func<Task> call = () => client.GetAsync(path);

        (await call.Should().ThrowAsync<TaskCanceledException>()).WithInnerException<TimeoutException>();
        handler.Requests.Single().Outcome.Should().Be(RequestOutcome.Faulted);
        handler.Requests.Single().Detail.Should().Contain("only logged by the real server: the client times out");
    }

    [Test]
    public async Task Route_Respond444_ClosesTheConnection_AndACustomisedOneIsRefusedNamingTheFault()
    {
        using var handler = new FakeStatusHandler();
        handler.When("/closed").Respond(444);
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));

        Func<Task> closed = () => client.GetAsync("/closed");

        await closed.Should().ThrowAsync<HttpRequestException>();
        FluentActions.Invoking(() => handler.When("/numbered").Respond(444, r => r.WithHeader("X-Reason", "test wants the number")))
            .Should().Throw<ArgumentException>().WithMessage(
                "nginx 444 (No Response) never reaches a client as a status, so a customised response of it would be one no real server sends; " +
                "the real server closes the connection instead: register Throw(FakeFault.ConnectionClosed()), Respond(444) without customising to get what the real server does, " +
                "or set FakeStatusOptions.RealisticDelivery = false to answer the number itself.*");
    }

    [Test]
    public void Route_CustomisedLoggedOnlyCode_IsRefusedNamingTheTimeout()
    {
        using var handler = new FakeStatusHandler();

        FluentActions.Invoking(() => handler.When("/x").Respond(499, r => r.WithHeader("X-A", "b")))
            .Should().Throw<ArgumentException>().WithMessage("nginx 499 (Client Closed Request) never reaches a client as a status*register Throw(FakeFault.Timeout())*");
        handler.Routes.Should().BeEmpty();
    }

    [Test]
    public async Task RealisticDeliveryOff_CustomisedLoggedOnlyCode_AnswersTheNumber()
    {
        using var handler = new FakeStatusHandler(new FakeStatusOptions { RealisticDelivery = false });
        handler.When("/x").Respond(499, r => r.WithHeader("X-A", "b"));
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));

        using HttpResponseMessage response = await client.GetAsync("/x");

        ((int)response.StatusCode).Should().Be(499);
    }

    /// <summary>Every definition of every protocol that a client never receives as its status: as a route and by URL convention, never that status.</summary>
    [Test]
    public async Task EveryCodeNotReceivedAsAStatus_NeverComesBackAsIt()
    {
        StatusDefinition[] notReceived = StatusCatalog.Default.Protocols.SelectMany(p => StatusCatalog.Default.ForProtocol(p))
            .Where(d => d.ClientReceives != ClientReceives.Status).ToArray();
        using var handler = new FakeStatusHandler(new FakeStatusOptions { ErrorStyle = ErrorStyle.Google });
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));
        var seen = new List<string>();

        foreach (StatusDefinition definition in notReceived)
        {
            FakeRoute route = handler.When("/route/" + seen.Count).Respond(definition);
            string convention = $"/{definition.Vendor ?? definition.Protocol}/{definition.Code}";
            foreach (string path in new[] { "/route/" + seen.Count, convention })
            {
                int? status;
                try
                {
                    using HttpResponseMessage response = await client.GetAsync(path);
                    status = (int)response.StatusCode;
                }
                catch (HttpRequestException)
                {
                    status = null;
                }
                catch (TaskCanceledException)
                {
                    status = null;
                }

                status.Should().NotBe(definition.Code, $"{definition.Vendor} {definition.Code} is {definition.ClientReceives}, at {path}");
                (status is null).Should().Be(definition.ClientReceives != ClientReceives.SubstituteStatus, path);
                if (definition.ClientReceives == ClientReceives.SubstituteStatus)
                {
                    status.Should().Be(definition.Substitute!.StatusCode);
                }
            }

            seen.Add(definition.Vendor + " " + definition.Code);
        }

        seen.Should().Contain(["nginx 444", "nginx 499", "aws-elb 460", "nginx 494", "esri 498", "esri 499"]);
    }
}
