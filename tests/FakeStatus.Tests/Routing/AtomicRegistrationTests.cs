using System.Collections.Concurrent;

namespace FakeStatus.Tests.Routing;

/// <summary>
/// A route exists only once it is complete; a registration that throws leaves the handler as it was; a route left without a
/// response troubles only the requests it would have matched and <c>VerifyAll</c>, never another test's requests.
/// </summary>
public sealed class AtomicRegistrationTests
{
    private const string Cassette = "{\"version\": 1, \"interactions\": [{\"request\": {\"method\": \"GET\", \"url\": \"https://api.test/recorded\"}, "
        + "\"response\": {\"status\": 200, \"reasonPhrase\": \"OK\"}}]}";

    private static readonly (string Name, Action<FakeStatusHandler> Register)[] ThrowingRegistrations =
    [
        ("duplicate Named", h => h.When("/b").Named("taken").Respond(200)),
        ("ForJsonBody(\"{\")", h => h.When(HttpMethod.Post, "/b").ForJsonBody("{").Respond(200)),
        ("Respond(\"gopher\", 200)", h => h.When("/b").Respond("gopher", 200)),
        ("Times(0)", h => h.When("/b").RespondInSequence(s => s.Respond(503).Times(0))),
        ("ForHeader(\"bad name\")", h => h.When("/b").ForHeader("bad name").Respond(200)),
        ("Respond(42)", h => h.When("/b").Respond(42)),
        ("replaying one cassette twice", h => FakeStatus.Cassette.Parse(Cassette).ReplayInto(h)),
    ];

    private static IEnumerable<TestCaseData> Registrations() => ThrowingRegistrations.Select(r => new TestCaseData(r.Register).SetArgDisplayNames(r.Name));

    [TestCaseSource(nameof(Registrations))]
    public async Task Register_ThatThrows_LeavesTheHandlerAnsweringAsBefore(Action<FakeStatusHandler> register)
    {
        using var handler = new FakeStatusHandler();
        FakeRoute taken = handler.When("/a").Named("taken").Respond(200);
        FakeStatus.Cassette.Parse(Cassette).ReplayInto(handler);
        int before = handler.Routes.Count;
        using HttpClient client = handler.ToHttpClient(new Uri("https://api.test"));

        FluentActions.Invoking(() => register(handler)).Should().Throw<Exception>();

        handler.Routes.Should().HaveCount(before);
        using HttpResponseMessage convention = await client.GetAsync(new Uri("/503", UriKind.Relative));
        using HttpResponseMessage routed = await client.GetAsync(new Uri("/a", UriKind.Relative));
        using HttpResponseMessage replayed = await client.GetAsync(new Uri("/recorded", UriKind.Relative));
        Func<Task> sameTemplate = () => client.PostAsync(new Uri("/b", UriKind.Relative), new StringContent("{}"));

        ((int)convention.StatusCode).Should().Be(503);
        ((int)routed.StatusCode).Should().Be(200);
        ((int)replayed.StatusCode).Should().Be(200);
        await sameTemplate.Should().ThrowAsync<UnmatchedRequestException>("the failed registration left no route behind, finished or not");
        handler.VerifyCalled(taken, 1);
        FluentActions.Invoking(handler.VerifyAllRoutesUsed).Should().NotThrow("every route is used and none is left pending");
    }

    [Test]
    public async Task When_WithoutAResponse_FailsOnlyTheRequestsItWouldHaveMatched()
    {
        using var handler = new FakeStatusHandler();
        handler.When(HttpMethod.Post, "/orders/{id}").ForHeader("Idempotency-Key");
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));

        using HttpResponseMessage unrelated = await client.GetAsync(new Uri("/503", UriKind.Relative));
        Func<Task> otherMethod = () => client.GetAsync(new Uri("/orders/7", UriKind.Relative));
        Func<Task> matching = () => client.PostAsync(new Uri("/orders/7", UriKind.Relative), null);

        ((int)unrelated.StatusCode).Should().Be(503);
        await otherMethod.Should().ThrowAsync<UnmatchedRequestException>("a GET is not the unfinished POST route's business");
        (await matching.Should().ThrowAsync<InvalidOperationException>()).Which.Message.Should().Be(
            "1 route(s) were started with When(...) but never given a response, and would have matched this request: 'POST /orders/{id} [Idempotency-Key]'. " +
            "Finish each with Respond(...), RespondInSequence(...), RespondRandomly(...) or Throw(...).");
        FluentActions.Invoking(handler.VerifyAll).Should().Throw<FakeStatusVerificationException>().WithMessage("*never given a response: 'POST /orders/{id} [Idempotency-Key]'*");
    }

    [Test]
    public async Task When_WithoutAResponseInOneScope_DoesNotTroubleAnotherScopesRequests()
    {
        using var handler = new FakeStatusHandler();
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));
        FakeStatusScope? forgetful = null;
        await Task.Run(() =>
        {
            forgetful = handler.BeginScope();
            forgetful.When("/orders");
        });

        using FakeStatusScope scope = handler.BeginScope();
        FakeRoute orders = scope.When("/orders").Respond(202);
        using HttpResponseMessage response = await client.GetAsync(new Uri("/orders", UriKind.Relative));

        ((int)response.StatusCode).Should().Be(202);
        scope.VerifyAll();
        scope.VerifyCalled(orders, 1);
        FluentActions.Invoking(forgetful!.VerifyAll).Should().Throw<FakeStatusVerificationException>().WithMessage("*never given a response: 'ANY /orders'*");
        forgetful.Dispose();
    }

    [Test]
    public async Task Send_WhileOtherThreadsRegister_NoRequestFails()
    {
        const int Threads = 8;
        const int Rounds = 300;
        using var handler = new FakeStatusHandler();
        FakeRoute shared = handler.When(HttpMethod.Get, "/orders").Respond(200);
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));
        var failures = new ConcurrentQueue<Exception>();
        int registered = 0;
        int named = 0;

        Task[] registering = Enumerable.Range(0, Threads).Select(t => Task.Run(() =>
        {
            for (int i = 0; i < Rounds; i++)
            {
                RouteBuilder builder = handler.When(HttpMethod.Post, $"/registered/{t}/{i}").ForHeader("X-Round").ForQuery("q", "1");
                if (i % 10 == 0)
                {
                    // Two names shared by every thread: the first registration of each wins, the rest throw and must leave nothing behind.
                    try
                    {
                        builder.Named("taken-" + (i % 20)).Respond(200);
                        Interlocked.Increment(ref named);
                    }
                    catch (ArgumentException)
                    {
                    }

                    continue;
                }

                builder.Respond(201);
                Interlocked.Increment(ref registered);
            }
        })).ToArray();

        Task[] sending = Enumerable.Range(0, Threads).Select(t => Task.Run(async () =>
        {
            using FakeStatusScope scope = handler.BeginScope();
            FakeRoute mine = scope.When("/mine").Respond(204);
            for (int i = 0; i < Rounds; i++)
            {
                try
                {
                    using HttpResponseMessage response = await client.GetAsync(new Uri((i % 3) switch { 0 => "/503", 1 => "/orders", _ => "/mine" }, UriKind.Relative));
                    ((int)response.StatusCode).Should().Be((i % 3) switch { 0 => 503, 1 => 200, _ => 204 });
                }
#pragma warning disable CA1031 // Every failure is collected and asserted on below.
                catch (Exception e)
#pragma warning restore CA1031
                {
                    failures.Enqueue(e);
                }
            }

            scope.VerifyCalled(mine, Rounds / 3);
        })).ToArray();

        await Task.WhenAll(registering.Concat(sending));

        failures.Should().BeEmpty();
        handler.VerifyCalled(shared, Threads * Rounds / 3);
        named.Should().Be(2);
        handler.Routes.Should().HaveCount(1 + registered + named);
        FluentActions.Invoking(handler.VerifyAll).Should().Throw<FakeStatusVerificationException>().Which.Message.Should().NotContain("never given a response");
    }
}
