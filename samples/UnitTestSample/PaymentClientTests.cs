using FakeStatus;
using FluentAssertions;
using NUnit.Framework;
using RichardSzalay.MockHttp;

namespace UnitTestSample;

public sealed class PaymentClientTests
{
    // begin-snippet: test-your-client
    [TestCase(200, PaymentOutcome.Charged)]
    [TestCase(402, PaymentOutcome.Declined)]
    [TestCase(429, PaymentOutcome.TryLater)]
    [TestCase(503, PaymentOutcome.TryLater)]
    [TestCase(520, PaymentOutcome.TryLater)]   // Cloudflare's "Web server returns an unknown error"
    [TestCase(418, PaymentOutcome.Failed)]
    public async Task ChargeAsync_MapsEachStatusToAnOutcome(int status, PaymentOutcome expected)
    {
        using var handler = new FakeStatusHandler();
        FakeRoute route = handler.When(HttpMethod.Post, "/payments").Respond(status);
        var payments = new PaymentClient(handler.ToHttpClient(new Uri("https://pay.test/")));

        PaymentResult result = await payments.ChargeAsync(12.50m);

        result.Outcome.Should().Be(expected);
        handler.VerifyCalled(route, times: 1);
        handler.Requests[0].BodyText.Should().Be("{\"amount\": 12.50}");
    }
    // end-snippet

    [Test]
    public async Task ChargeAsync_503_ReadsTheRetryAfterTheApiSent()
    {
        // begin-snippet: test-your-client-headers
        using var handler = new FakeStatusHandler();
        handler.When(HttpMethod.Post, "/payments").Respond(503);

        PaymentResult result = await new PaymentClient(handler.ToHttpClient(new Uri("https://pay.test/"))).ChargeAsync(12.50m);

        // FakeStatus's 503 carries Retry-After: 1, the catalog's 120 cut short so that no client waits long on the real clock.
        result.RetryAfter.Should().Be(TimeSpan.FromSeconds(1));
        // end-snippet
    }

    [Test]
    public async Task ChargeAsync_429WithCustomRetryAfter_ReadsTheCustomDelay()
    {
        using var handler = new FakeStatusHandler();
        handler.When(HttpMethod.Post, "/payments").Respond(429, r => r.WithRetryAfter(TimeSpan.FromSeconds(5)));

        PaymentResult result = await new PaymentClient(handler.ToHttpClient(new Uri("https://pay.test/"))).ChargeAsync(12.50m);

        result.Should().Be(new PaymentResult(PaymentOutcome.TryLater, TimeSpan.FromSeconds(5)));
    }

    [Test]
    public async Task ChargeAsync_503Then201_SecondChargeSucceeds()
    {
        // begin-snippet: test-your-client-sequence
        using var handler = new FakeStatusHandler();
        FakeRoute route = handler.When(HttpMethod.Post, "/payments").RespondInSequence(s => s.Respond(503).Respond(201));
        var payments = new PaymentClient(handler.ToHttpClient(new Uri("https://pay.test/")));

        PaymentResult first = await payments.ChargeAsync(12.50m);    // TryLater, Retry-After 1 s
        PaymentResult second = await payments.ChargeAsync(12.50m);   // Charged

        handler.VerifyCalled(route, times: 2);
        handler.VerifyNoUnmatchedRequests();
        // end-snippet
        first.Should().Be(new PaymentResult(PaymentOutcome.TryLater, TimeSpan.FromSeconds(1)));
        second.Should().Be(new PaymentResult(PaymentOutcome.Charged, null));
    }

    [Test]
    public async Task ChargeAsync_Timeout_ReportsAnUnknownOutcome()
    {
        // begin-snippet: test-your-client-fault
        using var handler = new FakeStatusHandler();
        FakeRoute route = handler.When(HttpMethod.Post, "/payments").Throw(FakeFault.Timeout());   // as HttpClient.Timeout raises it, at once

        PaymentResult result = await new PaymentClient(handler.ToHttpClient(new Uri("https://pay.test/"))).ChargeAsync(12.50m);

        result.Outcome.Should().Be(PaymentOutcome.Unknown);   // the charge may have gone through: do not retry blindly
        // end-snippet
        handler.VerifyCalled(route, times: 1);
    }

    [Test]
    public async Task ChargeAsync_WrongPath_IsReportedAsUnmatched()
    {
        using var handler = new FakeStatusHandler();
        FakeRoute route = handler.When(HttpMethod.Post, "/payments").Respond(201);
        // A client configured with the wrong base path posts to /v1/payments, which no route answers.
        var payments = new PaymentClient(handler.ToHttpClient(new Uri("https://pay.test/v1/")));

        Func<Task> charge = () => payments.ChargeAsync(12.50m);

        await charge.Should().ThrowAsync<UnmatchedRequestException>();
        Action verify = handler.VerifyNoUnmatchedRequests;
        verify.Should().Throw<FakeStatusVerificationException>().WithMessage("*/v1/payments*");
        handler.VerifyNotCalled(route);
    }

    [Test]
    public async Task ChargeAsync_WithMockHttpRoute_GetsTheSameRealisticResponse()
    {
        // begin-snippet: test-your-client-mockhttp
        using var mockHttp = new MockHttpMessageHandler();
        mockHttp.When(HttpMethod.Post, "https://pay.test/payments").RespondWithStatus(429);
        using HttpClient http = mockHttp.ToHttpClient();
        http.BaseAddress = new Uri("https://pay.test/");

        PaymentResult result = await new PaymentClient(http).ChargeAsync(12.50m);

        result.Should().Be(new PaymentResult(PaymentOutcome.TryLater, TimeSpan.FromSeconds(1)));   // the catalog's Retry-After: 120, cut short as the handler does
        // end-snippet
    }

    [Test]
    public async Task ChargeAsync_SameMockHttpRouteTwice_BothChargesReadTheirResponse()
    {
        using var mockHttp = new MockHttpMessageHandler();
        mockHttp.When("https://pay.test/payments").RespondWithStatus(402);
        using HttpClient http = mockHttp.ToHttpClient();
        http.BaseAddress = new Uri("https://pay.test/");
        var payments = new PaymentClient(http);

        PaymentResult first = await payments.ChargeAsync(1m);
        PaymentResult second = await payments.ChargeAsync(2m);

        new[] { first.Outcome, second.Outcome }.Should().Equal(PaymentOutcome.Declined, PaymentOutcome.Declined);
    }
}
