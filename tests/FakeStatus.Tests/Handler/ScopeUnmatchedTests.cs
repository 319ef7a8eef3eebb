namespace FakeStatus.Tests.Handler;

/// <summary>What an unmatched or failed request from a scope says about that scope: where it came from, and its routes.</summary>
public sealed class ScopeUnmatchedTests
{
    [Test]
    public async Task Unmatched_FromAnOpenScope_NamesTheScopeAndListsItsRoutesWithTheHandlers()
    {
        using var handler = new FakeStatusHandler(new FakeStatusOptions { UseUrlConventions = false, TimeProvider = TestClock.AtSeedTime() });
        handler.When("/handler-route").Respond(200);
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));
        using FakeStatusScope scope = handler.BeginScope();
        scope.When("/scope-route").Respond(201);

        Func<Task> act = () => client.GetAsync(new Uri("/scope-rout", UriKind.Relative));

        string message = (await act.Should().ThrowAsync<UnmatchedRequestException>()).Which.Message;
        Approvals.Verify(message);
    }

    [Test]
    public async Task Unmatched_AfterEveryScopeEnded_SaysNothingAboutScopes()
    {
        using var handler = new FakeStatusHandler(new FakeStatusOptions { UseUrlConventions = false, TimeProvider = TestClock.AtSeedTime() });
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));
        handler.BeginScope().Dispose();

        Func<Task> act = () => client.GetAsync(new Uri("/x", UriKind.Relative));

        (await act.Should().ThrowAsync<UnmatchedRequestException>()).Which.Message.Should().NotContain("scope");
    }

    [Test]
    public async Task Send_FromAScopeWithARouteNeverFinished_ThrowsNamingIt()
    {
        using var handler = new FakeStatusHandler(TestClock.AtSeedTime());
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));
        using FakeStatusScope scope = handler.BeginScope();
        scope.When(HttpMethod.Post, "/orders");

        Func<Task> act = () => client.PostAsync(new Uri("/orders", UriKind.Relative), null);

        (await act.Should().ThrowAsync<InvalidOperationException>()).Which.Message.Should()
            .StartWith("1 route(s) were started with When(...) but never given a response, and would have matched this request: 'POST /orders'.");
    }
}
