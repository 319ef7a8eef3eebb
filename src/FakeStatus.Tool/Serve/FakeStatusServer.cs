using System;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FakeStatus.Tool.Serve;

/// <summary>
/// A minimal Kestrel server answering every request through <see cref="ResponseForwarder"/> with one
/// <see cref="FakeStatusHandler"/> for its whole lifetime, so <c>/random/...</c> draws are one seeded stream. Ctrl+C (SIGINT) and
/// SIGTERM stop it gracefully through the generic host's console lifetime; a cancellation token does the same for tests.
/// </summary>
internal sealed class FakeStatusServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly FakeStatusHandler _handler;
    private readonly HttpMessageInvoker _invoker;

    private FakeStatusServer(WebApplication app, FakeStatusHandler handler, HttpMessageInvoker invoker, Uri address)
    {
        _app = app;
        _handler = handler;
        _invoker = invoker;
        Address = address;
    }

    /// <summary>The address actually bound, with the real port when 0 was asked for.</summary>
    public Uri Address { get; }

    /// <summary>The handler answering every request; tests read its request log and seed.</summary>
    public FakeStatusHandler Handler => _handler;

    /// <exception cref="ToolException">The address cannot be bound (port in use, no permission).</exception>
    [SuppressMessage("Reliability", "CA2025", Justification = "The invoker lives as long as the server, which disposes it after the app has stopped serving.")]
    [SuppressMessage("Maintainability", "CA1508", Justification = "False positive: an IOException need not wrap AddressInUseException; Kestrel wraps it only when the port is taken.")]
    public static async Task<FakeStatusServer> StartAsync(IPAddress host, int port, FakeStatusOptions options, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = [],
            ApplicationName = typeof(FakeStatusServer).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.ClearProviders();
        builder.Services.Configure<ConsoleLifetimeOptions>(o => o.SuppressStatusMessages = true);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(host, port);
        });

        WebApplication app = builder.Build();
        var handler = new FakeStatusHandler(options);
        var invoker = new HttpMessageInvoker(handler, disposeHandler: false);
        var settings = new ServeSettings(options.TimeProvider, app.Lifetime.ApplicationStopping);
        app.UseReferenceSite();
        app.Run(context => ResponseForwarder.ForwardAsync(context, invoker, settings));

        string shown = $"http://{(host.AddressFamily == AddressFamily.InterNetworkV6 ? "[" + host + "]" : host.ToString())}:{port}";
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or SocketException)
        {
            await app.DisposeAsync().ConfigureAwait(false);
            invoker.Dispose();
            handler.Dispose();
            bool inUse = e is IOException { InnerException: Microsoft.AspNetCore.Connections.AddressInUseException }
                || e is SocketException { SocketErrorCode: SocketError.AddressAlreadyInUse };
            throw ToolException.Runtime(inUse
                ? $"cannot listen on {shown}: the port is already in use; choose another with --port."
                : $"cannot listen on {shown}: {FirstLine(e.Message)}", e);
        }

        string bound = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new FakeStatusServer(app, handler, invoker, new Uri(bound));
    }

    /// <summary>Completes when Ctrl+C or SIGTERM arrives or <paramref name="cancellationToken"/> is cancelled, after a graceful stop.</summary>
    public Task WaitForShutdownAsync(CancellationToken cancellationToken) => _app.WaitForShutdownAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync().ConfigureAwait(false);
        _invoker.Dispose();
        _handler.Dispose();
    }

    private static string FirstLine(string text)
    {
        int end = text.IndexOfAny(['\r', '\n']);
        return end < 0 ? text : text[..end];
    }
}
