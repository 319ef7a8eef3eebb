namespace WebAppSample;

/// <summary>The mail relay's HTTP API, <c>POST v1/messages</c>; it answers with SMTP reply codes (250 sent, 530 authentication required...).</summary>
public sealed class MailRelayClient(HttpClient http, ReceiptOptions options)
{
    /// <summary>Sends the receipt; returns the relay's reply code, or null when the relay could not be reached.</summary>
    public async Task<int?> SendReceiptAsync(CheckoutRequest order, string chargeId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        var message = new
        {
            from = options.From,
            to = order.Email,
            subject = "Your receipt",
            text = FormattableString.Invariant($"We charged {order.Currency} {order.Amount:0.00} (charge {chargeId})."),
        };
        try
        {
            using HttpResponseMessage response = await http.PostAsJsonAsync("v1/messages", message, cancellationToken);
            return (int)response.StatusCode;
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }
}
