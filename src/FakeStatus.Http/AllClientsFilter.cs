using System;
using System.Net.Http;
using FakeStatus;
using Microsoft.Extensions.Http;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Makes the shared <see cref="FakeStatusHandler"/> of <c>ConfigureHttpClientDefaults(b =&gt; b.UseFakeStatus())</c> the primary
/// handler of every client the factory builds, after the client's own configuration has run.
/// </summary>
/// <remarks>
/// A filter, not a <c>ConfigurePrimaryHttpMessageHandler</c> action: the factory applies the defaults before each client's own
/// actions, so an app whose client sets its own primary handler (a tuned <c>SocketsHttpHandler</c>, say) would otherwise
/// replace FakeStatus and reach the network. A filter wraps all of a client's actions, so it has the last word. A client given
/// its own handler with <c>UseFakeStatus</c> keeps it.
/// </remarks>
internal sealed class AllClientsFilter : IHttpMessageHandlerBuilderFilter
{
    private readonly IServiceProvider _services;

    public AllClientsFilter(IServiceProvider services) => _services = services;

    public Action<HttpMessageHandlerBuilder> Configure(Action<HttpMessageHandlerBuilder> next) => builder =>
    {
        next(builder);
        if (builder.PrimaryHandler is not NonDisposingHandler)
        {
            // The replaced primary handler is not disposed: the app may have handed the factory an instance it shares.
            builder.PrimaryHandler = new NonDisposingHandler(_services.GetRequiredKeyedService<FakeStatusHandler>(FakeStatusKeys.AllClients));
        }
    };
}
