using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;

namespace FakeStatus.Cassettes.Tests;

/// <summary>A real Kestrel server on 127.0.0.1 (a free port) with a few endpoints worth recording.</summary>
internal sealed class LocalServer : IAsyncDisposable
{
    public static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0xFF, 0xFE, 0x80];

    private readonly WebApplication _app;
    private int _counter;
    private int _orders;

    private LocalServer(WebApplication app)
    {
        _app = app;
    }

    public Uri BaseAddress => new(_app.Urls.First() + "/");

    public static async Task<LocalServer> StartAsync()
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        WebApplication app = builder.Build();
        var server = new LocalServer(app);

        app.MapGet("/orders/{id}", (string id) => Results.Json(new { id, status = "open" }));
        app.MapGet("/counter", (HttpContext context) =>
        {
            int n = Interlocked.Increment(ref server._counter);
            context.Response.StatusCode = n < 3 ? 503 : 200;
            context.Response.Headers["X-Attempt"] = n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return context.Response.WriteAsync($"attempt {n}");
        });
        app.MapGet("/redirect", () => Results.Redirect("/orders/7"));
        app.MapGet("/logo.png", () => Results.Bytes(Png, "image/png"));
        app.MapGet("/teapot", (HttpContext context) =>
        {
            context.Response.StatusCode = 418;
            context.Features.Get<IHttpResponseFeature>()!.ReasonPhrase = "Short And Stout";
            context.Response.Headers.SetCookie = "session=abc123; HttpOnly";
            context.Response.Headers["X-Api-Key"] = "server-secret";
            return context.Response.WriteAsync("I'm a teapot", Encoding.UTF8);
        });
        app.MapPost("/echo", async (HttpContext context) =>
        {
            using var reader = new StreamReader(context.Request.Body);
            string body = await reader.ReadToEndAsync();
            context.Response.StatusCode = 201;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync("got " + body);
        });

        app.MapPost("/orders", async (HttpContext context) =>
        {
            int n = Interlocked.Increment(ref server._orders);
            using var reader = new StreamReader(context.Request.Body);
            string body = await reader.ReadToEndAsync();
            context.Response.StatusCode = 201;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync($"order {n}: {body}");
        });

        await app.StartAsync();
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
