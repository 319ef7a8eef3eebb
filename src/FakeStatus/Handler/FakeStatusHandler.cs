using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace FakeStatus;

/// <summary>
/// An <see cref="HttpMessageHandler"/> that answers every request in-process with a realistic canned response looked up in a
/// <see cref="StatusRegistry"/>: <c>GET /smtp/530</c> gives <c>530 Authentication Required</c> with its headers and JSON body.
/// No network is used. Thread-safe: one handler may serve any number of concurrent requests.
/// </summary>
/// <example>
/// <code>
/// using var handler = new FakeStatusHandler();
/// using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));
/// using HttpResponseMessage response = await client.GetAsync("/smtp/530");
/// </code>
/// </example>
public sealed partial class FakeStatusHandler : HttpMessageHandler
{
    private readonly ConcurrentQueue<RecordedRequest> _log = new();
    private readonly StatusRegistry _registry;
    private readonly TimeProvider _time;
    private int _disposed;

    /// <summary>Creates a handler with the built-in catalog, the system clock and the URL conventions: no setup needed.</summary>
    public FakeStatusHandler()
        : this(DefaultOptions)
    {
    }

    /// <summary>Creates a handler with the given <paramref name="options"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public FakeStatusHandler(FakeStatusOptions options)
    {
        Options = options ?? throw new ArgumentNullException(nameof(options));
        _registry = options.Registry;
        _time = options.TimeProvider;
    }

    /// <summary>Creates a handler that reads time from <paramref name="timeProvider"/> (e.g. a <c>FakeTimeProvider</c>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="timeProvider"/> is null.</exception>
    public FakeStatusHandler(TimeProvider timeProvider)
        : this(new FakeStatusOptions { TimeProvider = timeProvider })
    {
    }

    private static FakeStatusOptions DefaultOptions { get; } = new();

    /// <summary>The settings this handler was built with.</summary>
    public FakeStatusOptions Options { get; }

    /// <summary>The catalog this handler answers from.</summary>
    public StatusRegistry Registry => _registry;

    /// <summary>A snapshot of every request received so far, in arrival order.</summary>
    public IReadOnlyList<RecordedRequest> Requests => _log.ToArray();

    /// <summary>
    /// Creates an <see cref="HttpClient"/> that sends through this handler. Disposing the client leaves the handler usable,
    /// so one handler can serve several clients.
    /// </summary>
    /// <param name="baseAddress">The client's base address, e.g. <c>https://fake.test</c>; any host works.</param>
    /// <exception cref="ObjectDisposedException">The handler has been disposed.</exception>
    public HttpClient ToHttpClient(Uri? baseAddress = null)
    {
        ThrowIfDisposed();
        return new HttpClient(this, disposeHandler: false) { BaseAddress = baseAddress };
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        Interlocked.Exchange(ref _disposed, 1);
        base.Dispose(disposing);
    }

    private void ThrowIfDisposed()
    {
        if (Volatile.Read(ref _disposed) != 0)
        {
            throw new ObjectDisposedException(nameof(FakeStatusHandler), "This FakeStatusHandler has been disposed; create a new one per test.");
        }
    }
}
