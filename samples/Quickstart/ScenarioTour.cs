using System.Diagnostics.CodeAnalysis;
using FakeStatus;

namespace Quickstart;

/// <summary>The scenarios the README shows, as running code: each method returns what the README claims.</summary>
public static class ScenarioTour
{
    /// <summary>A login that gets SMTP 530, then succeeds: the statuses seen, in order.</summary>
    public static async Task<IReadOnlyList<int>> RetryAsync()
    {
        // begin-snippet: scenario-sequence
        using var handler = new FakeStatusHandler();
        FakeRoute login = handler.When(HttpMethod.Post, "/login").Respond("smtp", 530);
        FakeRoute orders = handler.When("/orders/{id}").RespondInSequence(s => s
            .Respond(503, r => r.WithRetryAfter(TimeSpan.FromSeconds(30)))
            .Respond(503)
            .Respond(200, r => r.WithJsonBody(new { id = 7, status = "shipped" })));

        using HttpClient client = handler.ToHttpClient(new Uri("https://shop.test"));
        // POST /login -> 530; GET /orders/7 -> 503, 503, 200, 200...
        // end-snippet
        var seen = new List<int>();
        using (HttpResponseMessage loginResponse = await client.PostAsync("/login", null))
        {
            seen.Add((int)loginResponse.StatusCode);
        }

        for (int i = 0; i < 4; i++)
        {
            using HttpResponseMessage order = await client.GetAsync("/orders/7");
            seen.Add((int)order.StatusCode);
        }

        // begin-snippet: scenario-verify
        handler.VerifyCalled(login, times: 1);
        handler.VerifyCalled(orders, times: 4);
        handler.VerifyAllRoutesUsed();
        handler.VerifyNoUnmatchedRequests();
        // end-snippet
        return seen;
    }

    /// <summary>Each fault, caught as the exception a real SocketsHttpHandler raises: the exception type names.</summary>
    [SuppressMessage("Design", "CA1031", Justification = "The tour shows every fault a client receives, whatever its type.")]
    public static async Task<IReadOnlyList<string>> FaultsAsync()
    {
        // begin-snippet: scenario-faults
        using var handler = new FakeStatusHandler();
        handler.When("/slow").Throw(FakeFault.Timeout());                  // TaskCanceledException -> TimeoutException
        handler.When("/down").Throw(FakeFault.ConnectionRefused());        // HttpRequestException, HttpRequestError.ConnectionError
        handler.When("/dns").Throw(FakeFault.NameResolutionFailure());     // HttpRequestException, HttpRequestError.NameResolutionError
        handler.When("/reset").Throw(FakeFault.ConnectionReset());         // HttpRequestException -> IOException -> SocketException
        handler.When("/cut").Respond(200, r => r.WithBodyEndingEarly(10)); // HttpIOException, HttpRequestError.ResponseEnded
        // end-snippet
        using HttpClient client = handler.ToHttpClient(new Uri("https://shop.test"));
        var caught = new List<string>();
        foreach (string path in new[] { "/slow", "/down", "/dns", "/reset", "/cut" })
        {
            try
            {
                using HttpResponseMessage response = await client.GetAsync(path);
                caught.Add("none");
            }
            catch (Exception e)
            {
                caught.Add(e is HttpRequestException h ? $"{e.GetType().Name}({h.HttpRequestError})" : $"{e.GetType().Name}({e.InnerException?.GetType().Name})");
            }
        }

        return caught;
    }

    /// <summary>A 30-second back-off on a fake clock: the time between the two attempts, with no real waiting.</summary>
    [SuppressMessage("Reliability", "CA2025", Justification = "The call is awaited before the handler and client are disposed.")]
    public static async Task<TimeSpan> BackOffAsync(TimeProvider clock, Func<Task> advance)
    {
        ArgumentNullException.ThrowIfNull(advance);
        // begin-snippet: scenario-time
        using var handler = new FakeStatusHandler(clock);   // e.g. a FakeTimeProvider
        handler.When("/report").RespondInSequence(s => s
            .Respond(503, r => r.WithRetryAfter(TimeSpan.FromSeconds(30)))
            .Respond(200));
        // end-snippet
        using HttpClient client = handler.ToHttpClient(new Uri("https://shop.test"));
        Task<int> call = GetHonouringRetryAfterAsync(client, clock);
        for (int i = 0; i < 100 && !call.IsCompleted; i++)
        {
            await advance();
        }

        await call.WaitAsync(TimeSpan.FromSeconds(30));
        IReadOnlyList<RecordedRequest> requests = handler.Requests;
        return requests[^1].ArrivedAt - requests[0].ArrivedAt;
    }

    private static async Task<int> GetHonouringRetryAfterAsync(HttpClient client, TimeProvider clock)
    {
        while (true)
        {
            using HttpResponseMessage response = await client.GetAsync("/report");
            if (response.Headers.RetryAfter?.Delta is not { } wait)
            {
                return (int)response.StatusCode;
            }

            await Task.Delay(wait, clock);
        }
    }
}
