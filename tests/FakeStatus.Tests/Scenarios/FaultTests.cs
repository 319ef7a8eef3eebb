using System.Net.Sockets;

namespace FakeStatus.Tests.Scenarios;

public sealed class FaultTests
{
    private FakeStatusHandler _handler = null!;
    private HttpClient _client = null!;

    [SetUp]
    public void SetUp()
    {
        _handler = new FakeStatusHandler();
        _client = _handler.ToHttpClient(new Uri("https://api.test"));
    }

    [TearDown]
    public void TearDown()
    {
        _client.Dispose();
        _handler.Dispose();
    }

    [Test]
    public async Task Timeout_ThroughHttpClient_IsWhatHttpClientTimeoutProduces()
    {
        _handler.When("/slow").Throw(FakeFault.Timeout());

        Func<Task> act = () => _client.GetAsync("/slow");

        var thrown = await act.Should().ThrowAsync<TaskCanceledException>();
        thrown.Which.Message.Should().Be("The request was canceled due to the configured HttpClient.Timeout of 100 seconds elapsing.");
        thrown.Which.InnerException.Should().BeOfType<TimeoutException>();
        _handler.Requests.Single().StatusCode.Should().BeNull();
    }

    [Test]
    public async Task Timeout_WithClientTimeout_NamesIt()
    {
        _handler.When("/slow").Throw(FakeFault.Timeout(TimeSpan.FromSeconds(2.5)));

        Func<Task> act = () => _client.GetAsync("/slow");

        (await act.Should().ThrowAsync<TaskCanceledException>()).Which.Message.Should().Contain("HttpClient.Timeout of 2.5 seconds");
    }

    [Test]
    public async Task ConnectionRefused_IsHttpRequestExceptionWithConnectionError()
    {
        _handler.When("/x").Throw(FakeFault.ConnectionRefused());

        Func<Task> act = () => _client.GetAsync("/x");

        var thrown = await act.Should().ThrowAsync<HttpRequestException>();
        thrown.Which.HttpRequestError.Should().Be(ExpectedError(HttpRequestError.ConnectionError));
        thrown.Which.Message.Should().Be("Connection refused (api.test:443)");
        thrown.Which.InnerException.Should().BeOfType<SocketException>().Which.SocketErrorCode.Should().Be(SocketError.ConnectionRefused);
    }

    [Test]
    public async Task NameResolutionFailure_IsHttpRequestExceptionWithNameResolutionError()
    {
        _handler.When("/x").Throw(FakeFault.NameResolutionFailure());

        Func<Task> act = () => _client.GetAsync("/x");

        var thrown = await act.Should().ThrowAsync<HttpRequestException>();
        thrown.Which.HttpRequestError.Should().Be(ExpectedError(HttpRequestError.NameResolutionError));
        thrown.Which.InnerException.Should().BeOfType<SocketException>().Which.SocketErrorCode.Should().Be(SocketError.HostNotFound);
    }

    [Test]
    public async Task ConnectionReset_IsHttpRequestExceptionOverIOExceptionOverSocketException()
    {
        _handler.When("/x").Throw(FakeFault.ConnectionReset());

        Func<Task> act = () => _client.GetAsync("/x");

        var thrown = await act.Should().ThrowAsync<HttpRequestException>();
        thrown.Which.HttpRequestError.Should().Be(HttpRequestError.Unknown);
        thrown.Which.Message.Should().Be("An error occurred while sending the request.");
        thrown.Which.InnerException.Should().BeOfType<IOException>()
            .Which.InnerException.Should().BeOfType<SocketException>().Which.SocketErrorCode.Should().Be(SocketError.ConnectionReset);
    }

    [Test]
    public async Task CustomException_IsRaisedFreshPerRequest()
    {
        _handler.When("/x").Throw(FakeFault.Custom(r => new InvalidOperationException("boom " + r.RequestUri!.AbsolutePath)));

        Func<Task> act = () => _client.GetAsync("/x");

        var first = await act.Should().ThrowAsync<InvalidOperationException>().WithMessage("boom /x");
        var second = await act.Should().ThrowAsync<InvalidOperationException>();
        second.Which.Should().NotBeSameAs(first.Which);
    }

    [Test]
    public async Task FaultAfterDelay_WaitsOnTheFakeClockFirst()
    {
        var clock = TestClock.AtSeedTime();
        using var handler = new FakeStatusHandler(clock);
        handler.When("/x").Throw(FakeFault.ConnectionReset().After(TimeSpan.FromSeconds(30)));
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));

        Task<HttpResponseMessage> pending = client.GetAsync("/x");
        clock.Advance(TimeSpan.FromSeconds(29));
        pending.IsCompleted.Should().BeFalse();
        clock.Advance(TimeSpan.FromSeconds(1));

        Func<Task> act = () => pending;
        await act.Should().ThrowAsync<HttpRequestException>();
    }

    [Test]
    public void Faults_SurfaceThroughTheTask_NotSynchronously()
    {
        _handler.When("/x").Throw(FakeFault.ConnectionRefused());
        using var invoker = new HttpMessageInvoker(_handler, disposeHandler: false);
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://api.test/x");

        Task<HttpResponseMessage> task = invoker.SendAsync(request, CancellationToken.None);

        task.IsFaulted.Should().BeTrue();
        task.Exception!.InnerException.Should().BeOfType<HttpRequestException>();
    }

    [Test]
    public void FaultFactories_RejectBadInput()
    {
        FluentActions.Invoking(() => FakeFault.Custom(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => FakeFault.Timeout().After(TimeSpan.FromSeconds(-1))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("delay");
    }

    /// <summary>The error a fault carries: the netstandard2.0 build has no HttpRequestError to set, so it stays Unknown there.</summary>
    private static HttpRequestError ExpectedError(HttpRequestError error) =>
#if FAKESTATUS_NETSTANDARD
        HttpRequestError.Unknown;
#else
        error;
#endif
}
