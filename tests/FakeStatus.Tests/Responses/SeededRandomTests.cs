namespace FakeStatus.Tests.Responses;

/// <summary>
/// Seeded draws must not change between versions: a seed printed by a failing run has to replay that run. The values are
/// SplitMix64's, computed by an independent implementation.
/// </summary>
public sealed class SeededRandomTests
{
    [TestCase(0, 0L, 0xE220A8397B1DCDAFUL, TestName = "Unit_Seed0Call0_IsSplitMix64sFirstPublishedOutput")]
    [TestCase(5, 1L, 0x710738F7E219399EUL)]
    [TestCase(5, 2L, 0x1A03A0B70F05E711UL)]
    [TestCase(-1, 3L, 0x8B8D73F5E526B997UL)]
    [TestCase(1234, 1L, 0xBC6DE5CED3BAD3E9UL)]
    public void Unit_IsTheTop53BitsOfSplitMix64_OfSeedAndCall(int seed, long call, ulong splitMix64)
    {
        double expected = (splitMix64 >> 11) * (1.0 / (1UL << 53));

        SeededRandom.Unit(seed, call).Should().Be(expected);
    }

    [Test]
    public void Unit_IsInTheHalfOpenUnitInterval_ForEverySeedAndCall()
    {
        int[] seeds = [int.MinValue, -1, 0, 1, 42, int.MaxValue];
        foreach (int seed in seeds)
        {
            for (long call = 0; call < 2_000; call++)
            {
                SeededRandom.Unit(seed, call).Should().BeGreaterThanOrEqualTo(0).And.BeLessThan(1);
            }
        }
    }
}
