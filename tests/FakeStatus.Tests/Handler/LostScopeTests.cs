namespace FakeStatus.Tests.Handler;

/// <summary>
/// A request that arrives outside every scope while scopes are open (a TestServer that drops the test's async context) is
/// explained where the test looks: the exception, the handler's verification and the scope's verification name the cause and the fix.
/// </summary>
public sealed class LostScopeTests
{
    [Test]
    public async Task Send_OutsideEveryScopeWhileScopesHaveTheRoute_ExplainsTheLostContextEverywhere()
    {
        using var handler = new FakeStatusHandler(new FakeStatusOptions { TimeProvider = TestClock.AtSeedTime() });
        using HttpClient client = handler.ToHttpClient(new Uri("https://app.test"));

        // Three parallel tests, each with its own scope and the same route; a fourth scope without it.
        (FakeStatusScope Scope, FakeRoute? Route)[] tests = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => Task.Run(() =>
        {
            FakeStatusScope scope = handler.BeginScope();
            return (scope, i < 3 ? scope.When(HttpMethod.Post, "/payments").Respond(201) : null);
        })));

        // What an app under a TestServer without PreserveExecutionContext sends: the test's request, in no scope.
        Func<Task> lost = () => Task.Run(() => client.PostAsync(new Uri("/payments", UriKind.Relative), null));

        string unmatched = (await lost.Should().ThrowAsync<UnmatchedRequestException>()).Which.Message;
        Approvals.Verify(unmatched, "Send_OutsideEveryScope_Unmatched");
        string handlerVerification = FluentActions.Invoking(handler.VerifyNoUnmatchedRequests).Should().Throw<FakeStatusVerificationException>().Which.Message;
        Approvals.Verify(handlerVerification, "Send_OutsideEveryScope_HandlerVerification");
        string scopeVerification = FluentActions.Invoking(() => tests[0].Scope.VerifyCalled(tests[0].Route!, 1)).Should().Throw<FakeStatusVerificationException>().Which.Message;
        Approvals.Verify(scopeVerification, "Send_OutsideEveryScope_ScopeVerification");

        foreach ((FakeStatusScope scope, _) in tests)
        {
            scope.Dispose();
        }
    }

    [Test]
    public async Task Send_OutsideEveryScopeWithNoScopeOpen_SaysNothingAboutScopes()
    {
        using var handler = new FakeStatusHandler(new FakeStatusOptions { TimeProvider = TestClock.AtSeedTime() });
        using HttpClient client = handler.ToHttpClient(new Uri("https://app.test"));

        Func<Task> send = () => client.PostAsync(new Uri("/payments", UriKind.Relative), null);

        (await send.Should().ThrowAsync<UnmatchedRequestException>()).Which.Message.Should().NotContain("scope").And.NotContain("PreserveExecutionContext");
    }
}
