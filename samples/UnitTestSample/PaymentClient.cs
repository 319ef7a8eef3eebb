using System.Globalization;
using System.Text;

namespace UnitTestSample;

/// <summary>The user's own service: charges a card through a payment API and turns its answers into outcomes.</summary>
public sealed class PaymentClient(HttpClient http)
{
    /// <summary>Charges <paramref name="amount"/>; posts to the relative path <c>payments</c> of the client's base address.</summary>
    public async Task<PaymentResult> ChargeAsync(decimal amount, CancellationToken cancellationToken = default)
    {
        string json = "{\"amount\": " + amount.ToString(CultureInfo.InvariantCulture) + "}";
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        HttpResponseMessage response;
        try
        {
            response = await http.PostAsync(new Uri("payments", UriKind.Relative), content, cancellationToken);
        }
        catch (TaskCanceledException e) when (e.InnerException is TimeoutException)
        {
            // HttpClient.Timeout elapsed: the API may have charged the card before the answer was lost, so retrying blindly could charge twice.
            return new PaymentResult(PaymentOutcome.Unknown, null);
        }

        using (response)
        {
            return Outcome(response);
        }
    }

    private static PaymentResult Outcome(HttpResponseMessage response) =>
        (int)response.StatusCode switch
        {
            >= 200 and < 300 => new PaymentResult(PaymentOutcome.Charged, null),
            402 => new PaymentResult(PaymentOutcome.Declined, null),
            429 => new PaymentResult(PaymentOutcome.TryLater, response.Headers.RetryAfter?.Delta),
            >= 500 => new PaymentResult(PaymentOutcome.TryLater, response.Headers.RetryAfter?.Delta),
            _ => new PaymentResult(PaymentOutcome.Failed, null),
        };
}

/// <summary>What became of a charge.</summary>
public enum PaymentOutcome
{
    /// <summary>The card was charged.</summary>
    Charged,

    /// <summary>The card was declined (402).</summary>
    Declined,

    /// <summary>The API is busy or down; try again after <see cref="PaymentResult.RetryAfter"/>.</summary>
    TryLater,

    /// <summary>Any other answer.</summary>
    Failed,

    /// <summary>No answer in time: the charge may or may not have gone through; check before charging again.</summary>
    Unknown,
}

/// <summary>The outcome and, for <see cref="PaymentOutcome.TryLater"/>, how long the API asked to wait.</summary>
public sealed record PaymentResult(PaymentOutcome Outcome, TimeSpan? RetryAfter);
