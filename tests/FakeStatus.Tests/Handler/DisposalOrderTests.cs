namespace FakeStatus.Tests.Handler;

/// <summary>
/// What a disposed handler or scope refuses, checked before anything else it would complain about, and what disposing
/// leaves alone (the clients' and the pass-through's handlers).
/// </summary>
public sealed class DisposalOrderTests
{
    private const string ScopeDisposed = "This FakeStatusScope has been disposed; begin a new scope with handler.BeginScope().";

    [TestCase("")]
    [TestCase("no-leading-slash")]
    public void When_OnADisposedHandlerWithABadTemplate_ThrowsObjectDisposedNotArgument(string template)
    {
        var handler = new FakeStatusHandler();
        handler.Dispose();

        FluentActions.Invoking(() => handler.When(template)).Should().Throw<ObjectDisposedException>()
            .WithMessage("This FakeStatusHandler has been disposed; create a new one per test.*");
        FluentActions.Invoking(() => handler.When(HttpMethod.Get, template)).Should().Throw<ObjectDisposedException>()
            .WithMessage("This FakeStatusHandler has been disposed; create a new one per test.*");
        FluentActions.Invoking(() => handler.When(null!, "/x")).Should().Throw<ObjectDisposedException>();
    }

    [Test]
    public void Respond_OnARouteStartedBeforeTheHandlerWasDisposed_ThrowsObjectDisposed()
    {
        var handler = new FakeStatusHandler();
        RouteBuilder started = handler.When("/x");
        handler.Dispose();

        FluentActions.Invoking(() => started.Respond(200)).Should().Throw<ObjectDisposedException>()
            .WithMessage("This FakeStatusHandler has been disposed; create a new one per test.*");
    }

    [Test]
    public void BeginScopeAndToHttpClient_OnADisposedHandler_ThrowObjectDisposed()
    {
        var handler = new FakeStatusHandler();
        handler.Dispose();

        FluentActions.Invoking(handler.BeginScope).Should().Throw<ObjectDisposedException>()
            .WithMessage("This FakeStatusHandler has been disposed; create a new one per test.*");
        FluentActions.Invoking(() => handler.ToHttpClient()).Should().Throw<ObjectDisposedException>()
            .WithMessage("This FakeStatusHandler has been disposed; create a new one per test.*");
    }

    [Test]
    public async Task ToHttpClient_ClientDisposed_HandlerKeepsAnswering()
    {
        using var handler = new FakeStatusHandler(TestClock.AtSeedTime());
        handler.ToHttpClient(new Uri("https://fake.test")).Dispose();

        using HttpClient second = handler.ToHttpClient(new Uri("https://fake.test"));
        using HttpResponseMessage response = await second.GetAsync(new Uri("/503", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
    }

    [Test]
    public void Dispose_LeavesThePassThroughHandlerUndisposed()
    {
        using var inner = new DisposalTrackingHandler();
        var handler = new FakeStatusHandler(new FakeStatusOptions { Unmatched = UnmatchedPolicy.PassThrough(inner) });

        handler.Dispose();

        inner.Disposed.Should().BeFalse("the caller owns the handler it passes through to");
    }

    [TestCase("")]
    [TestCase("no-leading-slash")]
    public void When_OnADisposedScopeWithABadTemplate_ThrowsObjectDisposedNotArgument(string template)
    {
        using var handler = new FakeStatusHandler();
        FakeStatusScope scope = handler.BeginScope();
        scope.Dispose();

        FluentActions.Invoking(() => scope.When(template)).Should().Throw<ObjectDisposedException>().WithMessage(ScopeDisposed + "*");
        FluentActions.Invoking(() => scope.When(HttpMethod.Get, template)).Should().Throw<ObjectDisposedException>().WithMessage(ScopeDisposed + "*");
        FluentActions.Invoking(() => scope.When(null!, "/x")).Should().Throw<ObjectDisposedException>().WithMessage(ScopeDisposed + "*");
    }

    [Test]
    public void Respond_OnARouteStartedBeforeTheScopeWasDisposed_ThrowsObjectDisposed()
    {
        using var handler = new FakeStatusHandler();
        FakeStatusScope scope = handler.BeginScope();
        RouteBuilder started = scope.When("/x");
        scope.Dispose();

        FluentActions.Invoking(() => started.Respond(200)).Should().Throw<ObjectDisposedException>().WithMessage(ScopeDisposed + "*")
            .Which.ObjectName.Should().Be("FakeStatusScope");
    }

    [Test]
    public void ScopeToString_NamesTheScope_AndSaysWhenItIsDisposed()
    {
        using var handler = new FakeStatusHandler();
        using FakeStatusScope first = handler.BeginScope();
        FakeStatusScope second = handler.BeginScope();

        first.ToString().Should().Be("scope #1");
        second.ToString().Should().Be("scope #2");
        second.Dispose();
        second.ToString().Should().Be("scope #2 (disposed)");
    }

    /// <summary>An inner handler that says whether it was disposed; it never answers.</summary>
    private sealed class DisposalTrackingHandler : HttpMessageHandler
    {
        public bool Disposed { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            throw new NotSupportedException("Never called in these tests.");

        protected override void Dispose(bool disposing)
        {
            Disposed = true;
            base.Dispose(disposing);
        }
    }
}
