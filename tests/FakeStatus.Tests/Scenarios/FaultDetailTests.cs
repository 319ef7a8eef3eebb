using System.Net.Sockets;

namespace FakeStatus.Tests.Scenarios;

/// <summary>The words, names and inner exceptions of each fault, as a caller that logs or inspects them sees them.</summary>
public sealed class FaultDetailTests
{
    [Test]
    public async Task Timeout_InnerExceptions_ReadAsHttpClientsDo()
    {
        Exception thrown = await RaiseAsync(FakeFault.Timeout());

        thrown.Should().BeOfType<TaskCanceledException>();
        thrown.InnerException.Should().BeOfType<TimeoutException>().Which.Message.Should().Be("The operation was canceled.");
        thrown.InnerException!.InnerException.Should().BeOfType<TaskCanceledException>().Which.Message.Should().Be("The operation was canceled.");
    }

    [TestCase(0)]
    [TestCase(-1)]
    public void Timeout_NotPositive_IsRejectedNamingWhatIsValid(int seconds)
    {
        FluentActions.Invoking(() => FakeFault.Timeout(TimeSpan.FromSeconds(seconds)))
            .Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("A client timeout must be positive, e.g. TimeSpan.FromSeconds(100).*")
            .Which.ParamName.Should().Be("clientTimeout");
    }

    [Test]
    public void Timeout_OfOneTick_IsAccepted()
    {
        FakeFault.Timeout(TimeSpan.FromTicks(1)).Name.Should().Be("timeout");
    }

    [Test]
    public async Task NameResolutionFailure_NamesTheHostAndPortAsSocketsHttpHandlerDoes()
    {
        Exception thrown = await RaiseAsync(FakeFault.NameResolutionFailure(), "http://api.test:8080/x");

        thrown.Message.Should().Be("Name or service not known (api.test:8080)");
    }

    [Test]
    public async Task ConnectionReset_InnerIOException_SaysTheTransportConnectionWasReset()
    {
        Exception thrown = await RaiseAsync(FakeFault.ConnectionReset());

        thrown.InnerException.Should().BeOfType<IOException>()
            .Which.Message.Should().Be("Unable to read data from the transport connection: Connection reset by peer.");
    }

    [Test]
    public async Task CustomFactoryReturningNull_FailsTheRequestSayingSo()
    {
        Exception thrown = await RaiseAsync(FakeFault.Custom(_ => null!));

        thrown.Should().BeOfType<InvalidOperationException>()
            .Which.Message.Should().Be("The FakeFault.Exception factory returned null; it must return the exception to throw.");
    }

    [Test]
    public void Names_AndDescriptions_SayWhatHappensAndAfterHowLong()
    {
        FakeFault.Timeout().ToString().Should().Be("timeout");
        FakeFault.ConnectionRefused().Name.Should().Be("connection refused");
        FakeFault.NameResolutionFailure().Name.Should().Be("name resolution failure");
        FakeFault.ConnectionReset().Name.Should().Be("connection reset");
        FakeFault.ConnectionClosed().Name.Should().Be("connection closed without a response");
        FakeFault.Custom(_ => new InvalidOperationException()).Name.Should().Be("custom exception");
        FakeFault.ConnectionReset().After(TimeSpan.FromSeconds(1.5)).ToString().Should().Be("connection reset after 1500 ms");
        FakeFault.ConnectionReset().After(TimeSpan.FromSeconds(1.5)).Delay.Should().Be(TimeSpan.FromSeconds(1.5));
        FakeFault.ConnectionReset().After(TimeSpan.Zero).ToString().Should().Be("connection reset");
    }

    [Test]
    public async Task RouteAnswerAndLog_NameTheFault()
    {
        using var handler = new FakeStatusHandler(TestClock.AtSeedTime());
        FakeRoute route = handler.When("/x").Throw(FakeFault.ConnectionRefused());
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));

        Func<Task> act = () => client.GetAsync("/x");
        await act.Should().ThrowAsync<HttpRequestException>();

        route.Answer.Should().Be("connection refused");
        handler.Requests.Single().Outcome.Should().Be(RequestOutcome.Faulted);
    }

    private static async Task<Exception> RaiseAsync(FakeFault fault, string url = "https://api.test/x")
    {
        using var handler = new FakeStatusHandler(TestClock.AtSeedTime());
        handler.When("/x").Throw(fault);
        using var client = new HttpClient(handler, disposeHandler: false);
        try
        {
            using HttpResponseMessage response = await client.GetAsync(new Uri(url));
        }
        catch (Exception e)
        {
            return e;
        }

        throw new AssertionException("the fault was not raised");
    }
}
