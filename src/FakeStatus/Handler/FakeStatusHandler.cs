using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;

namespace FakeStatus;

/// <summary>
/// An <see cref="HttpMessageHandler"/> that answers every request in-process with a realistic canned response looked up in a
/// <see cref="StatusCatalog"/>: <c>GET /smtp/530</c> gives <c>530 Authentication Required</c> with its headers and JSON body.
/// Explicit routes (<see cref="When(string)"/>) come first, then the URL conventions, then <see cref="FakeStatusOptions.Unmatched"/>.
/// No network is used unless <see cref="UnmatchedPolicy.PassThrough"/> is chosen. Thread-safe for any number of concurrent requests.
/// </summary>
/// <example>
/// <code>
/// using var handler = new FakeStatusHandler();
/// using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));
/// using HttpResponseMessage response = await client.GetAsync("/smtp/530");
/// </code>
/// </example>
public sealed partial class FakeStatusHandler : HttpMessageHandler, IFakeServer
{
    private readonly StatusCatalog _catalog;
    private readonly TimeProvider _time;
    private readonly int _seed;
    private readonly RequestLog _log;
    private readonly RouteSet _routes;
    private readonly Verification _verification;
    private readonly AsyncLocal<FakeStatusScope?> _currentScope = new();
    private readonly HttpMessageInvoker? _passThrough;
    private readonly ResponseTemplate? _unmatchedTemplate;
    private long _conventionDraws;
    private int _disposed;

    /// <summary>Creates a handler with the built-in catalog, the system clock and the URL conventions: no setup needed.</summary>
    public FakeStatusHandler()
        : this(DefaultOptions)
    {
    }

    /// <summary>Creates a handler that reads time from <paramref name="timeProvider"/> (e.g. a <c>FakeTimeProvider</c>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="timeProvider"/> is null.</exception>
    public FakeStatusHandler(TimeProvider timeProvider)
        : this(new FakeStatusOptions { TimeProvider = timeProvider })
    {
    }

    /// <summary>Creates a handler with the given <paramref name="options"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">The unmatched policy names a protocol the catalog lacks.</exception>
    public FakeStatusHandler(FakeStatusOptions options)
    {
        Options = options ?? throw new ArgumentNullException(nameof(options));
        _catalog = options.Catalog;
        _time = options.TimeProvider;
        _seed = options.RandomSeed ?? Environment.TickCount;
        _log = new RequestLog(options.MaxRecordedRequests);
        _routes = new RouteSet(this);
        _verification = new Verification(_routes, _log, _seed);
        UnmatchedPolicy unmatched = options.Unmatched;
        if (unmatched.Protocol is not null)
        {
            _unmatchedTemplate = ResponseTemplate.Canonical(new StepFactory(_catalog).Resolve(unmatched.Protocol, unmatched.Code));
        }

        if (unmatched.Inner is not null)
        {
            _passThrough = new HttpMessageInvoker(unmatched.Inner, disposeHandler: unmatched.OwnsInner);
        }
    }

    private const string DisposedMessage = "This FakeStatusHandler has been disposed; create a new one per test. " +
        "If it was given to new HttpClient(handler), disposing that HttpClient disposed the handler too: create clients with " +
        "handler.ToHttpClient() or new HttpClient(handler, disposeHandler: false) to keep the handler usable after the client.";

    private static FakeStatusOptions DefaultOptions { get; } = new();

    /// <summary>The settings this handler was built with, including its <see cref="FakeStatusOptions.Catalog"/>.</summary>
    public FakeStatusOptions Options { get; }

    /// <summary>
    /// The seed of the URL conventions' random choices (<c>/random/200,500</c>): <see cref="FakeStatusOptions.RandomSeed"/>, or
    /// the one this handler picked. Set it in the options to replay a run.
    /// </summary>
    public int RandomSeed => _seed;

    /// <summary>
    /// A snapshot of the requests recorded since the last <see cref="ClearRequests"/>, oldest first, one entry per request:
    /// at most <see cref="FakeStatusOptions.MaxRecordedRequests"/> of the most recent. Verification counts every request,
    /// including those no longer kept here.
    /// </summary>
    public IReadOnlyList<RecordedRequest> Requests => _log.Snapshot();

    /// <summary>
    /// Forgets the requests recorded so far and the count of unmatched ones, e.g. between the arrange and act phases of a test.
    /// Route call counts and sequence positions are kept. Safe while requests are in flight: a request is recorded when it
    /// completes, so one in flight lands in the emptied log and none is lost or failed.
    /// </summary>
    public void ClearRequests() => _log.Clear();

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

    /// <summary>
    /// Stops the handler: later requests and registrations throw <see cref="ObjectDisposedException"/>, and so do requests
    /// still waiting out a delay (<c>WithDelay</c>, <c>?sleep=</c>, <c>X-HttpStatus-Sleep</c>), at once, their timers released;
    /// responses already handed out stay readable. Disposing twice is harmless. A pass-through handler is not disposed.
    /// </summary>
    /// <param name="disposing">Whether this is a call to <c>Dispose()</c> rather than finalization.</param>
    protected override void Dispose(bool disposing)
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0 && disposing)
        {
            EndWaits();
            _routes.Close(DisposedMessage);
            _passThrough?.Dispose();
        }

        base.Dispose(disposing);
    }

    private void ThrowIfDisposed()
    {
        if (Volatile.Read(ref _disposed) != 0)
        {
            throw new ObjectDisposedException(nameof(FakeStatusHandler), DisposedMessage);
        }
    }
}
