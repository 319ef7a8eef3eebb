using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace RecordReplaySample;

/// <summary>Stands in for the real API: a Kestrel server on 127.0.0.1 on a free port.</summary>
public sealed class WeatherServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private WeatherServer(WebApplication app) => _app = app;

    public Uri BaseAddress => new(_app.Urls.First() + "/");

    public static async Task<WeatherServer> StartAsync()
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        WebApplication app = builder.Build();
        app.MapGet("/forecast/{city}", (string city) => Results.Json(new { city, highCelsius = 21, summary = "Sunny" }));
        await app.StartAsync();
        return new WeatherServer(app);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
