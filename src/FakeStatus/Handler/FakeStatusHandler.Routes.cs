using System;
using System.Collections.Generic;
using System.Net.Http;

namespace FakeStatus;

/// <content>Route registration: <c>FakeRoute login = handler.When("/login").Respond("smtp", 530);</c>.</content>
public sealed partial class FakeStatusHandler
{
    /// <summary>
    /// The routes registered so far, in registration order. When several match a request, the most recently registered one
    /// answers, so a test can override a default registered in its setup.
    /// </summary>
    public IReadOnlyList<FakeRoute> Routes => _routes.Routes;

    /// <summary>
    /// Starts a route for any method; finish it with <c>Respond...</c> or <c>Throw</c>, which registers it and returns the
    /// <see cref="FakeRoute"/> to verify with. <paramref name="template"/> is a path (<c>/login</c>), with <c>{name}</c>
    /// segments (<c>/users/{id}</c>) or <c>*</c> (one segment, or the rest when last: <c>/api/*</c>), optionally with a query
    /// (<c>/search?q=x</c>) or an absolute URL (<c>https://api.test/login</c>) to match the host too. A route left without a
    /// response fails the requests it would have matched and <see cref="VerifyAll"/> until it is finished; a registration
    /// that throws (bad input, a duplicate name) leaves the handler as it was.
    /// </summary>
    /// <exception cref="ArgumentException">The template is empty or malformed; the message says what is valid.</exception>
    /// <exception cref="ObjectDisposedException">The handler has been disposed.</exception>
    public RouteBuilder When(string template)
    {
        ThrowIfDisposed();
        return _routes.Track(new RouteBuilder(_routes, Options.RouteSteps(), null, template));
    }

    /// <summary>Starts a route for <paramref name="method"/> only. See <see cref="When(string)"/> for templates.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="method"/> is null.</exception>
    /// <exception cref="ArgumentException">The template is empty or malformed.</exception>
    /// <exception cref="ObjectDisposedException">The handler has been disposed.</exception>
    public RouteBuilder When(HttpMethod method, string template)
    {
        ThrowIfDisposed();
        return _routes.Track(new RouteBuilder(_routes, Options.RouteSteps(), method ?? throw new ArgumentNullException(nameof(method)), template));
    }
}
