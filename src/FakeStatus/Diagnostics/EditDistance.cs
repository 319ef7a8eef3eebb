using System;

namespace FakeStatus;

/// <summary>Levenshtein distance, for ranking near misses by how close their paths are.</summary>
internal static class EditDistance
{
    private const int MaxLength = 256;

    public static int Between(string a, string b)
    {
        // Paths longer than this are rare in tests; their length difference ranks them well enough without a large table.
        if (a.Length > MaxLength || b.Length > MaxLength)
        {
            return Math.Abs(a.Length - b.Length) + MaxLength;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
