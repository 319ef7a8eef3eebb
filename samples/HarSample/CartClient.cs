using System.Net;
using System.Net.Http.Json;

namespace HarSample;

/// <summary>The client under test: a shop's cart API. It knows nothing of FakeStatus or HAR.</summary>
public sealed class CartClient(HttpClient http)
{
    /// <summary>Reads the cart.</summary>
    public async Task<Cart?> GetCartAsync() =>
        await http.GetFromJsonAsync<Cart>(new Uri("api/cart", UriKind.Relative)).ConfigureAwait(false);

    /// <summary>Adds <paramref name="quantity"/> of <paramref name="sku"/>; the API answers 201, or 409 when it is sold out.</summary>
    public async Task<AddResult> AddAsync(string sku, int quantity)
    {
        using HttpResponseMessage response = await http.PostAsJsonAsync(new Uri("api/cart/items", UriKind.Relative), new { sku, quantity }).ConfigureAwait(false);
        return response.StatusCode switch
        {
            HttpStatusCode.Created => AddResult.Added,
            HttpStatusCode.Conflict => AddResult.SoldOut,
            _ => AddResult.Failed,
        };
    }
}

/// <summary>The cart as the API returns it.</summary>
public sealed record Cart(int Items, decimal Total);

/// <summary>What became of adding an item.</summary>
public enum AddResult
{
    /// <summary>The item is in the cart.</summary>
    Added,

    /// <summary>The shop has none left.</summary>
    SoldOut,

    /// <summary>Any other answer.</summary>
    Failed,
}
