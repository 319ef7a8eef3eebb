namespace FakeStatus.Tests.Handler;

/// <summary>The words a handler uses for its settings, its log and its misuse.</summary>
public sealed class HandlerDetailTests
{
    [Test]
    public void Options_BadValues_AreRejectedNamingTheSettingAndWhatIsValid()
    {
        FluentActions.Invoking(() => new FakeStatusOptions { Catalog = null! })
            .Should().Throw<ArgumentNullException>()
            .WithMessage("Catalog must not be null; use StatusCatalog.Default for the built-in catalog.*")
            .Which.ParamName.Should().Be("Catalog");
        FluentActions.Invoking(() => new FakeStatusOptions { MaxRecordedRequests = -1 })
            .Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("MaxRecordedRequests must be 0 or more, or null to keep every request.*")
            .Which.ParamName.Should().Be("MaxRecordedRequests");
        FluentActions.Invoking(() => new FakeStatusOptions { Realism = (RealismCheck)3 })
            .Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("Realism must be RealismCheck.Off, Warn or Throw.*")
            .Which.ParamName.Should().Be("Realism");
    }

    [TestCase(RealismCheck.Off)]
    [TestCase(RealismCheck.Warn)]
    [TestCase(RealismCheck.Throw)]
    public void Options_EveryRealismCheck_IsAccepted(RealismCheck check)
    {
        new FakeStatusOptions { Realism = check }.Realism.Should().Be(check);
    }

    [TestCase(0)]
    [TestCase(1)]
    public void Options_NoneOrSomeRecordedRequests_AreAccepted(int max)
    {
        new FakeStatusOptions { MaxRecordedRequests = max }.MaxRecordedRequests.Should().Be(max);
    }

    [Test]
    public void UnmatchedPolicies_DescribeThemselves()
    {
        using var inner = new HttpClientHandler();

        UnmatchedPolicy.Throw.Description.Should().Be("throw UnmatchedRequestException");
        UnmatchedPolicy.Respond(404).ToString().Should().Be("respond http 404");
        UnmatchedPolicy.Respond("smtp", 530).Description.Should().Be("respond smtp 530");
        UnmatchedPolicy.PassThrough(inner).Description.Should().Be("pass through to HttpClientHandler");
        FluentActions.Invoking(() => UnmatchedPolicy.PassThrough(null!)).Should().Throw<ArgumentNullException>().WithParameterName("inner");
    }

    [Test]
    public async Task PassThrough_LogSaysWhereTheRequestWent_OrWhyItFailed()
    {
        using var inner = new AnsweringHandler(fail: false);
        using var failing = new AnsweringHandler(fail: true);
        using var handler = new FakeStatusHandler(new FakeStatusOptions { Unmatched = UnmatchedPolicy.PassThrough(inner) });
        using var broken = new FakeStatusHandler(new FakeStatusOptions { Unmatched = UnmatchedPolicy.PassThrough(failing) });
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));
        using HttpClient brokenClient = broken.ToHttpClient(new Uri("https://api.test"));

        using HttpResponseMessage response = await client.GetAsync("/users/1");
        Func<Task> failed = () => brokenClient.GetAsync("/users/1");
        await failed.Should().ThrowAsync<HttpRequestException>();

        handler.Requests.Single().Detail.Should().Be("passed through to AnsweringHandler");
        handler.Requests.Single().StatusCode.Should().Be(202);
        broken.Requests.Single().Outcome.Should().Be(RequestOutcome.PassThroughFailed);
        broken.Requests.Single().Detail.Should().Be("pass-through failed: HttpRequestException");
    }

    [Test]
    public async Task DisposedHandler_SaysSoAndHowToKeepItAlive()
    {
        var handler = new FakeStatusHandler();
        using var client = new HttpClient(handler);
        client.Dispose();

        using var invoker = new HttpMessageInvoker(handler, disposeHandler: false);
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://api.test/200");
        Func<Task> act = () => invoker.SendAsync(request, CancellationToken.None);

        (await act.Should().ThrowAsync<ObjectDisposedException>()).Which.Message.Should()
            .Contain("This FakeStatusHandler has been disposed; create a new one per test.")
            .And.Contain("handler.ToHttpClient() or new HttpClient(handler, disposeHandler: false)");
    }

    [Test]
    public async Task VerifyNoUnmatchedRequests_CountsAndListsThem()
    {
        using var handler = new FakeStatusHandler(new FakeStatusOptions { Unmatched = UnmatchedPolicy.Respond(404), UseUrlConventions = false });
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));
        using HttpResponseMessage first = await client.GetAsync("/a");
        using HttpResponseMessage second = await client.PostAsync("/b", null);

        FluentActions.Invoking(handler.VerifyNoUnmatchedRequests).Should().Throw<FakeStatusVerificationException>()
            .WithMessage("Expected no unmatched requests, but 2 went unmatched:\n    GET https://api.test/a*\n    POST https://api.test/b*");
    }

    private sealed class AnsweringHandler(bool fail) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            fail
                ? Task.FromException<HttpResponseMessage>(new HttpRequestException("no network in tests"))
                : Task.FromResult(new HttpResponseMessage(HttpStatusCode.Accepted));
    }
}
