namespace FakeStatus;

/// <summary>
/// A stateless seeded generator: the value for call N depends only on (seed, N), so concurrent requests need no lock and a
/// failing run replays exactly from the seed printed in its messages.
/// </summary>
internal static class SeededRandom
{
    /// <summary>A value in [0, 1) for the <paramref name="call"/>-th draw of <paramref name="seed"/> (SplitMix64).</summary>
    public static double Unit(int seed, long call)
    {
        ulong z = unchecked(((ulong)(uint)seed << 32) ^ (ulong)call) + 0x9E3779B97F4A7C15UL;
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        z ^= z >> 31;
        return (z >> 11) * (1.0 / (1UL << 53));
    }
}
