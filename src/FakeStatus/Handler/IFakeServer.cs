using System;
using System.Collections.Generic;
using System.Net.Http;

namespace FakeStatus;

/// <summary>
/// What a test talks to: routes registered with <c>When(...)</c>, the requests recorded, and the verifications of both.
/// <see cref="FakeStatusHandler"/> (the whole fake) and <see cref="FakeStatusScope"/> (one test's share of a handler used by
/// tests in parallel) both offer it, so a helper written against <see cref="IFakeServer"/> works with either. Thread-safe.
/// </summary>
/// <example>
/// <code>
/// static FakeRoute ArrangeLoginFailure(IFakeServer server) =&gt; server.When(HttpMethod.Post, "/login").Respond(401);
/// </code>
/// </example>
// 'When' is a Visual Basic keyword (CA1716); it is the verb every route starts with, and VB calls it as [When].
#pragma warning disable CA1716
public interface IFakeServer
{
    /// <summary>The routes registered here, in registration order; the most specific path answers, then the most recent.</summary>
    IReadOnlyList<FakeRoute> Routes { get; }

    /// <summary>A snapshot of the requests recorded here since the last <see cref="ClearRequests"/>, oldest first.</summary>
    IReadOnlyList<RecordedRequest> Requests { get; }

    /// <summary>
    /// Starts a route for any method; finish it with <c>Respond...</c> or <c>Throw</c>, which registers it and returns the
    /// <see cref="FakeRoute"/> to verify with. <paramref name="template"/> is a path (<c>/login</c>), with <c>{name}</c>
    /// segments or <c>*</c>, optionally with a query or an absolute URL to match the host too.
    /// </summary>
    /// <param name="template">The path template, e.g. <c>/users/{id}</c>.</param>
    /// <returns>The builder that finishes the route.</returns>
    /// <exception cref="ArgumentException">The template is empty or malformed; the message says what is valid.</exception>
    /// <exception cref="ObjectDisposedException">The handler or scope has been disposed.</exception>
    RouteBuilder When(string template);

    /// <summary>Starts a route for <paramref name="method"/> only. See <see cref="When(string)"/> for templates.</summary>
    /// <param name="method">The method the route answers.</param>
    /// <param name="template">The path template, e.g. <c>/users/{id}</c>.</param>
    /// <returns>The builder that finishes the route.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="method"/> is null.</exception>
    /// <exception cref="ArgumentException">The template is empty or malformed.</exception>
    /// <exception cref="ObjectDisposedException">The handler or scope has been disposed.</exception>
    RouteBuilder When(HttpMethod method, string template);

    /// <summary>Forgets the requests recorded so far; route call counts and sequence positions are kept.</summary>
    void ClearRequests();

    /// <summary>Asserts <paramref name="route"/> (as returned by <c>Respond</c>) answered exactly <paramref name="times"/> requests.</summary>
    /// <param name="route">A route registered here.</param>
    /// <param name="times">The expected number of requests, zero or more.</param>
    /// <exception cref="ArgumentNullException"><paramref name="route"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="route"/> was registered elsewhere.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="times"/> is negative.</exception>
    /// <exception cref="FakeStatusVerificationException">It answered another number; the message lists the requests received.</exception>
    void VerifyCalled(FakeRoute route, int times);

    /// <summary>Asserts <paramref name="route"/> answered no request.</summary>
    /// <param name="route">A route registered here.</param>
    /// <exception cref="ArgumentNullException"><paramref name="route"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="route"/> was registered elsewhere.</exception>
    /// <exception cref="FakeStatusVerificationException">It answered some; the message lists the requests received.</exception>
    void VerifyNotCalled(FakeRoute route);

    /// <summary>Asserts every route not marked <see cref="RouteBuilder.Optional"/> answered at least one request, and none was left without a response.</summary>
    /// <exception cref="FakeStatusVerificationException">Some did not; the message names them.</exception>
    void VerifyAllRoutesUsed();

    /// <summary>Asserts no request went unmatched since the last <see cref="ClearRequests"/>, counting requests the log no longer keeps.</summary>
    /// <exception cref="FakeStatusVerificationException">Some did; the message lists them.</exception>
    void VerifyNoUnmatchedRequests();

    /// <summary>
    /// The one strict check for the end of a test: every route was finished with a response, every route not marked
    /// <see cref="RouteBuilder.Optional"/> was used, every sequence was consumed to its last step, and no request went
    /// unmatched. Every problem found is listed in one message.
    /// </summary>
    /// <exception cref="FakeStatusVerificationException">At least one check failed; the message lists them all.</exception>
    void VerifyAll();
}
#pragma warning restore CA1716
