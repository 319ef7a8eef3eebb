using System;
using System.Collections.Concurrent;
using System.Threading;

namespace FakeStatus;

/// <content>Per-test scopes: routes that answer only the requests flowing from one async context.</content>
public sealed partial class FakeStatusHandler
{
    // The open scopes, so a request that arrives outside all of them can say which would have answered it.
    private readonly ConcurrentDictionary<FakeStatusScope, byte> _openScopes = new();

    /// <summary>
    /// Opens a scope for the current async context, typically one test: routes registered on the scope answer only the
    /// requests that flow from this context (the test's calls, and everything an app under test does on their behalf), before
    /// the handler's own routes and the URL conventions. The scope has its own request log and verification. Scopes nest: an
    /// inner scope's routes come first, then the outer's. Dispose the scope at the end of the test; its routes then stop
    /// answering. Call this in the test method itself (an async setup method's context does not flow into the test).
    /// </summary>
    /// <returns>The scope; dispose it when the test ends.</returns>
    /// <exception cref="ObjectDisposedException">The handler has been disposed.</exception>
    /// <example>
    /// <code>
    /// using FakeStatusScope scope = handler.BeginScope();
    /// FakeRoute relay = scope.When(HttpMethod.Post, "/send").Respond("smtp", 530);
    /// // ... call the app ...
    /// scope.VerifyCalled(relay, 1);
    /// </code>
    /// </example>
    public FakeStatusScope BeginScope()
    {
        ThrowIfDisposed();
        var scope = new FakeStatusScope(this, _currentScope.Value, Options, new RequestLog(Options.MaxRecordedRequests), _seed, Interlocked.Increment(ref _scopesCreated));
        _currentScope.Value = scope;
        _openScopes.TryAdd(scope, 0);
        return scope;
    }

    internal int OpenScopes => _openScopes.Count;

    /// <summary>The requests kept in the log that arrived outside every scope while scopes were open, for a scope's verification.</summary>
    internal RecordedRequest[] RequestsOutsideScopes() =>
        System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Where(_log.Snapshot(), r => r.IsUnmatched && r.Detail.Contains(ScopeHint.Marker, StringComparison.Ordinal)));

    private long _scopesCreated;

    internal void EndScope(FakeStatusScope scope)
    {
        _openScopes.TryRemove(scope, out _);
        if (ReferenceEquals(_currentScope.Value, scope))
        {
            _currentScope.Value = scope.Parent;
        }
    }
}
