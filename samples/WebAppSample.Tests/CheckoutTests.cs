using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FakeStatus;
using FluentAssertions;
using NUnit.Framework;

namespace WebAppSample.Tests;

/// <summary>
/// The checkout app against faked providers. Each test starts its own app, so routes registered by one test never answer
/// another's requests; see Scoped/ for the version that runs in parallel against one app.
/// </summary>
public sealed class CheckoutTests
{
    private static readonly CheckoutRequest Order = new("ada@example.test", 12.50m, "EUR");
    private CheckoutAppFactory _app = null!;
    private HttpClient _client = null!;

    [SetUp]
    public void SetUp()
    {
        _app = new CheckoutAppFactory();
        _client = _app.CreateClient();
    }

    [TearDown]
    public void TearDown()
    {
        _client.Dispose();
        _app.Dispose();
    }

    [Test]
    public async Task Checkout_PaymentAndReceiptSucceed_SendsExactlyWhatTheProvidersExpect()
    {
        // begin-snippet: aspnetcore-verify
        FakeStatusHandler handler = _app.Handler;
        FakeRoute charge = handler.When(HttpMethod.Post, "https://payments.test/v1/charges")
            .Respond(201, r => r.WithJsonBody(new { id = "ch_1" }));
        FakeRoute receipt = handler.When(HttpMethod.Post, "https://relay.test/v1/messages").Respond("smtp", 250);

        using HttpResponseMessage response = await _client.PostAsJsonAsync("/checkout", Order);

        (await response.Content.ReadFromJsonAsync<CheckoutResponse>()).Should().Be(new CheckoutResponse("ch_1", ReceiptSent: true));
        handler.VerifyCalled(charge, times: 1);
        handler.VerifyCalled(receipt, times: 1);
        RecordedRequest payment = handler.Requests[0];
        payment.BodyText.Should().Be("""{"amount":12.50,"currency":"EUR","customerEmail":"ada@example.test"}""");
        payment.GetHeaderValues("Authorization").Should().Equal("Bearer test-key");
        handler.Requests[1].BodyText.Should().Be(
            """{"from":"receipts@shop.test","to":"ada@example.test","subject":"Your receipt","text":"We charged EUR 12.50 (charge ch_1)."}""");
        // end-snippet
        payment.GetHeaderValues("Idempotency-Key").Should().ContainSingle().Which.Should().MatchRegex("^[0-9a-f]{32}$");
        handler.VerifyNoUnmatchedRequests();
    }

    [Test]
    public async Task Checkout_MailRelayAnswersSmtp530_ChargesOnceReportsTheReceiptUnsentAndDoesNotRetry()
    {
        // begin-snippet: aspnetcore-smtp-530
        FakeStatusHandler handler = _app.Handler;
        handler.When(HttpMethod.Post, "https://payments.test/v1/charges").Respond(200, r => r.WithJsonBody(new { id = "ch_2" }));
        FakeRoute receipt = handler.When(HttpMethod.Post, "https://relay.test/v1/messages").Respond("smtp", 530);   // 530 Authentication Required

        using HttpResponseMessage response = await _client.PostAsJsonAsync("/checkout", Order);

        response.StatusCode.Should().Be(HttpStatusCode.OK);   // the shopper has paid; the receipt is reported unsent
        (await response.Content.ReadFromJsonAsync<CheckoutResponse>())!.ReceiptSent.Should().BeFalse();
        handler.VerifyCalled(receipt, times: 1);               // the app's resilience handler does not retry a 530
        // end-snippet
    }

    [Test]
    public async Task Checkout_Payment503Then200_RetriesOnTheFakeClockWithTheSameIdempotencyKey()
    {
        // begin-snippet: aspnetcore-retry
        FakeStatusHandler handler = _app.Handler;
        FakeRoute charge = handler.When(HttpMethod.Post, "https://payments.test/v1/charges").RespondInSequence(s => s
            .Respond(503)                                              // with Retry-After: 1, FakeStatus's default
            .Respond(200, r => r.WithJsonBody(new { id = "ch_3" })));
        handler.When(HttpMethod.Post, "https://relay.test/v1/messages").Respond("smtp", 250);

        // The app's retry waits on the fake clock: the test moves it on, no real time passes.
        using HttpResponseMessage response = await _app.Time.RunUntilCompleteAsync(() => _client.PostAsJsonAsync("/checkout", Order));

        (await response.Content.ReadFromJsonAsync<CheckoutResponse>())!.ChargeId.Should().Be("ch_3");
        handler.VerifyCalled(charge, times: 2);
        // end-snippet
        RecordedRequest[] attempts = handler.Requests.Where(r => r.Route == charge).ToArray();
        // At least the app's own delay, not the 503's Retry-After: 1, which the app ignores at the checkout.
        // (Not exactly 2 s: the clock steps on while the retry is being scheduled.)
        (attempts[1].ArrivedAt - attempts[0].ArrivedAt).Should().BeGreaterThanOrEqualTo(CheckoutServices.PaymentRetryDelay)
            .And.BeLessThan(TimeSpan.FromSeconds(120));
        attempts.Select(a => a.GetHeaderValues("Idempotency-Key").Single()).Distinct().Should().ContainSingle(
            "every attempt of one charge carries one key, so the provider charges once");
    }

    [Test]
    public async Task Checkout_PaymentKeepsAnsweringCloudflare520_Answers502WithProblemDetails()
    {
        FakeStatusHandler handler = _app.Handler;
        FakeRoute charge = handler.When(HttpMethod.Post, "https://payments.test/v1/charges").Respond(520);
        FakeRoute receipt = handler.When(HttpMethod.Post, "https://relay.test/v1/messages").Respond("smtp", 250);

        using HttpResponseMessage response = await _app.Time.RunUntilCompleteAsync(() => _client.PostAsJsonAsync("/checkout", Order));

        response.StatusCode.Should().Be(HttpStatusCode.BadGateway);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        using JsonDocument problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        problem.RootElement.GetProperty("title").GetString().Should().Be("Payment provider failed");
        problem.RootElement.GetProperty("detail").GetString().Should().Be("The payment provider answered 520 Web server returns an unknown error.");
        problem.RootElement.GetProperty("upstreamStatus").GetInt32().Should().Be(520);
        handler.VerifyCalled(charge, times: 1 + CheckoutServices.PaymentRetries);
        handler.VerifyNotCalled(receipt);
    }

    // begin-snippet: nunit-testcasesource
    [TestCaseSource(typeof(StatusCases), nameof(StatusCases.Cloudflare))]   // 520-527 and 530, each with its own reason phrase
    public async Task Checkout_PaymentBehindCloudflareFails_Answers502NamingTheCode(StatusDefinition status)
    {
        FakeRoute charge = _app.Handler.When(HttpMethod.Post, "https://payments.test/v1/charges").Respond(status);

        using HttpResponseMessage response = await _app.Time.RunUntilCompleteAsync(() => _client.PostAsJsonAsync("/checkout", Order));

        response.StatusCode.Should().Be(HttpStatusCode.BadGateway);
        (await response.Content.ReadAsStringAsync()).Should().Contain($"The payment provider answered {status.Code} {status.ReasonPhrase}.");
        _app.Handler.VerifyCalled(charge, times: 1 + CheckoutServices.PaymentRetries);
    }
    // end-snippet

    [Test]
    public async Task Checkout_PaymentTimesOut_Answers504AndSendsNoReceipt()
    {
        FakeStatusHandler handler = _app.Handler;
        FakeRoute charge = handler.When(HttpMethod.Post, "https://payments.test/v1/charges").Throw(FakeFault.Timeout());
        FakeRoute receipt = handler.When(HttpMethod.Post, "https://relay.test/v1/messages").Respond("smtp", 250);

        using HttpResponseMessage response = await _app.Time.RunUntilCompleteAsync(() => _client.PostAsJsonAsync("/checkout", Order));

        response.StatusCode.Should().Be(HttpStatusCode.GatewayTimeout);
        using JsonDocument problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        problem.RootElement.GetProperty("title").GetString().Should().Be("Payment provider timed out");
        handler.VerifyNotCalled(receipt);
        // The standard resilience handler does not retry HttpClient's own timeout (a TaskCanceledException), which suits a
        // charge: it may have gone through.
        handler.VerifyCalled(charge, times: 1);
    }

    [Test]
    public async Task Checkout_AmountZero_Answers400AndCallsNoProvider()
    {
        using HttpResponseMessage response = await _client.PostAsJsonAsync("/checkout", Order with { Amount = 0m });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        _app.Handler.Requests.Should().BeEmpty();
    }

    [Test]
    public async Task Checkout_PaymentDeclined_Answers422WithoutRetrying()
    {
        FakeStatusHandler handler = _app.Handler;
        FakeRoute charge = handler.When(HttpMethod.Post, "https://payments.test/v1/charges").Respond(402);

        using HttpResponseMessage response = await _client.PostAsJsonAsync("/checkout", Order);

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        handler.VerifyCalled(charge, times: 1);
        handler.Requests.Should().ContainSingle("a declined card sends no receipt");
    }
}
