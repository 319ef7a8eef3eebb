namespace FakeStatus.Tests.Handler;

/// <summary>Per-test scopes on one shared handler: isolation by async context, nesting, verification and every misuse.</summary>
public sealed class ScopeTests
{
    [Test]
    public async Task ScopeRoutes_AnswerOnlyRequestsFromTheScopesContext()
    {
        using var handler = new FakeStatusHandler();
        handler.When("/pay").Respond(200);
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));
        Task<HttpStatusCode> outside;

        using (FakeStatusScope scope = handler.BeginScope())
        {
            FakeRoute busy = scope.When("/pay").Respond(503);
            outside = StatusWithoutScope(client);
            (await StatusOf(client, "/pay")).Should().Be(HttpStatusCode.ServiceUnavailable);
            scope.VerifyCalled(busy, 1);
            scope.Requests.Should().ContainSingle().Which.Route.Should().BeSameAs(busy);
        }

        (await outside).Should().Be(HttpStatusCode.OK, "a request outside the scope sees the handler's own routes");
        (await StatusOf(client, "/pay")).Should().Be(HttpStatusCode.OK, "a disposed scope's routes are gone");
    }

    [Test]
    public async Task SixtyFourParallelTests_EachSeeOnlyTheirOwnAnswer_TwentyTimes()
    {
        using var handler = new FakeStatusHandler();
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));
        int[] codes = Enumerable.Range(0, 64).Select(i => 200 + i).ToArray();

        for (int round = 0; round < 20; round++)
        {
            int[][] seen = await Task.WhenAll(codes.Select(code => Task.Run(async () =>
            {
                using FakeStatusScope scope = handler.BeginScope();
                FakeRoute route = scope.When("/same/path").Respond(code);
                var statuses = new int[5];
                for (int i = 0; i < statuses.Length; i++)
                {
                    await Task.Yield();
                    statuses[i] = (int)await StatusOf(client, "/same/path");
                }

                scope.VerifyCalled(route, statuses.Length);
                return statuses;
            })));

            for (int i = 0; i < codes.Length; i++)
            {
                seen[i].Should().OnlyContain(s => s == codes[i], "round {0}: scope {1} must see only its own answer", round, i);
            }
        }
    }

    [Test]
    public async Task NestedScopes_InnerRoutesFirst_ThenOuter_ThenTheHandler()
    {
        using var handler = new FakeStatusHandler();
        handler.When("/a").Respond(200);
        handler.When("/b").Respond(200);
        handler.When("/c").Respond(200);
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));
        using FakeStatusScope outer = handler.BeginScope();
        outer.When("/a").Respond(501);
        outer.When("/b").Respond(502);

        using (FakeStatusScope inner = handler.BeginScope())
        {
            inner.When("/a").Respond(401);

            (await StatusOf(client, "/a")).Should().Be((HttpStatusCode)401);
            (await StatusOf(client, "/b")).Should().Be((HttpStatusCode)502);
            (await StatusOf(client, "/c")).Should().Be(HttpStatusCode.OK);
        }

        (await StatusOf(client, "/a")).Should().Be((HttpStatusCode)501, "the outer scope is current again");
    }

    [Test]
    public void Dispose_Twice_IsHarmless_AndRegisteringAfterwardsThrows()
    {
        using var handler = new FakeStatusHandler();
        FakeStatusScope scope = handler.BeginScope();

        scope.Dispose();
        scope.Dispose();

        scope.IsDisposed.Should().BeTrue();
        FluentActions.Invoking(() => scope.When("/x")).Should().Throw<ObjectDisposedException>().WithMessage("*FakeStatusScope has been disposed*BeginScope()*");
    }

    [Test]
    public async Task RequestCarryingADisposedScope_IsUnmatched_SayingWhy()
    {
        using var handler = new FakeStatusHandler();
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));
        Task<HttpResponseMessage> leaked;
        var release = new TaskCompletionSource();
        using (FakeStatusScope scope = handler.BeginScope())
        {
            scope.When("/late").Respond(200);
            leaked = Task.Run(async () =>
            {
                await release.Task;
                return await client.GetAsync("/late");
            });
        }

        release.SetResult();
        Func<Task> act = () => leaked;

        string message = (await act.Should().ThrowAsync<UnmatchedRequestException>()).Which.Message;
        Approvals.Verify(message);
    }

    [Test]
    public async Task UnmatchedWithoutScope_WhileScopesAreOpen_PointsAtTheLostContext()
    {
        using var handler = new FakeStatusHandler();
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));
        using FakeStatusScope scope = handler.BeginScope();
        scope.When("/orders").Respond(200);

        Func<Task> act;
        using (ExecutionContext.SuppressFlow())
        {
            act = SendWithoutContext(client, "/orders");
        }

        string message = (await act.Should().ThrowAsync<UnmatchedRequestException>()).Which.Message;
        Approvals.Verify(message);
    }

    [Test]
    public void VerifyCalled_OnAScope_WithAHandlerRoute_ThrowsNamingIt()
    {
        using var handler = new FakeStatusHandler();
        FakeRoute shared = handler.When("/x").Respond(200);
        using FakeStatusScope scope = handler.BeginScope();

        FluentActions.Invoking(() => scope.VerifyCalled(shared, 0)).Should().Throw<ArgumentException>().WithMessage("Route 'ANY /x' was registered on another handler or scope*");
        FluentActions.Invoking(() => handler.VerifyCalled(scope.When("/y").Respond(200), 0)).Should().Throw<ArgumentException>();
    }

    private static Func<Task> SendWithoutContext(HttpClient client, string path)
    {
        Task<HttpResponseMessage> sent = Task.Run(() => client.GetAsync(path));
        return () => sent;
    }

    private static Task<HttpStatusCode> StatusWithoutScope(HttpClient client)
    {
        using (ExecutionContext.SuppressFlow())
        {
            return Task.Run(() => StatusOf(client, "/pay"));
        }
    }

    private static async Task<HttpStatusCode> StatusOf(HttpClient client, string path)
    {
        using HttpResponseMessage response = await client.GetAsync(path);
        return response.StatusCode;
    }
}
