using System;
using System.Collections.Generic;
using System.Globalization;

namespace FakeStatus;

/// <summary>
/// The one weighted, seeded draw behind random routes and <c>/random/...</c> URLs, and the one rule for weights (as httpbin's):
/// each finite and not negative, at least one positive. A zero weight is never drawn.
/// </summary>
internal static class WeightedDraw
{
    public const string WeightRule = "a weight must be a finite number, 0 or more, with at least one choice above 0 (e.g. 0.9 or 3)";

    public static bool IsValidWeight(double weight) => weight >= 0 && !double.IsInfinity(weight) && !double.IsNaN(weight);

    /// <summary>Running totals of <paramref name="weights"/>; throws when they are not a valid set of weights.</summary>
    public static double[] Cumulative(IReadOnlyList<double> weights, string paramName)
    {
        var sums = new double[weights.Count];
        double total = 0;
        for (int i = 0; i < sums.Length; i++)
        {
            total += weights[i];
            sums[i] = total;
        }

        if (!(total > 0) || double.IsInfinity(total))
        {
            throw new ArgumentException($"The weights add up to {total.ToString(CultureInfo.InvariantCulture)}: {WeightRule}.", paramName);
        }

        return sums;
    }

    /// <summary>The index drawn for call <paramref name="call"/> of a generator seeded with <paramref name="seed"/>.</summary>
    public static int Pick(IReadOnlyList<double> cumulative, int seed, long call)
    {
        double draw = SeededRandom.Unit(seed, call) * cumulative[cumulative.Count - 1];
        for (int i = 0; i < cumulative.Count; i++)
        {
            if (draw < cumulative[i])
            {
                return i;
            }
        }

        return cumulative.Count - 1;
    }
}
