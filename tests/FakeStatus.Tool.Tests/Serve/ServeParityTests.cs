using FakeStatus.Tool.Commands;
using FakeStatus.Tool.Serve;
using Microsoft.Extensions.Time.Testing;

namespace FakeStatus.Tool.Tests.Serve;

/// <summary>
/// <c>fakestatus serve</c> and the in-process <see cref="FakeStatusHandler"/> answer the same requests the same way: every URL
/// convention form, control, error-style prefix and special catalog code goes to both, under each of serve's options, and the
/// status, reason phrase, headers and body (or the network failure) must be equal. Only what the wire adds legitimately
/// differs: <c>Date</c> (Kestrel's clock) and <c>Content-Length</c> (Kestrel's framing; the body itself is compared).
/// </summary>
[TestFixture(false)]
[TestFixture(true)]
public sealed class ServeParityTests(bool realisticRetryAfter)
{
    private const int Seed = 7;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private static readonly string[] WireHeaders = ["Date", "Content-Length"];

    private FakeTimeProvider _clock = null!;
    private FakeStatusServer _server = null!;
    private FakeStatusHandler _library = null!;
    private HttpClient _overHttp = null!;
    private HttpClient _inProcess = null!;

    /// <summary>Method, path and request headers ("Name: value").</summary>
    public static IEnumerable<TestCaseData> Requests()
    {
        string[] paths =
        [
            "/200", "/503", "/429", "/418", "/299", "/999", "/status/503", "/status/429",
            "/smtp/530", "/smtp/250", "/ftp/530", "/ftp/421", "/http/204", "/http/530",
            "/cloudflare/530", "/cloudflare/520", "/pantheon/530", "/530?variant=pantheon", "/503/any/more/segments?x=1",
            "/503?sleep=0", "/503?suppressBody=true", "/200?suppressBody=true&sleep=0",
            "/random/200,500", "/random/200,500", "/random/500-504", "/status/200:0.9,500:0.1",
            "/azure-storage/503", "/azure-rest/429", "/aws-s3/404", "/aws-json/500", "/google/403", "/openai/status/429",
            "/stripe/402", "/github/404", "/problem-details/500", "/aws-s3/random/500,503", "/openai/smtp/530",
            "/status/5031", "/random/200,abc", "/503?sleep=abc", "/503?sleep=-1", "/503?variant=nosuch", "/status/200:x",
        ];
        foreach (string path in paths)
        {
            yield return Case("GET", path);
        }

        // Every catalog code a real client never receives as a status (closed connections, substitute pages, log-only codes).
        foreach (StatusDefinition special in StatusCatalog.Default.ForProtocol(StatusCatalog.Http)
            .Where(d => d.ClientReceives != ClientReceives.Status && d.Vendor is not null))
        {
            yield return Case("GET", $"/{special.Vendor}/{special.Code}");
        }

        yield return Case("HEAD", "/503");
        yield return Case("POST", "/201");
        yield return Case("DELETE", "/204");
        yield return Case("GET", "/429", "Accept: text/plain");
        yield return Case("GET", "/429", "Accept: application/problem+json");
        yield return Case("GET", "/azure-storage/503", "Accept: application/problem+json");
        yield return Case("GET", "/503", "Accept: text/html, text/plain;q=0.5");
        yield return Case("GET", "/200", "X-HttpStatus-Response-Foo: bar");
        yield return Case("GET", "/429", "X-HttpStatus-Response-Retry-After: 5");
        yield return Case("GET", "/200", "X-HttpStatus-Sleep: 0");
        yield return Case("GET", "/200", "X-HttpStatus-Sleep: soon");
    }

    [OneTimeSetUp]
    public async Task StartBoth()
    {
        _clock = new FakeTimeProvider(new DateTimeOffset(2026, 2, 25, 12, 0, 0, TimeSpan.Zero));
        _server = await FakeStatusServer.StartAsync(
            IPAddress.Loopback, 0, ServeCommand.ServerOptions(Seed, realisticRetryAfter, _clock), CancellationToken.None);
        _library = new FakeStatusHandler(new FakeStatusOptions { RandomSeed = Seed, RealisticRetryAfter = realisticRetryAfter, TimeProvider = _clock });
        _overHttp = new HttpClient { BaseAddress = _server.Address, Timeout = Patience };
        _inProcess = _library.ToHttpClient(new Uri("https://fake.test"));
    }

    [OneTimeTearDown]
    public async Task StopBoth()
    {
        _overHttp.Dispose();
        _inProcess.Dispose();
        _library.Dispose();
        await _server.DisposeAsync();
    }

    [TestCaseSource(nameof(Requests))]
    public async Task Serve_SameRequest_AnswersAsTheLibrary(string method, string path, string[] headers)
    {
        string served = await AnswerAsync(_overHttp, method, path, headers);
        string direct = await AnswerAsync(_inProcess, method, path, headers);

        served.Should().Be(direct, "serve must answer {0} {1} as FakeStatusHandler does", method, path);
    }

    private static TestCaseData Case(string method, string path, params string[] headers) =>
        new TestCaseData(method, path, headers).SetArgDisplayNames(method, path, string.Join("; ", headers));

    /// <summary>The answer as text: status line, sorted headers and body, or the failure the client saw.</summary>
    private static async Task<string> AnswerAsync(HttpClient client, string method, string path, string[] headers)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));
        if (method == "POST")
        {
            request.Content = new StringContent("{\"a\":1}", System.Text.Encoding.UTF8, "application/json");
        }

        foreach (string header in headers)
        {
            string[] parts = header.Split(": ", 2);
            request.Headers.TryAddWithoutValidation(parts[0], parts[1]).Should().BeTrue(header);
        }

        try
        {
            using HttpResponseMessage response = await client.SendAsync(request);
            IEnumerable<string> lines = response.Headers.Concat(response.Content.Headers)
                .Where(h => !WireHeaders.Contains(h.Key, StringComparer.OrdinalIgnoreCase))
                .Select(h => h.Key.ToUpperInvariant() + ": " + string.Join(", ", h.Value))
                .Order(StringComparer.Ordinal);
            string body = await response.Content.ReadAsStringAsync();
            return $"{(int)response.StatusCode} {response.ReasonPhrase}\n{string.Join("\n", lines)}\n\n{body}";
        }
        catch (HttpRequestException e)
        {
            return $"{nameof(HttpRequestException)} ({e.HttpRequestError}): {e.Message} / {e.InnerException?.GetType().Name}: {e.InnerException?.Message}";
        }
        catch (TaskCanceledException e) when (e.InnerException is TimeoutException)
        {
            return "timed out";
        }
    }
}
