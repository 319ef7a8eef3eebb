using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;
using System.Threading;

namespace FakeStatus;

/// <summary>
/// Routes, a request log and verification for one test, on a <see cref="FakeStatusHandler"/> shared by tests that run in
/// parallel (e.g. one <c>WebApplicationFactory</c>). Created by <see cref="FakeStatusHandler.BeginScope"/>: its routes answer
/// only requests that flow from the async context that created it, so parallel tests never see each other's answers.
/// Thread-safe. Disposing it removes its routes; disposing twice is harmless; registering on a disposed scope throws.
/// A request that still carries a disposed scope (work that outlived its test) is unmatched, and the message says so.
/// </summary>
public sealed class FakeStatusScope : IFakeServer, IDisposable
{
    private readonly FakeStatusHandler _handler;
    private readonly FakeStatusOptions _options;
    private readonly RequestLog _log;
    private readonly Verification _verification;
    private readonly CancellationTokenSource _ending = new();
    private int _disposed;

    internal FakeStatusScope(FakeStatusHandler handler, FakeStatusScope? parent, FakeStatusOptions options, RequestLog log, int seed, long number)
    {
        _handler = handler;
        Parent = parent;
        _options = options;
        _log = log;
        Number = number;
        RouteSet = new RouteSet(this);
        _verification = new Verification(RouteSet, log, seed) { RequestsOutsideScopes = handler.RequestsOutsideScopes };
        Ending = _ending.Token;
    }

    /// <summary>The routes registered on this scope, in registration order; the most recently registered match answers.</summary>
    public IReadOnlyList<FakeRoute> Routes => RouteSet.Routes;

    /// <summary>A snapshot of the requests that flowed from this scope, oldest first (bounded like the handler's log).</summary>
    public IReadOnlyList<RecordedRequest> Requests => _log.Snapshot();

    /// <summary>Whether <see cref="Dispose"/> has been called.</summary>
    public bool IsDisposed => Volatile.Read(ref _disposed) != 0;

    internal FakeStatusScope? Parent { get; }

    internal long Number { get; }

    internal RouteSet RouteSet { get; }

    internal RequestLog Log => _log;

    /// <summary>Cancelled when the scope is disposed: ends the delays of the requests that flowed from it.</summary>
    internal CancellationToken Ending { get; }

    /// <summary>Starts a route of this scope for any method. See <see cref="FakeStatusHandler.When(string)"/> for templates.</summary>
    /// <exception cref="ArgumentException">The template is empty or malformed.</exception>
    /// <exception cref="ObjectDisposedException">The scope has been disposed.</exception>
    public RouteBuilder When(string template)
    {
        ThrowIfDisposed();
        return RouteSet.Track(new RouteBuilder(RouteSet, _options, null, template));
    }

    /// <summary>Starts a route of this scope for <paramref name="method"/> only.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="method"/> is null.</exception>
    /// <exception cref="ArgumentException">The template is empty or malformed.</exception>
    /// <exception cref="ObjectDisposedException">The scope has been disposed.</exception>
    public RouteBuilder When(HttpMethod method, string template)
    {
        ThrowIfDisposed();
        return RouteSet.Track(new RouteBuilder(RouteSet, _options, method ?? throw new ArgumentNullException(nameof(method)), template));
    }

    /// <summary>Forgets the requests this scope recorded so far; route call counts are kept.</summary>
    public void ClearRequests() => _log.Clear();

    /// <summary>Asserts <paramref name="route"/> (registered on this scope) answered exactly <paramref name="times"/> requests.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="route"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="route"/> was registered on the handler or another scope.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="times"/> is negative.</exception>
    /// <exception cref="FakeStatusVerificationException">It answered another number.</exception>
    public void VerifyCalled(FakeRoute route, int times) => _verification.Called(route, times);

    /// <summary>Asserts <paramref name="route"/> (registered on this scope) answered no request.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="route"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="route"/> was registered on the handler or another scope.</exception>
    /// <exception cref="FakeStatusVerificationException">It answered some.</exception>
    public void VerifyNotCalled(FakeRoute route) => _verification.Called(route, 0);

    /// <summary>Asserts every route of this scope not marked optional was used, and none was left without a response.</summary>
    /// <exception cref="FakeStatusVerificationException">Some were not; the message names them.</exception>
    public void VerifyAllRoutesUsed() => _verification.AllRoutesUsed();

    /// <summary>Asserts no request from this scope went unmatched.</summary>
    /// <exception cref="FakeStatusVerificationException">Some did; the message lists them.</exception>
    public void VerifyNoUnmatchedRequests() => _verification.NoUnmatchedRequests();

    /// <summary>The strict end-of-test check of <see cref="FakeStatusHandler.VerifyAll"/>, for this scope's routes and requests.</summary>
    /// <exception cref="FakeStatusVerificationException">At least one check failed; the message lists them all.</exception>
    public void VerifyAll() => _verification.All();

    /// <summary>
    /// Closes the scope: its routes stop answering and later registrations throw. Requests from the scope still waiting out a
    /// delay end at once with <see cref="ObjectDisposedException"/>, their timers released. Harmless when repeated.
    /// </summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            RouteSet.Close("This FakeStatusScope has been disposed; begin a new scope with handler.BeginScope().");
            _handler.EndScope(this);
            _ending.Cancel();
            _ending.Dispose();
        }
    }

    /// <inheritdoc />
    public override string ToString() => "scope #" + Number.ToString(CultureInfo.InvariantCulture) + (IsDisposed ? " (disposed)" : string.Empty);

    private void ThrowIfDisposed()
    {
        if (IsDisposed)
        {
            throw new ObjectDisposedException(nameof(FakeStatusScope), "This FakeStatusScope has been disposed; begin a new scope with handler.BeginScope().");
        }
    }
}
