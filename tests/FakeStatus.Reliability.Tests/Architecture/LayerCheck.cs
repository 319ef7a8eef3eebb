namespace FakeStatus.Reliability.Tests.Architecture;

/// <summary>A use that points the wrong way but is allowed for now, with the reason it is still there.</summary>
/// <param name="From">The using type as <c>Folder/Type</c>.</param>
/// <param name="To">The used type as <c>Folder/Type</c>.</param>
/// <param name="Reason">Why the edge is still allowed, and what removes it.</param>
internal sealed record KnownException(string From, string To, string Reason);

/// <summary>A use between two types, each named by its folder.</summary>
/// <param name="FromFolder">The using type's folder.</param>
/// <param name="FromType">The using type's name.</param>
/// <param name="ToFolder">The used type's folder.</param>
/// <param name="ToType">The used type's name.</param>
/// <param name="Why">Where in the using type's code the use is.</param>
internal sealed record FolderEdge(string FromFolder, string FromType, string ToFolder, string ToType, string Why)
{
    public string From => $"{FromFolder}/{FromType}";

    public string To => $"{ToFolder}/{ToType}";
}

/// <summary>
/// The one rule of the layers: a folder uses only its own types and those of lower layers. Folders in the same layer are
/// independent of each other. Pure, so a test can feed it edges of its own.
/// </summary>
internal static class LayerCheck
{
    /// <summary>
    /// Every problem, one line each: a wrong-way edge as <c>Folder/Type -&gt; Folder/Type (why)</c>, a folder no layer
    /// names, and a known exception that no longer occurs (so the list cannot outlive its reason).
    /// </summary>
    public static IReadOnlyList<string> Problems(
        IReadOnlyList<IReadOnlyList<string>> layers, IEnumerable<FolderEdge> edges, IReadOnlyList<KnownException> exceptions)
    {
        var rank = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int layer = 0; layer < layers.Count; layer++)
        {
            foreach (string folder in layers[layer])
            {
                rank.Add(folder, layer);
            }
        }

        var problems = new List<string>();
        var unplaced = new SortedSet<string>(StringComparer.Ordinal);
        var excused = new HashSet<KnownException>();
        foreach (FolderEdge edge in edges)
        {
            if (edge.FromFolder == edge.ToFolder)
            {
                continue;
            }

            bool placed = true;
            foreach (string folder in new[] { edge.FromFolder, edge.ToFolder })
            {
                if (!rank.ContainsKey(folder))
                {
                    unplaced.Add(folder);
                    placed = false;
                }
            }

            if (!placed || rank[edge.ToFolder] < rank[edge.FromFolder])
            {
                continue;
            }

            KnownException? known = exceptions.FirstOrDefault(exception => exception.From == edge.From && exception.To == edge.To);
            if (known is not null)
            {
                excused.Add(known);
                continue;
            }

            string direction = rank[edge.ToFolder] == rank[edge.FromFolder] ? "same layer" : "upward";
            problems.Add($"{edge.From} -> {edge.To} ({direction}: {edge.Why})");
        }

        problems.Sort(StringComparer.Ordinal);
        problems.AddRange(unplaced.Select(folder => $"{folder} is in no layer: add the folder to the layer order."));
        problems.AddRange(exceptions
            .Where(exception => !excused.Contains(exception))
            .Select(exception => $"{exception.From} -> {exception.To} no longer occurs: remove it from the known exceptions."));
        return problems;
    }
}
