using FakeStatus.Tool.Serve;
using Microsoft.Extensions.Time.Testing;

namespace FakeStatus.Tool.Tests.Serve;

/// <summary>
/// <c>fakestatus serve</c> driven by curl over real HTTP on 127.0.0.1: the request headers an in-process test can send
/// (<c>Accept</c>, <c>X-HttpStatus-Response-*</c>, <c>X-HttpStatus-Sleep</c>) work the same over the wire.
/// </summary>
[TestFixture]
public sealed class ServeOverCurlTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Test]
    public async Task Serve_AcceptTextPlain_AnswersPlainText()
    {
        await using var server = await InProcessServer.StartAsync();

        (int exitCode, string output) = await Curl.RunAsync(new Uri(server.Address, "/429"), "-H", "Accept: text/plain");

        exitCode.Should().Be(0, output);
        output.Should().StartWith("HTTP/1.1 429 Too Many Requests\r\n");
        Curl.Header(output, "Content-Type").Should().StartWith("text/plain");
        Curl.Body(output).Should().Be("429 Too Many Requests");
    }

    [Test]
    public async Task Serve_AcceptProblemJson_AnswersRfc9457()
    {
        await using var server = await InProcessServer.StartAsync();

        (int exitCode, string output) = await Curl.RunAsync(new Uri(server.Address, "/429"), "-H", "Accept: application/problem+json");

        exitCode.Should().Be(0, output);
        Curl.Header(output, "Content-Type").Should().Be("application/problem+json");
        Curl.Body(output).Should().Be("{\"type\": \"about:blank\", \"title\": \"Too Many Requests\", \"status\": 429, \"instance\": \"/429\"}");
    }

    [Test]
    public async Task Serve_ResponseHeaderRequest_AnswersWithThatHeader()
    {
        await using var server = await InProcessServer.StartAsync();

        (int exitCode, string output) = await Curl.RunAsync(new Uri(server.Address, "/200"), "-H", "X-HttpStatus-Response-Foo: bar");

        exitCode.Should().Be(0, output);
        output.Should().StartWith("HTTP/1.1 200 OK\r\n");
        Curl.Header(output, "Foo").Should().Be("bar");
    }

    [Test]
    public async Task Serve_SleepHeader_AnswersOnlyWhenTheClockHasAdvanced()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 2, 25, 12, 0, 0, TimeSpan.Zero));
        var watch = new TimerWatch(clock);
        await using FakeStatusServer server = await FakeStatusServer.StartAsync(
            IPAddress.Loopback, 0, new FakeStatusOptions { TimeProvider = watch }, CancellationToken.None);

        Task<(int ExitCode, string Output)> curl = Curl.RunAsync(new Uri(server.Address, "/200"), "-H", "X-HttpStatus-Sleep: 60000");
        TimeSpan wait = await watch.FirstTimer.WaitAsync(Patience);

        wait.Should().Be(TimeSpan.FromSeconds(60), "the header's milliseconds reach the handler's delay");
        curl.IsCompleted.Should().BeFalse("the answer waits for the handler's clock");
        clock.Advance(TimeSpan.FromSeconds(60));
        (int exitCode, string output) = await curl.WaitAsync(Patience);
        exitCode.Should().Be(0, output);
        output.Should().StartWith("HTTP/1.1 200 OK\r\n");
    }

    [Test]
    public async Task Serve_HeadersContentHeadersAndBody_ReachTheHandler()
    {
        await using FakeStatusServer server = await FakeStatusServer.StartAsync(IPAddress.Loopback, 0, new FakeStatusOptions(), CancellationToken.None);
        server.Handler.When(HttpMethod.Post, "/orders")
            .ForRequest(r => r.Headers.TryGetValues("X-Trace", out var trace) && trace.Single() == "abc")
            .ForRequest(r => r.Content?.Headers.ContentType?.MediaType == "application/json")
            .ForBody(body => body == "{\"a\":1}")
            .Respond(201);

        (int exitCode, string output) = await Curl.RunAsync(
            new Uri(server.Address, "/orders"), "-X", "POST", "-H", "Content-Type: application/json", "-H", "X-Trace: abc", "--data", "{\"a\":1}");

        exitCode.Should().Be(0, output);
        output.Should().StartWith("HTTP/1.1 201 Created\r\n", "the route matches only when header, content header and body all arrived");
    }

    [Test]
    public async Task Serve_Seed_RandomDrawsAreTheSeededStreamOfOneHandler()
    {
        await using var server = await InProcessServer.StartAsync("--seed", "7");
        using var client = new HttpClient { Timeout = Patience };
        using var reference = new FakeStatusHandler(new FakeStatusOptions { RandomSeed = 7 });
        using HttpClient inProcess = reference.ToHttpClient(new Uri("https://fake.test"));

        var served = new List<int>();
        var expected = new List<int>();
        for (int i = 0; i < 20; i++)
        {
            using HttpResponseMessage overHttp = await client.GetAsync(new Uri(server.Address, "/random/200,500"));
            using HttpResponseMessage direct = await inProcess.GetAsync(new Uri("/random/200,500", UriKind.Relative));
            served.Add((int)overHttp.StatusCode);
            expected.Add((int)direct.StatusCode);
        }

        expected.Distinct().Should().HaveCount(2, "twenty draws of seed 7 give both codes, so a handler per request would differ");
        served.Should().Equal(expected);
        server.Output.Should().Contain("Random seed: 7");
    }
}
