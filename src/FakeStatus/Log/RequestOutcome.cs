namespace FakeStatus;

/// <summary>How a <see cref="FakeStatusHandler"/> dealt with one request, as recorded in <see cref="RecordedRequest.Outcome"/>.</summary>
public enum RequestOutcome
{
    /// <summary>A route or a URL convention answered with a response (<see cref="RecordedRequest.StatusCode"/> says which).</summary>
    Answered = 0,

    /// <summary>A route raised a <see cref="FakeFault"/> (timeout, connection refused...) instead of answering.</summary>
    Faulted = 1,

    /// <summary>
    /// No route and no URL convention matched. With the default policy the caller got <see cref="UnmatchedRequestException"/>;
    /// with <see cref="UnmatchedPolicy.Respond(int)"/> it got that status, recorded in <see cref="RecordedRequest.StatusCode"/>.
    /// </summary>
    Unmatched = 2,

    /// <summary>A route's sequence, set to <c>ThrowWhenExhausted</c>, had no step left: the caller got <see cref="SequenceExhaustedException"/>.</summary>
    SequenceExhausted = 3,

    /// <summary>The request was sent on to the real handler of <see cref="UnmatchedPolicy.PassThrough"/>, which answered.</summary>
    PassedThrough = 4,

    /// <summary>The request was sent on to the real handler of <see cref="UnmatchedPolicy.PassThrough"/>, which threw.</summary>
    PassThroughFailed = 5,

    /// <summary>The caller's cancellation token was cancelled before the answer: before arrival, while the body was read, or during a delay.</summary>
    Cancelled = 6,

    /// <summary>
    /// The handler could not answer because of the test's own setup or input: a route left without a response, a request body
    /// that could not be read, or a response factory that threw. The caller got that exception.
    /// </summary>
    Failed = 7,
}
