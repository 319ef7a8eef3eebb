namespace FakeStatus;

/// <summary>
/// What a <see cref="FakeStatusHandler"/> does with a response no real server would send (a 401 without
/// <c>WWW-Authenticate</c>, a body on a 204...); set with <see cref="FakeStatusOptions.Realism"/>.
/// </summary>
public enum RealismCheck
{
    /// <summary>No check: for tests of a deliberately broken server.</summary>
    Off = 0,

    /// <summary>
    /// The default: the response is sent, its problems are listed on <see cref="RecordedRequest.RealismProblems"/> and make
    /// <see cref="FakeStatusHandler.VerifyAll"/> fail.
    /// </summary>
    Warn = 1,

    /// <summary>
    /// Registering a route whose response is known in advance throws; a response known only per request (built from the
    /// request, a URL convention) fails that request with an <see cref="System.InvalidOperationException"/>.
    /// </summary>
    Throw = 2,
}
