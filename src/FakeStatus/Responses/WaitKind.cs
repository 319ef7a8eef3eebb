namespace FakeStatus;

/// <summary>The kinds of wait a response header can carry.</summary>
internal enum WaitKind
{
    None = 0,

    /// <summary><c>Retry-After</c>: seconds, or an HTTP date.</summary>
    RetryAfter = 1,

    /// <summary><c>retry-after-ms</c>, <c>x-ms-retry-after-ms</c>: milliseconds.</summary>
    Milliseconds = 2,

    /// <summary><c>x-ratelimit-reset*</c>: a Unix time, seconds, or a duration.</summary>
    RateLimitReset = 3,
}
