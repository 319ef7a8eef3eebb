using System;
using FakeStatus;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Finds the <see cref="FakeStatusHandler"/> behind a client set up with <c>UseFakeStatus</c>, to read its recorded requests.</summary>
public static class FakeStatusServiceProviderExtensions
{
    /// <summary>Returns the handler that answers the <c>HttpClient</c> named <paramref name="clientName"/>.</summary>
    /// <param name="services">The container the client was registered in.</param>
    /// <param name="clientName">The name given to <c>AddHttpClient(name)</c>; for a typed client, see <see cref="GetFakeStatusHandler{TClient}"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="clientName"/> is null.</exception>
    /// <exception cref="InvalidOperationException">No client of that name was set up with <c>UseFakeStatus</c>.</exception>
    public static FakeStatusHandler GetFakeStatusHandler(this IServiceProvider services, string clientName)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(clientName);

        return services.GetKeyedService<FakeStatusHandler>(clientName) ?? throw new InvalidOperationException(
            $"No FakeStatusHandler is registered for HttpClient '{clientName}'. Call .UseFakeStatus() on services.AddHttpClient(\"{clientName}\"), " +
            "or, for a typed client, on services.AddHttpClient<TClient>() and pass the client type's name.");
    }

    /// <summary>
    /// Returns the handler that answers the typed client <typeparamref name="TClient"/>, registered with
    /// <c>AddHttpClient&lt;TClient&gt;()</c>, whose client name is the type's name without namespace.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    /// <exception cref="ArgumentException"><typeparamref name="TClient"/> is generic: pass the client name instead.</exception>
    /// <exception cref="InvalidOperationException">The typed client was not set up with <c>UseFakeStatus</c>.</exception>
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
