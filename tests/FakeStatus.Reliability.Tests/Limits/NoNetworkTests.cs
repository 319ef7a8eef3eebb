namespace FakeStatus.Reliability.Tests.Limits;

/// <summary>The handler never opens a socket unless pass-through was configured: a host that cannot resolve proves it.</summary>
public sealed class NoNetworkTests
{
    private static readonly Uri Unresolvable = new("https://no-such-host.invalid");

    [Test]
    public async Task DefaultHandler_UnresolvableHostWithNoConvention_ThrowsUnmatchedNotANetworkError()
    {
        using var handler = new FakeStatusHandler();
        using HttpClient client = handler.ToHttpClient(Unresolvable);

        Func<Task> act = () => client.GetAsync("/users/1");

        (await act.Should().ThrowExactlyAsync<UnmatchedRequestException>())
            .WithMessage("*GET https://no-such-host.invalid/users/1*");
    }

    [Test]
    public async Task DefaultHandler_UnresolvableHostWithConvention_AnswersInProcess()
    {
        using var handler = new FakeStatusHandler();
        using HttpClient client = handler.ToHttpClient(Unresolvable);

        using HttpResponseMessage response = await client.GetAsync("/503");

        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
    }

    [Test]
    public async Task PassThrough_IsTheOnlyWayOut_AndReallyReachesTheNetworkStack()
    {
        using var real = new SocketsHttpHandler();
        using var handler = new FakeStatusHandler(new FakeStatusOptions { Unmatched = UnmatchedPolicy.PassThrough(real) });
        using HttpClient client = handler.ToHttpClient(Unresolvable);

        Func<Task> act = () => client.GetAsync("/users/1");

        // DNS fails for .invalid (RFC 6761), so this proves a real lookup happened without needing a network.
        (await act.Should().ThrowAsync<HttpRequestException>()).Which.HttpRequestError.Should().Be(HttpRequestError.NameResolutionError);
        handler.Requests.Should().ContainSingle().Which.Outcome.Should().Be(RequestOutcome.PassThroughFailed);
    }
}
