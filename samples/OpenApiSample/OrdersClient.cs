using System.Diagnostics.CodeAnalysis;
using System.Net;
using System.Net.Http.Json;

namespace OpenApiSample;

/// <summary>What a call to the orders API came to, as the calling code needs it.</summary>
public enum OrderOutcome
{
    Ok,
    NotFound,
    Rejected,
    Conflict,
    SignInAgain,
    TryLater,
    Failed,
}

/// <summary>The answer to one call: the outcome, and what the API said with it.</summary>
public sealed record OrderResult(OrderOutcome Outcome, string? OrderId = null, Uri? Location = null, TimeSpan? RetryAfter = null);

/// <summary>The client under test: it knows nothing of FakeStatus, only the orders API.</summary>
public sealed class OrdersClient(HttpClient http)
{
    public async Task<OrderResult> GetOrderAsync(string id)
    {
        using HttpResponseMessage response = await http.GetAsync(new Uri($"v1/orders/{Uri.EscapeDataString(id)}", UriKind.Relative));
        return response.IsSuccessStatusCode
            ? new OrderResult(OrderOutcome.Ok, (await response.Content.ReadFromJsonAsync<Order>())?.Id)
            : Failure(response);
    }

    public async Task<OrderResult> ListOrdersAsync()
    {
        using HttpResponseMessage response = await http.GetAsync(new Uri("v1/orders", UriKind.Relative));
        return response.IsSuccessStatusCode
            ? new OrderResult(OrderOutcome.Ok, (await response.Content.ReadFromJsonAsync<Order[]>())?.FirstOrDefault()?.Id)
            : Failure(response);
    }

    public async Task<OrderResult> PlaceOrderAsync(string sku, int quantity)
    {
        using HttpResponseMessage response = await http.PostAsJsonAsync(new Uri("v1/orders", UriKind.Relative), new { lines = new[] { new { sku, quantity } } });
        return response.StatusCode == HttpStatusCode.Created
            ? new OrderResult(OrderOutcome.Ok, (await response.Content.ReadFromJsonAsync<Order>())?.Id, response.Headers.Location)
            : Failure(response);
    }

    public async Task<OrderResult> CancelOrderAsync(string id)
    {
        using HttpResponseMessage response = await http.DeleteAsync(new Uri($"v1/orders/{Uri.EscapeDataString(id)}", UriKind.Relative));
        return response.IsSuccessStatusCode ? new OrderResult(OrderOutcome.Ok, id) : Failure(response);
    }

    public async Task<bool> IsHealthyAsync()
    {
        using HttpResponseMessage response = await http.GetAsync(new Uri("v1/health", UriKind.Relative));
        return response.IsSuccessStatusCode && await response.Content.ReadAsStringAsync() == "ok";
    }

    private static OrderResult Failure(HttpResponseMessage response) => response.StatusCode switch
    {
        HttpStatusCode.NotFound => new OrderResult(OrderOutcome.NotFound),
        HttpStatusCode.BadRequest or HttpStatusCode.UnprocessableEntity => new OrderResult(OrderOutcome.Rejected),
        HttpStatusCode.Conflict => new OrderResult(OrderOutcome.Conflict),
        HttpStatusCode.Unauthorized => new OrderResult(OrderOutcome.SignInAgain),
        HttpStatusCode.ServiceUnavailable or HttpStatusCode.TooManyRequests => new OrderResult(OrderOutcome.TryLater, RetryAfter: response.Headers.RetryAfter?.Delta),
        _ => new OrderResult(OrderOutcome.Failed),
    };

    [SuppressMessage("Performance", "CA1812", Justification = "System.Text.Json creates it when the response is read.")]
    private sealed record Order(string Id, string Status, decimal Total, string Currency);
}
