using System.Diagnostics.CodeAnalysis;
using System.Net;
using Polly.Timeout;

namespace WebAppSample;

/// <summary>The payment provider's API: <c>POST v1/charges</c> with an idempotency key, so a retried charge is made once.</summary>
public sealed class PaymentClient(HttpClient http)
{
    /// <summary>Charges the shopper; never throws for the provider's failures, which come back as a <see cref="ChargeResult"/>.</summary>
    public async Task<ChargeResult> ChargeAsync(CheckoutRequest order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        using var request = new HttpRequestMessage(HttpMethod.Post, "v1/charges")
        {
            Content = JsonContent.Create(new { amount = order.Amount, currency = order.Currency, customerEmail = order.Email }),
        };
        // One key for every attempt the resilience handler makes: the provider charges at most once.
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
        try
        {
            using HttpResponseMessage response = await http.SendAsync(request, cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                Charge? charge = await response.Content.ReadFromJsonAsync<Charge>(cancellationToken);
                return charge?.Id is string id
                    ? new ChargeResult(ChargeOutcome.Charged, id, (int)response.StatusCode, response.ReasonPhrase)
                    : new ChargeResult(ChargeOutcome.Failed, null, null, "the provider's answer has no charge id");
            }

            ChargeOutcome outcome = response.StatusCode == HttpStatusCode.PaymentRequired ? ChargeOutcome.Declined : ChargeOutcome.Failed;
            return new ChargeResult(outcome, null, (int)response.StatusCode, response.ReasonPhrase);
        }
        catch (Exception e) when (e is TimeoutRejectedException || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            // The provider may have charged before the time ran out: the caller must not charge again blindly.
            return new ChargeResult(ChargeOutcome.Unknown, null, null, null);
        }
        catch (HttpRequestException e)
        {
            return new ChargeResult(ChargeOutcome.Failed, null, null, e.Message);
        }
    }

    [SuppressMessage("Performance", "CA1812", Justification = "System.Text.Json creates it when the response is read.")]
    private sealed record Charge(string Id);
}
