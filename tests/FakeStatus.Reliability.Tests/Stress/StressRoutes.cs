using Microsoft.Extensions.Time.Testing;

namespace FakeStatus.Reliability.Tests.Stress;

/// <summary>Builds the one handler the stress run shares: explicit routes of every kind next to the URL conventions.</summary>
internal static class StressRoutes
{
    public const int RandomSeed = 20260225;
    public const int RouteSeed = 42;
    public const string StepHeader = "X-Step";

    public static readonly TimeSpan SlowDelay = TimeSpan.FromMilliseconds(250);

    public static FakeStatusHandler Create(FakeTimeProvider clock, int steps)
    {
        var handler = new FakeStatusHandler(new FakeStatusOptions { TimeProvider = clock, RandomSeed = RandomSeed, MaxRecordedRequests = null, RealisticDelivery = false });
        handler.When(HttpMethod.Get, "/api/users").Respond(200, r => r.WithJsonBody(new { id = 1, name = "Ada" }));
        handler.When(HttpMethod.Get, "/api/orders/{id}").Respond(201, r => r.WithLocation("/api/orders/1"));
        AddRandom(handler);
        for (int k = 0; k < StressPlan.SequenceRoutes; k++)
        {
            handler.When("/seq/" + k).Named("seq-" + k).RespondInSequence(s =>
            {
                for (int step = 1; step <= steps; step++)
                {
                    string value = step.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    s.Respond(StressPlan.StepCode(step), r => r.WithHeader(StepHeader, value));
                }

                s.ThrowWhenExhausted();
            });
        }

        handler.When("/slow").Respond(200, r => r.WithDelay(SlowDelay));
        handler.When(HttpMethod.Post, "/api/echo").ForBody(b => b.StartsWith("ping ", StringComparison.Ordinal)).Respond(202);
        handler.When("/hang").Throw(FakeFault.Timeout());
        return handler;
    }

    /// <summary>The seeded random route, alone on a handler, to replay its draws sequentially.</summary>
    public static FakeStatusHandler AddRandom(FakeStatusHandler handler)
    {
        handler.When("/flaky/{id}").Named("flaky").RespondRandomly(RouteSeed, r => r
            .Respond(0.7, 200)
            .Respond(0.2, 503)
            .Throw(0.1, FakeFault.ConnectionRefused()));
        return handler;
    }

    /// <summary>Whether <paramref name="e"/> is the exception a request of <paramref name="kind"/> is allowed to raise.</summary>
    public static bool IsExpected(StressKind kind, Exception e) => kind switch
    {
        StressKind.Random => e is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError },
        StressKind.Sequence => e is SequenceExhaustedException,
        StressKind.Timeout => e is TaskCanceledException { InnerException: TimeoutException },
        StressKind.Unmatched => e is UnmatchedRequestException,
        _ => false,
    };

    /// <summary>The status a kind must answer, or null when the oracle is a set (checked elsewhere).</summary>
    public static int? ExpectedStatus(long i) => StressPlan.KindOf(i) switch
    {
        StressKind.ConventionCode => StressPlan.CodeOf(i),
        StressKind.ConventionNamed => int.Parse(StressPlan.PathOf(i).AsSpan(StressPlan.PathOf(i).Length - 3), System.Globalization.CultureInfo.InvariantCulture),
        StressKind.ConventionControls => i % 2 == 0 ? 503 : 429,
        StressKind.ConventionSleep => 504,
        StressKind.Literal or StressKind.Delayed => 200,
        StressKind.Templated => 201,
        StressKind.Post => 202,
        _ => null,
    };
}
