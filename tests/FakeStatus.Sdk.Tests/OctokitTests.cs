using FakeStatus.Sdk.Tests.Matrix;
using Octokit;
using Octokit.Internal;

namespace FakeStatus.Sdk.Tests;

/// <summary>Octokit against FakeStatus in the github style, chosen per route.</summary>
public sealed class OctokitTests
{
    internal const string Sdk = "Octokit 14.0.0";

    [TestCase(401, "AuthorizationException", "Bad credentials")]
    [TestCase(403, "RateLimitExceededException", "API rate limit exceeded for 203.0.113.7. (But here's the ...")]
    [TestCase(404, "NotFoundException", "Not Found")]
    [TestCase(409, "ApiException", "Git Repository is empty.")]
    [TestCase(429, "ApiException", "API rate limit exceeded for user ID 1.")]
    [TestCase(500, "ApiException", "Server Error")]
    [TestCase(503, "ApiException", "Service Unavailable")]
    public async Task GetRepository_ErrorStatus_RaisesOctokitsTypedException(int status, string raised, string message)
    {
        Observation seen = await Observe(status);

        seen.Should().Be(new Observation(raised, status, null, message, "FAKE:5747:5A7A7E:5A7A7E:000" + status));
    }

    [Test]
    public async Task GetRepository_403RateLimit_ReadsTheRateLimitHeaders()
    {
        using var handler = new FakeStatusHandler();
        handler.When("/repos/octo/hello").Respond(403, r => r.WithErrorStyle(ErrorStyle.GitHub));

        Func<Task> get = () => Client(handler).Repository.Get("octo", "hello");

        RateLimitExceededException error = (await get.Should().ThrowAsync<RateLimitExceededException>()).Which;
        error.Limit.Should().Be(60);
        error.Remaining.Should().Be(0);
        error.Reset.Should().Be(DateTimeOffset.FromUnixTimeSeconds(1772020800));
    }

    [Test]
    public async Task GetRepository_403WithAnotherMessage_IsForbiddenNotRateLimited()
    {
        using var handler = new FakeStatusHandler();
        handler.When("/repos/octo/hello").Respond(403, r => r.WithErrorStyle(ErrorStyle.GitHub, message: "Resource not accessible by integration"));

        Func<Task> get = () => Client(handler).Repository.Get("octo", "hello");

        (await get.Should().ThrowAsync<ForbiddenException>()).Which.Message.Should().Be("Resource not accessible by integration");
    }

    [Test]
    public async Task GetRepository_422_RaisesApiValidationException()
    {
        Observation seen = await ObserveValidation();

        seen.Raised.Should().Be("ApiValidationException");
        seen.Message.Should().Be("Validation Failed");
    }

    [Test]
    public async Task GetRepository_DefaultClient_Sees503ThenTheRepository()
    {
        // Octokit has no retry policy of its own: the caller sees the 503, and the next call gets the repository.
        using var handler = new FakeStatusHandler();
        FakeRoute route = handler.When("/repos/octo/hello").RespondInSequence(s => s
            .Respond(503, r => r.WithErrorStyle(ErrorStyle.GitHub))
            .Respond(200, r => r.WithBody("{\"id\": 1, \"name\": \"hello\", \"full_name\": \"octo/hello\"}", "application/json")));
        GitHubClient github = Client(handler);

        Func<Task> first = () => github.Repository.Get("octo", "hello");
        await first.Should().ThrowAsync<ApiException>();
        Repository repository = await github.Repository.Get("octo", "hello");

        repository.FullName.Should().Be("octo/hello");
        handler.VerifyCalled(route, times: 2);
    }

    internal static IEnumerable<MatrixCase> Cases()
    {
        foreach (int status in SdkStatuses.Common)
        {
            yield return new MatrixCase(Sdk, $"`github` {status}", () => Observe(status));
        }

        yield return new MatrixCase(Sdk, "`github` 422", ObserveValidation);
    }

    private static Task<Observation> Observe(int status) =>
        Observations.Of(Sdk, status.ToString(System.Globalization.CultureInfo.InvariantCulture), () => Get(status));

    private static Task<Observation> ObserveValidation() => Observations.Of(Sdk, "422", () => Get(422));

    private static async Task<Observation> Get(int status)
    {
        using var handler = new FakeStatusHandler();
        handler.When("/repos/octo/hello").Respond(status, r => r.WithErrorStyle(ErrorStyle.GitHub));
        try
        {
            await Client(handler).Repository.Get("octo", "hello");
            return Observation.NoException;
        }
        catch (ApiException e)
        {
            string? requestId = e.HttpResponse?.Headers.TryGetValue("x-github-request-id", out string? id) == true ? id : null;
            return new Observation(e.GetType().Name, (int)e.StatusCode, null, Observation.FirstLine(e.Message), requestId);
        }
    }

    private static GitHubClient Client(FakeStatusHandler handler) => new(new Connection(
        new ProductHeaderValue("fakestatus-tests"),
        new Uri("https://api.github.fakestatus.test/"),
        new InMemoryCredentialStore(Credentials.Anonymous),
        new HttpClientAdapter(() => new NonDisposing(handler)),
        new SimpleJsonSerializer()));

    /// <summary>Octokit disposes the handler it is given with its client; the test owns the FakeStatus handler.</summary>
    private sealed class NonDisposing(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        [System.Diagnostics.CodeAnalysis.SuppressMessage("Usage", "CA2215", Justification = "Not calling the base is the point: it would dispose the test's handler.")]
        protected override void Dispose(bool disposing)
        {
            // The inner handler belongs to the test, which disposes it.
        }
    }
}
