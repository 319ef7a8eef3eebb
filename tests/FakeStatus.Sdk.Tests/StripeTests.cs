using System.Diagnostics;
using FakeStatus.Sdk.Tests.Matrix;
using Stripe;

namespace FakeStatus.Sdk.Tests;

/// <summary>Stripe.net against FakeStatus in the stripe style, chosen per handler.</summary>
public sealed class StripeTests
{
    internal const string Sdk = "Stripe.net 53.1.0";

    [TestCase(401, "invalid_request_error", null)]
    [TestCase(403, "invalid_request_error", "secret_key_required")]
    [TestCase(404, "invalid_request_error", "resource_missing")]
    [TestCase(409, "idempotency_error", "idempotency_key_in_use")]
    [TestCase(429, "invalid_request_error", "rate_limit")]
    [TestCase(500, "api_error", null)]
    [TestCase(503, "api_error", null)]
    public async Task GetCustomer_ErrorStatus_RaisesStripeExceptionWithTheStripeErrorType(int status, string type, string? code)
    {
        Observation seen = await Observe(status);

        seen.Should().Be(new Observation("StripeException", status, code is null ? type : type + ": " + code, seen.Message, "req_fakestatus" + status));
        seen.Message.Should().NotBeNullOrEmpty();
    }

    [Test]
    public async Task GetCustomer_402_IsACardErrorWithTheDeclineCode()
    {
        Observation seen = await Observe(402);

        seen.Code.Should().Be("card_error: card_declined");
        seen.Message.Should().Be("Your card was declined.");
    }

    [Test]
    public async Task GetCustomer_DefaultRetries_Retry503UntilTheCustomerArrives()
    {
        using var handler = new FakeStatusHandler(new FakeStatusOptions { ErrorStyle = ErrorStyle.Stripe });
        FakeRoute route = handler.When("/v1/customers/cus_123").RespondInSequence(s => s
            .Respond(503, r => r.WithRetryAfter(TimeSpan.Zero))
            .Respond(200, r => r.WithBody("{\"id\": \"cus_123\", \"object\": \"customer\"}", "application/json")));
        var client = new StripeClient(
            "sk_test_fakestatus",
            httpClient: new SystemNetHttpClient(new HttpClient(handler, disposeHandler: false), SystemNetHttpClient.DefaultMaxNumberRetries),
            apiBase: "https://api.fakestatus.test");
        var clock = Stopwatch.StartNew();

        Customer customer = await new CustomerService(client).GetAsync("cus_123");

        customer.Id.Should().Be("cus_123");
        handler.VerifyCalled(route, times: 2);
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5));
    }

    internal static IEnumerable<MatrixCase> Cases()
    {
        foreach (int status in SdkStatuses.Common)
        {
            yield return new MatrixCase(Sdk, $"`stripe` {status}", () => Observe(status));
        }

        yield return new MatrixCase(Sdk, "`stripe` 402", () => Observe(402));
    }

    private static Task<Observation> Observe(int status) =>
        Observations.Of(Sdk, status.ToString(System.Globalization.CultureInfo.InvariantCulture), async () =>
        {
            // Per handler: every error answer takes Stripe's shape, Request-Id and Stripe-Should-Retry.
            using var handler = new FakeStatusHandler(new FakeStatusOptions { ErrorStyle = ErrorStyle.Stripe });
            handler.When("/v1/customers/cus_123").Respond(status);
            var client = new StripeClient(
                "sk_test_fakestatus",
                httpClient: new SystemNetHttpClient(new HttpClient(handler, disposeHandler: false), maxNetworkRetries: 0),
                apiBase: "https://api.fakestatus.test");
            try
            {
                await new CustomerService(client).GetAsync("cus_123");
                return Observation.NoException;
            }
            catch (StripeException e)
            {
                string type = e.StripeError?.Type ?? "(none)";
                string code = e.StripeError?.Code is { Length: > 0 } c ? type + ": " + c : type;
                return new Observation(nameof(StripeException), (int)e.HttpStatusCode, code, Observation.FirstLine(e.StripeError?.Message), e.StripeResponse?.RequestId);
            }
        });
}
