namespace WebAppSample;

/// <summary>What the shop's front end posts to <c>/checkout</c>.</summary>
public sealed record CheckoutRequest(string Email, decimal Amount, string Currency);
