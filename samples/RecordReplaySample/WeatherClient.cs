using System.Net.Http.Json;

namespace RecordReplaySample;

/// <summary>The client under test: it reads a forecast and knows nothing of FakeStatus.</summary>
public sealed class WeatherClient(HttpClient http)
{
    public async Task<Forecast?> GetForecastAsync(string city, string apiKey) =>
        await http.GetFromJsonAsync<Forecast>(new Uri($"forecast/{Uri.EscapeDataString(city)}?api_key={Uri.EscapeDataString(apiKey)}", UriKind.Relative));
}

public sealed record Forecast(string City, int HighCelsius, string Summary);
