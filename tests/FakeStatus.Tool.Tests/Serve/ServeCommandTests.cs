using System.Net.Sockets;

namespace FakeStatus.Tool.Tests.Serve;

/// <summary><c>serve</c> in-process on a free loopback port, read by a real HttpClient and by curl.</summary>
[TestFixture]
public sealed class ServeCommandTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Test]
    public async Task Serve_Smtp530_HttpClientGetsTheCanonicalResponse()
    {
        await using var server = await InProcessServer.StartAsync();
        using var client = new HttpClient { Timeout = Patience };

        using HttpResponseMessage response = await client.GetAsync(new Uri(server.Address, "/smtp/530"));

        ((int)response.StatusCode).Should().Be(530);
        response.ReasonPhrase.Should().Be("Authentication Required");
        response.Content.Headers.ContentType!.ToString().Should().Be("application/json");
        response.Content.Headers.ContentLength.Should().Be(63);
        response.Headers.GetValues("Date").Should().ContainSingle();
        response.Headers.Contains("Server").Should().BeFalse("Kestrel's Server header is off; the seed has none");
        (await response.Content.ReadAsByteArrayAsync()).Should().Equal("{\"error\": \"server_error\", \"message\": \"Authentication Required\"}"u8.ToArray());
    }

    [Test]
    public async Task Serve_VendorAndHeaders_ForwardsCatalogHeadersAndBody()
    {
        await using var server = await InProcessServer.StartAsync();
        using var client = new HttpClient { Timeout = Patience };

        using HttpResponseMessage limited = await client.GetAsync(new Uri(server.Address, "/429"));
        using HttpResponseMessage cloudflare = await client.GetAsync(new Uri(server.Address, "/cloudflare/530"));
        using HttpResponseMessage noContent = await client.GetAsync(new Uri(server.Address, "/http/204"));

        limited.Headers.GetValues("Retry-After").Should().Equal(["1"], "serve cuts the catalog's Retry-After: 120 as the handler does");
        cloudflare.ReasonPhrase.Should().Be("Origin DNS error");
        cloudflare.Headers.GetValues("Server").Should().Equal("cloudflare");
        (await noContent.Content.ReadAsByteArrayAsync()).Should().BeEmpty();
    }

    [Test]
    public async Task Serve_RealisticRetryAfter_SendsTheCatalogsWait()
    {
        await using var server = await InProcessServer.StartAsync("--realistic-retry-after");
        using var client = new HttpClient { Timeout = Patience };

        using HttpResponseMessage limited = await client.GetAsync(new Uri(server.Address, "/429"));

        limited.Headers.GetValues("Retry-After").Should().Equal("120");
    }

    [Test]
    public async Task Serve_UnmatchedPath_Answers404ThatSpeaksToCommandLineUsers()
    {
        await using var server = await InProcessServer.StartAsync();
        using var client = new HttpClient { Timeout = Patience };

        using HttpResponseMessage response = await client.GetAsync(new Uri(server.Address, "/favicon.ico"));

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        string body = await response.Content.ReadAsStringAsync();
        body.Should().Contain("GET /favicon.ico").And.Contain("/{protocol}/{code}").And.Contain("'fakestatus list'");
        body.Should().NotContain("handler.").And.NotContain("FakeStatusOptions", "a command-line user registers no routes");
        AssertEveryControlIsNamed(body);
    }

    [Test]
    public async Task Serve_Help_NamesEveryFormControlStyleAndSpecialCode()
    {
        ToolRun run = await ToolRun.RunAsync("serve", "--help");

        run.ExitCode.Should().Be(0, run.Stderr);
        AssertEveryControlIsNamed(run.Stdout);
        run.Stdout.Should().Contain("/nginx/444").And.Contain("close the connection").And.Contain("/nginx/494").And.Contain("/nginx/499").And.Contain("/aws-elb/460");
    }

    [Test]
    public async Task Serve_Curl_GetsTheSeedResponse()
    {
        await using var server = await InProcessServer.StartAsync();

        (int exitCode, string output) = await Curl.RunAsync(new Uri(server.Address, "/smtp/530"));

        exitCode.Should().Be(0);
        output.Should().StartWith("HTTP/1.1 530 Authentication Required\r\n");
        output.Should().Contain("Content-Type: application/json\r\n").And.Contain("Content-Length: 63\r\n");
        output.Should().EndWith("\r\n\r\n{\"error\": \"server_error\", \"message\": \"Authentication Required\"}");
    }

    [Test]
    public async Task Serve_PortInUse_OneLineErrorAndExitCode1()
    {
        using var blocker = new TcpListener(IPAddress.Loopback, 0);
        blocker.Start();
        int port = ((IPEndPoint)blocker.LocalEndpoint).Port;

        ToolRun run = await ToolRun.RunAsync("serve", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));

        run.ExitCode.Should().Be(ToolApp.RuntimeError);
        run.Stderr.Should().Be($"fakestatus: error: cannot listen on http://127.0.0.1:{port}: the port is already in use; choose another with --port.\n");
    }

    [Test]
    public async Task Serve_Cancelled_StopsGracefullyWithExitCode0()
    {
        var server = await InProcessServer.StartAsync();

        int exitCode = await server.StopAsync();

        exitCode.Should().Be(0);
        server.Output.Should().EndWith("Stopped.\n");
    }

    private static void AssertEveryControlIsNamed(string text)
    {
        text.Should().Contain("/random/").And.Contain("/status/{code}:{weight}").And.Contain("?sleep=").And.Contain("?variant=").And.Contain("?suppressBody=")
            .And.Contain("X-HttpStatus-Sleep").And.Contain("X-HttpStatus-Response-").And.Contain("Accept");
        foreach (ErrorStyle style in ErrorStyle.BuiltIn)
        {
            text.Should().Contain(style.Name, "the error-style prefix /{0}/... works on serve", style.Name);
        }
    }
}
