using Mono.Cecil;

namespace FakeStatus.Reliability.Tests.Architecture;

/// <summary>The uses between the types of one compiled assembly, each type named by its source folder.</summary>
internal static class AssemblyEdges
{
    /// <summary>
    /// Reads <paramref name="assemblyPath"/> and its PDB, keeping the types written one folder below
    /// <paramref name="root"/>. Returns the edges between them, and one problem line for each type the source declares but
    /// the PDB places in more than one folder, or (when <paramref name="wholeAssembly"/>) in none.
    /// </summary>
    public static (IReadOnlyList<FolderEdge> Edges, IReadOnlyList<string> Problems) Read(string assemblyPath, string root, bool wholeAssembly)
    {
        Dictionary<int, string> folders = SourceFolders.Read(assemblyPath, root);
        using ModuleDefinition module = ModuleDefinition.ReadModule(assemblyPath);
        var (types, dependencies) = TypeDependencies.Read(module);

        var placed = new Dictionary<string, (string Folder, string Name)>(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (TypeDefinition type in types)
        {
            if (!folders.TryGetValue(type.MetadataToken.ToInt32(), out string? folder))
            {
                continue;
            }

            string name = type.Name.Split('`')[0];
            if (folder.Contains(" + ", StringComparison.Ordinal))
            {
                problems.Add($"{name} is written in more than one folder ({folder}): keep a type's partial files together.");
                continue;
            }

            placed.Add(type.FullName, (folder, name));
        }

        // Every type the source wrote (the compiler's own, such as embedded attributes, have no files) must have a folder.
        if (wholeAssembly)
        {
            problems.AddRange(types
                .Where(type => !TypeDependencies.IsCompilerGenerated(type) && !folders.ContainsKey(type.MetadataToken.ToInt32()))
                .Select(type => $"{type.FullName} has no source file in a folder below {root}: put it in the folder of its layer."));
        }

        var edges = dependencies
            .Where(dependency => placed.ContainsKey(dependency.From) && placed.ContainsKey(dependency.To))
            .Select(dependency =>
            {
                var (fromFolder, fromName) = placed[dependency.From];
                var (toFolder, toName) = placed[dependency.To];
                string why = dependency.More == 0 ? dependency.Why : $"{dependency.Why}, and {dependency.More} more";
                return new FolderEdge(fromFolder, fromName, toFolder, toName, why);
            })
            .ToList();
        return (edges, problems);
    }
}
