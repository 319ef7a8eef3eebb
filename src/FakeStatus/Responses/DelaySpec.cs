using System;
using System.Globalization;

namespace FakeStatus;

/// <summary>A fixed delay, or one drawn per call from [Min, Max] by a seeded, lock-free generator (so runs replay).</summary>
internal readonly struct DelaySpec
{
    /// <summary>The longest delay accepted anywhere: one hour covers every back-off worth testing.</summary>
    public static readonly TimeSpan MaxDelay = TimeSpan.FromHours(1);

    public DelaySpec(TimeSpan min, TimeSpan max, int seed)
    {
        Min = min;
        Max = max;
        Seed = seed;
    }

    public TimeSpan Min { get; }

    public TimeSpan Max { get; }

    public int Seed { get; }

    public bool IsZero => Max == TimeSpan.Zero;

    public static DelaySpec Fixed(TimeSpan delay) => new(delay, delay, 0);

    public static TimeSpan Validate(TimeSpan delay, string paramName) =>
        delay >= TimeSpan.Zero && delay <= MaxDelay
            ? delay
            : throw new ArgumentOutOfRangeException(paramName, delay, $"A delay must be from 00:00:00 to {MaxDelay} (one hour); {delay} is outside that range.");

    public TimeSpan For(long call)
    {
        if (Min == Max)
        {
            return Min;
        }

        double unit = SeededRandom.Unit(Seed, call);
        return TimeSpan.FromTicks(Min.Ticks + (long)((Max.Ticks - Min.Ticks) * unit));
    }

    public override string ToString() => Min == Max
        ? Milliseconds(Min) + " ms"
        : Milliseconds(Min) + "-" + Milliseconds(Max) + " ms (seed " + Seed.ToString(CultureInfo.InvariantCulture) + ")";

    /// <summary>Whole or fractional milliseconds, the same in every culture (route descriptions end up in logs and test names).</summary>
    internal static string Milliseconds(TimeSpan delay) => delay.TotalMilliseconds.ToString(CultureInfo.InvariantCulture);
}
