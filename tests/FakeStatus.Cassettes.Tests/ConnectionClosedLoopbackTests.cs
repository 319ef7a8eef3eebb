namespace FakeStatus.Cassettes.Tests;

/// <summary>
/// nginx 444 (<see cref="FakeFault.ConnectionClosed"/>) checked against a real server on loopback that closes the connection
/// without a response: FakeStatus raises what a real <see cref="SocketsHttpHandler"/> raises.
/// </summary>
public sealed class ConnectionClosedLoopbackTests
{
    // Only a guard against a hang; the real server closes at once.
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(5);

    [Test]
    public async Task Nginx444_RaisesWhatARealClientRaisesWhenTheServerClosesTheConnection()
    {
        using var server = new ClosingListener();
        using var sockets = new SocketsHttpHandler { UseProxy = false };
        using var real = new HttpClient(sockets) { BaseAddress = server.BaseAddress };
        using var guard = new CancellationTokenSource(Guard);
        using var handler = new FakeStatusHandler();
        using HttpClient fake = handler.ToHttpClient(new Uri("https://fake.test"));

        HttpRequestException expected = (await FluentActions.Awaiting(() => real.GetAsync(new Uri("/nginx/444", UriKind.Relative), guard.Token))
            .Should().ThrowAsync<HttpRequestException>()).Which;
        HttpRequestException actual = (await FluentActions.Awaiting(() => fake.GetAsync(new Uri("/nginx/444", UriKind.Relative)))
            .Should().ThrowAsync<HttpRequestException>()).Which;

        await TestContext.Out.WriteLineAsync($"real client, {server.Connections} connection(s): {Describe(expected)}");
        actual.GetType().Should().Be(expected.GetType());
        actual.HttpRequestError.Should().Be(expected.HttpRequestError).And.Be(HttpRequestError.ResponseEnded);
        actual.Message.Should().Be(expected.Message);
        InnerTypes(actual).Should().Equal(InnerTypes(expected));
        actual.InnerException!.Message.Should().Be(expected.InnerException!.Message);
        ((HttpIOException)actual.InnerException).HttpRequestError.Should().Be(((HttpIOException)expected.InnerException).HttpRequestError);
    }

    private static List<Type> InnerTypes(Exception exception)
    {
        var types = new List<Type>();
        for (Exception? inner = exception.InnerException; inner is not null; inner = inner.InnerException)
        {
            types.Add(inner.GetType());
        }

        return types;
    }

    private static string Describe(Exception exception) =>
        exception.InnerException is null
            ? $"{exception.GetType().Name}: {exception.Message}"
            : $"{exception.GetType().Name}: {exception.Message} -> {Describe(exception.InnerException)}";
}
