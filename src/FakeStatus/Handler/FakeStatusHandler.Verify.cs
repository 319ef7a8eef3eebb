using System;

namespace FakeStatus;

/// <content>Verification: assertions on what the handler received, with readable failure messages.</content>
public sealed partial class FakeStatusHandler
{
    /// <summary>Asserts <paramref name="route"/> (as returned by <c>Respond</c>) answered exactly <paramref name="times"/> requests.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="route"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="route"/> was registered on another handler or a scope.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="times"/> is negative.</exception>
    /// <exception cref="FakeStatusVerificationException">It answered another number; the message lists the requests received.</exception>
    public void VerifyCalled(FakeRoute route, int times) => _verification.Called(route, times);

    /// <summary>Asserts <paramref name="route"/> answered no request.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="route"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="route"/> was registered on another handler or a scope.</exception>
    /// <exception cref="FakeStatusVerificationException">It answered some; the message lists the requests received.</exception>
    public void VerifyNotCalled(FakeRoute route) => _verification.Called(route, 0);

    /// <summary>Asserts every route not marked <see cref="RouteBuilder.Optional"/> answered at least one request, and none was left without a response.</summary>
    /// <exception cref="FakeStatusVerificationException">Some did not; the message names them.</exception>
    public void VerifyAllRoutesUsed() => _verification.AllRoutesUsed();

    /// <summary>Asserts no request went unmatched since the last <see cref="ClearRequests"/>, counting requests the log no longer keeps.</summary>
    /// <exception cref="FakeStatusVerificationException">Some did; the message lists them.</exception>
    public void VerifyNoUnmatchedRequests() => _verification.NoUnmatchedRequests();

    /// <summary>
    /// The one strict check for the end of a test: every route was finished with a response, every route not marked
    /// <see cref="RouteBuilder.Optional"/> was used, every sequence was consumed to its last step, and no request went
    /// unmatched. Every problem found is listed in one message.
    /// </summary>
    /// <exception cref="FakeStatusVerificationException">At least one check failed; the message lists them all.</exception>
    public void VerifyAll() => _verification.All();
}
