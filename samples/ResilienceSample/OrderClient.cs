namespace ResilienceSample;

/// <summary>The application's typed client: fetches an order's status from the orders API.</summary>
public sealed class OrderClient(HttpClient http)
{
    /// <summary>Gets <paramref name="path"/> and returns the final status code, after the resilience pipeline is done.</summary>
    public async Task<int> GetStatusAsync(string path, CancellationToken cancellationToken = default)
    {
        using HttpResponseMessage response = await http.GetAsync(new Uri(path, UriKind.Relative), cancellationToken);
        return (int)response.StatusCode;
    }
}
