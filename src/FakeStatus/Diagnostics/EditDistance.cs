using System;

namespace FakeStatus;

/// <summary>
/// The one edit distance (optimal string alignment: insertions, deletions, substitutions, and a swap of two neighbours as one
/// edit, the commonest slip): it ranks near misses by how close their paths are, and finds the word a tool user meant.
/// </summary>
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

        // Three rows of the table: the one before the previous is where a swap of neighbours is counted from.
        var beforePrevious = new int[b.Length + 1];
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
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    current[j] = Math.Min(current[j], beforePrevious[j - 2] + 1);
                }
            }

            (beforePrevious, previous, current) = (previous, current, beforePrevious);
        }

        return previous[b.Length];
    }
}
