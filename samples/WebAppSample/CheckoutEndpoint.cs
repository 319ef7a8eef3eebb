namespace WebAppSample;

/// <summary><c>POST /checkout</c>: charge, then send the receipt; the providers' failures become this API's own answers.</summary>
public static class CheckoutEndpoint
{
    /// <summary>Maps the endpoint.</summary>
    public static IEndpointRouteBuilder MapCheckout(this IEndpointRouteBuilder app)
    {
        app.MapPost("/checkout", CheckoutAsync);
        return app;
    }

    private static async Task<IResult> CheckoutAsync(
        CheckoutRequest order, PaymentClient payments, MailRelayClient mail, CancellationToken cancellationToken)
    {
        if (order.Amount <= 0 || string.IsNullOrWhiteSpace(order.Email) || order.Currency is not { Length: 3 })
        {
            return Results.ValidationProblem(new Dictionary<string, string[]>
            {
                ["order"] = ["An order needs an email, an amount above zero and a three-letter currency code."],
            });
        }

        ChargeResult charge = await payments.ChargeAsync(order, cancellationToken);
        switch (charge.Outcome)
        {
            case ChargeOutcome.Declined:
                return Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "Payment declined",
                    detail: "The payment provider declined the card.");
            case ChargeOutcome.Failed:
                return Results.Problem(statusCode: StatusCodes.Status502BadGateway, title: "Payment provider failed",
                    detail: charge.Status is int status ? $"The payment provider answered {status} {charge.Reason}." : $"The payment provider could not be reached: {charge.Reason}",
                    extensions: new Dictionary<string, object?> { ["upstreamStatus"] = charge.Status });
            case ChargeOutcome.Unknown:
                return Results.Problem(statusCode: StatusCodes.Status504GatewayTimeout, title: "Payment provider timed out",
                    detail: "The charge may or may not have been made; check the order before trying again.");
        }

        // The shopper has paid: a receipt that fails to send is reported, not turned into a failed checkout.
        int? relay = await mail.SendReceiptAsync(order, charge.ChargeId!, cancellationToken);
        return Results.Ok(new CheckoutResponse(charge.ChargeId!, ReceiptSent: relay is >= 200 and < 300));
    }
}
