namespace WebAppSample;

/// <summary>The checkout's answer when the payment went through.</summary>
public sealed record CheckoutResponse(string ChargeId, bool ReceiptSent);
