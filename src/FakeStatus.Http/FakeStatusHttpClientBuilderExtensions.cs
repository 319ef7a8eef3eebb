using System;
using FakeStatus;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Makes a <see cref="FakeStatusHandler"/> the primary handler of a named or typed <c>HttpClient</c>: the client's own delegating
/// handlers (resilience, logging, auth) run above it as in production, and only the network is replaced.
/// </summary>
/// <remarks>
/// <para>
/// On one client, one handler per client name is registered as a keyed singleton (key: the client name) and shared by every
/// handler chain the factory builds; the factory is given a thin wrapper that never disposes it, so handler rotation
/// (<see cref="HttpClientBuilderExtensions.SetHandlerLifetime"/>) cannot break it. Read its recorded requests with
/// <see cref="FakeStatusServiceProviderExtensions.GetFakeStatusHandler(IServiceProvider, string)"/>.
/// </para>
/// <para>
/// On every client at once, <c>services.ConfigureHttpClientDefaults(b =&gt; b.UseFakeStatus())</c>, one handler answers every
/// client the factory builds (named, typed and the default client), after each client's own configuration, so a client that sets
/// its own primary handler is answered by FakeStatus too. A client given its own handler with <c>UseFakeStatus</c> keeps it.
/// Read the shared handler with <see cref="FakeStatusServiceProviderExtensions.GetFakeStatusHandler(IServiceProvider)"/>.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// services.AddHttpClient&lt;MailClient&gt;(c =&gt; c.BaseAddress = new Uri("https://mail.test")).UseFakeStatus();
/// services.ConfigureHttpClientDefaults(b =&gt; b.UseFakeStatus(handler));   // every client
/// </code>
/// </example>
public static class FakeStatusHttpClientBuilderExtensions
{
    /// <summary>
    /// Answers the client's requests with a new <see cref="FakeStatusHandler"/> that uses the URL conventions and reads time from
    /// the container's <see cref="TimeProvider"/> when one is registered (so a <c>FakeTimeProvider</c> drives both the handler
    /// and the resilience pipeline), else from <see cref="TimeProvider.System"/>. The container owns and disposes it. Inside
    /// <c>ConfigureHttpClientDefaults</c>, this one handler answers every client.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    public static IHttpClientBuilder UseFakeStatus(this IHttpClientBuilder builder) =>
        UseFakeStatus(builder, static services => new FakeStatusHandler(services.GetService<TimeProvider>() ?? TimeProvider.System));

    /// <summary>
    /// Answers the client's requests with <paramref name="handler"/>, which the test owns: the container never disposes it,
    /// and the test reads <see cref="FakeStatusHandler.Requests"/> from its own reference.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> or <paramref name="handler"/> is null.</exception>
    public static IHttpClientBuilder UseFakeStatus(this IHttpClientBuilder builder, FakeStatusHandler handler)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(handler);
        return Register(builder, ServiceDescriptor.KeyedSingleton(KeyOf(builder), handler));
    }

    /// <summary>
    /// Answers the client's requests with the handler <paramref name="factory"/> makes, once, on first use, e.g.
    /// <c>sp =&gt; new FakeStatusHandler(new FakeStatusOptions { Catalog = myRegistry })</c>. The container owns and disposes it.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> or <paramref name="factory"/> is null.</exception>
    public static IHttpClientBuilder UseFakeStatus(this IHttpClientBuilder builder, Func<IServiceProvider, FakeStatusHandler> factory)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(factory);
        string clients = builder.Name is null ? "every HttpClient" : $"HttpClient '{builder.Name}'";
        return Register(builder, ServiceDescriptor.KeyedSingleton(KeyOf(builder), (services, _) => factory(services) ?? throw new InvalidOperationException(
            $"The FakeStatusHandler factory of {clients} returned null; return a FakeStatusHandler.")));
    }

    // ConfigureHttpClientDefaults hands its callback a builder whose Name is null.
    private static object KeyOf(IHttpClientBuilder builder) => builder.Name ?? FakeStatusKeys.AllClients;

    private static IHttpClientBuilder Register(IHttpClientBuilder builder, ServiceDescriptor handler)
    {
        // Replace, not add: calling UseFakeStatus twice on one client keeps the last handler only.
        builder.Services.Replace(handler);
        string? name = builder.Name;
        if (name is null)
        {
            builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<Http.IHttpMessageHandlerBuilderFilter, AllClientsFilter>());
            return builder;
        }

        return builder.ConfigurePrimaryHttpMessageHandler(services => new NonDisposingHandler(services.GetRequiredKeyedService<FakeStatusHandler>(name)));
    }
}
