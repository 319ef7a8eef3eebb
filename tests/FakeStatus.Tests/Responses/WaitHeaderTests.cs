namespace FakeStatus.Tests.Responses;

public sealed class WaitHeaderTests
{
    private static readonly DateTimeOffset Now = TestClock.SeedTime;

    [TestCase("Retry-After", "120", "1")]
    [TestCase("Retry-After", "2", "1")]
    [TestCase("Retry-After", "1", "1")]
    [TestCase("Retry-After", "0", "0")]
    [TestCase("Retry-After", "soon", "soon")]
    [TestCase("Retry-After", "Wed, 25 Feb 2026 12:05:00 GMT", "Wed, 25 Feb 2026 12:00:01 GMT")]
    [TestCase("Retry-After", "Wed, 25 Feb 2026 11:00:00 GMT", "Wed, 25 Feb 2026 11:00:00 GMT")]
    [TestCase("Retry-After", "Wednesday, 25-Feb-26 12:05:00 GMT", "Wed, 25 Feb 2026 12:00:01 GMT", TestName = "Capped_RetryAfterInTheObsoleteRfc850Form_IsReadAsClientsReadIt")]
    [TestCase("Retry-After", "120.5", "120.5", TestName = "Capped_RetryAfterWithAFraction_NoClientReads_IsSentAsWritten")]
    [TestCase("Retry-After", "2030-01-01T00:00:00Z", "2030-01-01T00:00:00Z", TestName = "Capped_RetryAfterAsAnIsoDate_NoClientReads_IsSentAsWritten")]
    [TestCase("retry-after-ms", "5000", "1000")]
    [TestCase("x-ms-retry-after-ms", "1500", "1000")]
    [TestCase("x-ms-retry-after-ms", "250", "250")]
    [TestCase("x-ratelimit-reset", "1772024400", "1772020801")]
    [TestCase("x-ratelimit-reset", "1772020800", "1772020800")]
    [TestCase("x-ratelimit-reset", "30", "1")]
    [TestCase("x-ratelimit-reset-requests", "6m0s", "1s")]
    [TestCase("x-ratelimit-reset-tokens", "1.5s", "1s")]
    [TestCase("x-ratelimit-reset-tokens", "6ms", "6ms")]
    [TestCase("x-ratelimit-reset-tokens", "1s", "1s")]
    [TestCase("x-ratelimit-reset-tokens", "1x", "1x")]
    [TestCase("x-ratelimit-reset-tokens", ".s", ".s")]
    public void Capped_WaitOverOneSecond_IsCutToOneSecondFromNow(string name, string value, string expected)
    {
        WaitKind kind = WaitHeader.KindOf(name);

        WaitHeader.Capped(kind, value, Now).Should().Be(expected);
    }

    [TestCase("Retry-After", "RetryAfter")]
    [TestCase("retry-after", "RetryAfter")]
    [TestCase("X-MS-Retry-After-MS", "Milliseconds")]
    [TestCase("x-ratelimit-reset-requests", "RateLimitReset")]
    [TestCase("x-ratelimit-remaining", "None")]
    [TestCase("Location", "None")]
    public void KindOf_HeaderName_NamesItsWait(string name, string expected) =>
        WaitHeader.KindOf(name).ToString().Should().Be(expected);
}
