using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using FakeStatus;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// The primary handler the factory receives: forwards every request to the shared <see cref="FakeStatusHandler"/> and, when the
/// factory disposes it at the end of a handler lifetime, leaves that handler alone, since other chains and the test still use it.
/// </summary>
internal sealed class NonDisposingHandler : HttpMessageHandler
{
    private readonly HttpMessageInvoker _invoker;

    public NonDisposingHandler(FakeStatusHandler shared)
    {
        Shared = shared ?? throw new ArgumentNullException(nameof(shared));
        _invoker = new HttpMessageInvoker(shared, disposeHandler: false);
    }

    public FakeStatusHandler Shared { get; }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        _invoker.SendAsync(request, cancellationToken);

#if NET5_0_OR_GREATER
    protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken) =>
        _invoker.Send(request, cancellationToken);
#endif

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _invoker.Dispose();
        }

        base.Dispose(disposing);
    }
}
