// The parallel version of CheckoutTests: one app, one handler, every test in parallel. Each test's routes live in its own
// scope (handler.BeginScope()) and answer only the requests that flow from that test's async context, which the TestServer
// carries into the app because CheckoutAppFactory sets PreserveExecutionContext = true. Tests that wait on the fake clock each
// drive it with RunUntilCompleteAsync: runs may overlap, and the clock moves only when all of them are idle.
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FakeStatus;
using FluentAssertions;
using NUnit.Framework;

namespace WebAppSample.Tests.Scoped;

[Parallelizable(ParallelScope.All)]
public sealed class ScopedCheckoutTests
{
    private static readonly CheckoutRequest Order = new("ada@example.test", 12.50m, "EUR");
    private CheckoutAppFactory _app = null!;
    private HttpClient _client = null!;

    [OneTimeSetUp]
    public void StartTheApp()
    {
        _app = new CheckoutAppFactory();
        _client = _app.CreateClient();   // starts the host outside any test's scope
    }

    [OneTimeTearDown]
    public void StopTheApp()
    {
        _client.Dispose();
        _app.Dispose();
    }

    [Test]
    public async Task Checkout_PaymentAndReceiptSucceed_SendsExactlyWhatTheProvidersExpect()
    {
        // begin-snippet: aspnetcore-scope
        using FakeStatusScope scope = _app.Handler.BeginScope();   // this test's routes, requests and verification
        FakeRoute charge = scope.When(HttpMethod.Post, "https://payments.test/v1/charges")
            .Respond(201, r => r.WithJsonBody(new { id = "ch_1" }));
        FakeRoute receipt = scope.When(HttpMethod.Post, "https://relay.test/v1/messages").Respond("smtp", 250);

        using HttpResponseMessage response = await _client.PostAsJsonAsync("/checkout", Order);

        (await response.Content.ReadFromJsonAsync<CheckoutResponse>()).Should().Be(new CheckoutResponse("ch_1", ReceiptSent: true));
        scope.VerifyCalled(charge, times: 1);
        scope.VerifyCalled(receipt, times: 1);
        scope.Requests[0].BodyText.Should().Be("""{"amount":12.50,"currency":"EUR","customerEmail":"ada@example.test"}""");
        // end-snippet
        scope.Requests.Should().HaveCount(2, "the scope sees this test's requests only, whatever runs beside it");
    }

    [Test]
    public async Task Checkout_MailRelayAnswersSmtp530_ChargesOnceReportsTheReceiptUnsentAndDoesNotRetry()
    {
        using FakeStatusScope scope = _app.Handler.BeginScope();
        scope.When(HttpMethod.Post, "https://payments.test/v1/charges").Respond(200, r => r.WithJsonBody(new { id = "ch_2" }));
        FakeRoute receipt = scope.When(HttpMethod.Post, "https://relay.test/v1/messages").Respond("smtp", 530);

        using HttpResponseMessage response = await _client.PostAsJsonAsync("/checkout", Order);

        (await response.Content.ReadFromJsonAsync<CheckoutResponse>())!.ReceiptSent.Should().BeFalse();
        scope.VerifyCalled(receipt, times: 1);
    }

    [Test]
    public async Task Checkout_Payment503Then200_RetriesOnTheFakeClock()
    {
        using FakeStatusScope scope = _app.Handler.BeginScope();
        FakeRoute charge = scope.When(HttpMethod.Post, "https://payments.test/v1/charges").RespondInSequence(s => s
            .Respond(503)
            .Respond(200, r => r.WithJsonBody(new { id = "ch_3" })));
        scope.When(HttpMethod.Post, "https://relay.test/v1/messages").Respond("smtp", 250);

        // The clock is shared by the tests running beside this one: it moves only when every test's run is idle, so no
        // test's timer fires before it is due.
        using HttpResponseMessage response = await _app.Time.RunUntilCompleteAsync(() => _client.PostAsJsonAsync("/checkout", Order));

        (await response.Content.ReadFromJsonAsync<CheckoutResponse>())!.ChargeId.Should().Be("ch_3");
        scope.VerifyCalled(charge, times: 2);
    }

    [Test]
    public async Task Checkout_PaymentKeepsAnsweringCloudflare520_Answers502WithProblemDetails()
    {
        using FakeStatusScope scope = _app.Handler.BeginScope();
        FakeRoute charge = scope.When(HttpMethod.Post, "https://payments.test/v1/charges").Respond(520);

        using HttpResponseMessage response = await _app.Time.RunUntilCompleteAsync(() => _client.PostAsJsonAsync("/checkout", Order));

        response.StatusCode.Should().Be(HttpStatusCode.BadGateway);
        using JsonDocument problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        problem.RootElement.GetProperty("upstreamStatus").GetInt32().Should().Be(520);
        scope.VerifyCalled(charge, times: 1 + CheckoutServices.PaymentRetries);
    }

    [Test]
    public async Task Checkout_PaymentTimesOut_Answers504()
    {
        using FakeStatusScope scope = _app.Handler.BeginScope();
        FakeRoute charge = scope.When(HttpMethod.Post, "https://payments.test/v1/charges").Throw(FakeFault.Timeout());

        using HttpResponseMessage response = await _client.PostAsJsonAsync("/checkout", Order);

        response.StatusCode.Should().Be(HttpStatusCode.GatewayTimeout);
        scope.VerifyCalled(charge, times: 1);
        scope.Requests.Should().ContainSingle("no receipt is sent for a charge that may not have been made");
    }

    /// <summary>
    /// The isolation guarantee: 64 checkouts at once against one app and one handler, each registering a different answer on
    /// the same path inside its own scope, each seeing only its own answer and its own requests; 20 rounds, no cross-talk.
    /// </summary>
    [Test]
    public async Task Checkout_64ScopesInParallelOnTheSamePath_EachSeesOnlyItsOwnAnswer()
    {
        const int Checkouts = 64;
        const int Rounds = 20;
        for (int round = 0; round < Rounds; round++)
        {
            Task<string>[] checkouts = Enumerable.Range(0, Checkouts).Select(i => CheckoutInItsOwnScope($"ch_{round}_{i}")).ToArray();

            string[] problems = (await Task.WhenAll(checkouts)).Where(problem => problem.Length > 0).ToArray();

            problems.Should().BeEmpty($"round {round}: every scope answers its own requests only");
        }

        async Task<string> CheckoutInItsOwnScope(string chargeId)
        {
            await Task.Yield();   // start each checkout on its own async flow, so the scopes begin concurrently
            using FakeStatusScope scope = _app.Handler.BeginScope();
            FakeRoute charge = scope.When(HttpMethod.Post, "https://payments.test/v1/charges")
                .Respond(200, r => r.WithJsonBody(new { id = chargeId }));
            scope.When(HttpMethod.Post, "https://relay.test/v1/messages").Respond("smtp", 250);

            using HttpResponseMessage response = await _client.PostAsJsonAsync("/checkout", Order);
            CheckoutResponse? answer = await response.Content.ReadFromJsonAsync<CheckoutResponse>();

            if (answer?.ChargeId != chargeId)
            {
                return $"{chargeId} got {answer?.ChargeId ?? response.StatusCode.ToString()}";
            }

            if (scope.Requests.Count != 2 || !scope.Requests[1].BodyText.Contains(chargeId, StringComparison.Ordinal))
            {
                return $"{chargeId} recorded {string.Join(", ", scope.Requests.Select(r => r.BodyText))}";
            }

            scope.VerifyCalled(charge, times: 1);
            return string.Empty;
        }
    }
}
