using System;
using System.Collections.Generic;
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
            .Select(candidate => (candidate, distance: EditDistance.Between(typed.ToLowerInvariant(), candidate.ToLowerInvariant())))
            .Where(c => c.distance <= allowed)
            .OrderBy(c => c.distance)
            .Select(c => c.candidate)
            .FirstOrDefault();
    }
}
