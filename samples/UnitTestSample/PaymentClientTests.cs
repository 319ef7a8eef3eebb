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
    [TestCase(418, PaymentOutcome.Failed)]
    public async Task ChargeAsync_MapsEachStatusToAnOutcome(int status, PaymentOutcome expected)
    {
        using var handler = new FakeStatusHandler();
        // The status goes in the base address: the client's own "payments" path lands on /{status}/payments.
        using HttpClient http = handler.ToHttpClient(new Uri($"https://pay.test/{status}/"));
        var payments = new PaymentClient(http);

        PaymentResult result = await payments.ChargeAsync(12.50m);

        result.Outcome.Should().Be(expected);
        handler.Requests.Single().BodyAsString().Should().Be("{\"amount\": 12.50}");
    }
    // end-snippet

    [Test]
    public async Task ChargeAsync_503_ReadsTheRetryAfterTheApiSent()
    {
        // begin-snippet: test-your-client-headers
        using var handler = new FakeStatusHandler();
        using HttpClient http = handler.ToHttpClient(new Uri("https://pay.test/503/"));

        PaymentResult result = await new PaymentClient(http).ChargeAsync(12.50m);

        // FakeStatus's 503 carries the catalog's Retry-After: 120, as a real overloaded API would.
        result.RetryAfter.Should().Be(TimeSpan.FromSeconds(120));
        // end-snippet
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

        result.Should().Be(new PaymentResult(PaymentOutcome.TryLater, TimeSpan.FromSeconds(120)));
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
