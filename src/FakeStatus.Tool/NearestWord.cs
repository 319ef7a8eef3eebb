using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;

namespace FakeStatus.Tool;

/// <summary>Finds the word a user probably meant ("--fromat" -> "--format", "shwo" -> "show") among the valid ones.</summary>
internal static class NearestWord
{
    /// <summary>
    /// The candidate closest to <paramref name="typed"/>, or null when none is close: at most one edit per three characters
    /// (at least one), counting a swap of two neighbours as one edit, since that is the commonest slip.
    /// </summary>
    public static string? Find(string typed, IEnumerable<string> candidates)
    {
        int allowed = Math.Max(1, typed.Length / 3);
        return candidates
            .Select(candidate => (candidate, distance: Distance(typed.ToLowerInvariant(), candidate.ToLowerInvariant())))
            .Where(c => c.distance <= allowed)
            .OrderBy(c => c.distance)
            .Select(c => c.candidate)
            .FirstOrDefault();
    }

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps.</summary>
    [SuppressMessage("Performance", "CA1814", Justification = "A full (len a + 1) x (len b + 1) table of two short words: no cell is wasted, and d[i, j] reads as the textbook recurrence.")]
    internal static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (int j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
