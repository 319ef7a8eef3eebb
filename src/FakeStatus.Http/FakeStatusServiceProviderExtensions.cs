using System;
using FakeStatus;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Finds the <see cref="FakeStatusHandler"/> behind a client set up with <c>UseFakeStatus</c>, to register routes on it and read
/// its recorded requests.
/// </summary>
public static class FakeStatusServiceProviderExtensions
{
    /// <summary>
    /// Returns the handler shared by every client, set up with <c>services.ConfigureHttpClientDefaults(b =&gt; b.UseFakeStatus())</c>.
    /// </summary>
    /// <param name="services">The container the clients were registered in (in an ASP.NET Core test, the factory's <c>Services</c>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    /// <exception cref="InvalidOperationException"><c>UseFakeStatus</c> was not called inside <c>ConfigureHttpClientDefaults</c>.</exception>
    public static FakeStatusHandler GetFakeStatusHandler(this IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);

        return services.GetKeyedService<FakeStatusHandler>(FakeStatusKeys.AllClients) ?? throw new InvalidOperationException(
            "No FakeStatusHandler is registered for every HttpClient. Call services.ConfigureHttpClientDefaults(b => b.UseFakeStatus()), " +
            "or, for a handler of one client, call .UseFakeStatus() on its builder and pass the client's name to GetFakeStatusHandler.");
    }

    /// <summary>
    /// Returns the handler that answers the <c>HttpClient</c> named <paramref name="clientName"/>: its own, when
    /// <c>UseFakeStatus</c> was called on its builder, else the one shared by every client
    /// (<c>ConfigureHttpClientDefaults(b =&gt; b.UseFakeStatus())</c>).
    /// </summary>
    /// <param name="services">The container the client was registered in.</param>
    /// <param name="clientName">The name given to <c>AddHttpClient(name)</c>; for a typed client, see <see cref="GetFakeStatusHandler{TClient}"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="clientName"/> is null.</exception>
    /// <exception cref="InvalidOperationException">No client of that name was set up with <c>UseFakeStatus</c>, and no handler answers every client.</exception>
    public static FakeStatusHandler GetFakeStatusHandler(this IServiceProvider services, string clientName)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(clientName);

        return services.GetKeyedService<FakeStatusHandler>(clientName)
            ?? services.GetKeyedService<FakeStatusHandler>(FakeStatusKeys.AllClients)
            ?? throw new InvalidOperationException(
                $"No FakeStatusHandler is registered for HttpClient '{clientName}'. Call .UseFakeStatus() on services.AddHttpClient(\"{clientName}\") " +
                "(for a typed client, on services.AddHttpClient<TClient>(), and pass the client type's name), " +
                "or services.ConfigureHttpClientDefaults(b => b.UseFakeStatus()) for every client.");
    }

    /// <summary>
    /// Returns the handler that answers the typed client <typeparamref name="TClient"/>, registered with
    /// <c>AddHttpClient&lt;TClient&gt;()</c>, whose client name is the type's name without namespace: its own handler, else the
    /// one shared by every client.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    /// <exception cref="ArgumentException"><typeparamref name="TClient"/> is generic: pass the client name instead.</exception>
    /// <exception cref="InvalidOperationException">The typed client was not set up with <c>UseFakeStatus</c>, and no handler answers every client.</exception>
    public static FakeStatusHandler GetFakeStatusHandler<TClient>(this IServiceProvider services)
        where TClient : class
    {
        Type type = typeof(TClient);
        if (type.IsGenericType)
        {
            throw new ArgumentException(
                $"{type} is generic, and the factory names generic typed clients by its own rules: call GetFakeStatusHandler(clientName) with the name of builder.Name.",
                nameof(TClient));
        }

        return GetFakeStatusHandler(services, type.Name);
    }
}
