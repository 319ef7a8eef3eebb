namespace FakeStatus.Tests.Responses;

/// <summary>
/// The edges of the one-second cap: a wait of exactly one second is sent as written (only a longer one is rewritten), and a
/// Go-style duration is read digit by digit, so a malformed one is sent unchanged rather than read as part of a wait.
/// </summary>
public sealed class WaitHeaderEdgeTests
{
    private static readonly DateTimeOffset Now = TestClock.SeedTime;

    [TestCase("retry-after-ms", "1000.0", "1000.0")]
    [TestCase("Retry-After", "1.0", "1.0")]
    [TestCase("Retry-After", "2026-02-25T12:00:01Z", "2026-02-25T12:00:01Z")]
    [TestCase("x-ratelimit-reset", "1.0", "1.0")]
    [TestCase("x-ratelimit-reset", "0.5", "0.5")]
    [TestCase("x-ratelimit-reset", "1772020801.0", "1772020801.0")]
    [TestCase("x-ratelimit-reset-tokens", "1000ms", "1000ms")]
    public void Capped_WaitOfExactlyTheCap_IsSentAsWritten(string name, string value, string expected) =>
        WaitHeader.Capped(WaitHeader.KindOf(name), value, Now).Should().Be(expected);

    [TestCase("1000000000", "1000000000", TestName = "Capped_ResetOfOneBillionSeconds_IsAUnixTimeInThePast")]
    [TestCase("999999999", "1", TestName = "Capped_ResetJustUnderOneBillionSeconds_IsANumberOfSecondsToWait")]
    public void Capped_ResetAtTheEpochBoundary_IsReadAsDateOrSeconds(string value, string expected) =>
        WaitHeader.Capped(WaitKind.RateLimitReset, value, Now).Should().Be(expected);

    [TestCase("1h", "1s")]
    [TestCase("0.5s", "0.5s")]
    [TestCase("0.25s", "0.25s")]
    [TestCase("1500ms", "1s")]
    [TestCase("10s", "1s")]
    [TestCase("2m", "1s")]
    [TestCase("1m0.5s", "1s")]
    public void Capped_GoDuration_IsReadDigitByDigit(string value, string expected) =>
        WaitHeader.Capped(WaitKind.RateLimitReset, value, Now).Should().Be(expected);

    [TestCase("2sx")]
    [TestCase("2s5x")]
    [TestCase("2s.s")]
    [TestCase("s2s")]
    [TestCase("2s 3s")]
    [TestCase("1s5")]
    [TestCase("2s5")]
    [TestCase("")]
    public void Capped_MalformedDurationAfterALongWait_IsSentUnchanged(string value) =>
        WaitHeader.Capped(WaitKind.RateLimitReset, value, Now).Should().Be(value);
}
