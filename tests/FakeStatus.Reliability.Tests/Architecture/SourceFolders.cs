using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace FakeStatus.Reliability.Tests.Architecture;

/// <summary>
/// Maps each top-level type of a compiled assembly to the source folder it is written in, read from the portable PDB's
/// documents: a method's sequence points name its file, and a type without method bodies (an enum, an interface, a
/// delegate) has its files in the PDB's type-definition-documents record. A nested type belongs to its outermost type.
/// </summary>
internal static class SourceFolders
{
    // The PDB record the C# compiler writes for types that have no method bodies to carry a document.
    private static readonly Guid TypeDefinitionDocuments = new("932E74BC-DBA9-4478-8D46-0F32A7BAB3D3");

    /// <summary>
    /// Reads <paramref name="assemblyPath"/> and its PDB beside it; returns the folder of each top-level type (by metadata
    /// token) whose files lie one folder below <paramref name="root"/> (a path fragment such as <c>/src/FakeStatus/</c>).
    /// A type whose files lie in two folders maps to all of them, joined by " + ", so the check can report it.
    /// </summary>
    public static Dictionary<int, string> Read(string assemblyPath, string root)
    {
        string pdbPath = Path.ChangeExtension(assemblyPath, ".pdb");
        if (!File.Exists(pdbPath))
        {
            throw new FileNotFoundException($"The architecture check maps types to folders from the portable PDB, and {pdbPath} does not exist.", pdbPath);
        }

        using var peStream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(peStream);
        MetadataReader metadata = pe.GetMetadataReader();
        using var pdbStream = File.OpenRead(pdbPath);
        using var pdbProvider = MetadataReaderProvider.FromPortablePdbStream(pdbStream);
        MetadataReader pdb = pdbProvider.GetMetadataReader();

        var folders = new Dictionary<int, SortedSet<string>>();
        void Add(TypeDefinitionHandle type, DocumentHandle document)
        {
            string? folder = FolderOf(pdb.GetString(pdb.GetDocument(document).Name), root);
            if (folder is null)
            {
                return;
            }

            int token = MetadataTokens.GetToken(Outermost(metadata, type));
            if (!folders.TryGetValue(token, out SortedSet<string>? set))
            {
                folders[token] = set = new SortedSet<string>(StringComparer.Ordinal);
            }

            set.Add(folder);
        }

        foreach (MethodDefinitionHandle method in metadata.MethodDefinitions)
        {
            TypeDefinitionHandle type = metadata.GetMethodDefinition(method).GetDeclaringType();
            MethodDebugInformation debug = pdb.GetMethodDebugInformation(method);
            if (!debug.Document.IsNil)
            {
                Add(type, debug.Document);
                continue;
            }

            foreach (SequencePoint point in debug.GetSequencePoints())
            {
                Add(type, point.Document);
            }
        }

        foreach (CustomDebugInformationHandle handle in pdb.CustomDebugInformation)
        {
            CustomDebugInformation info = pdb.GetCustomDebugInformation(handle);
            if (info.Parent.Kind != HandleKind.TypeDefinition || pdb.GetGuid(info.Kind) != TypeDefinitionDocuments)
            {
                continue;
            }

            BlobReader blob = pdb.GetBlobReader(info.Value);
            while (blob.RemainingBytes > 0)
            {
                Add((TypeDefinitionHandle)info.Parent, MetadataTokens.DocumentHandle(blob.ReadCompressedInteger()));
            }
        }

        return folders.ToDictionary(pair => pair.Key, pair => string.Join(" + ", pair.Value));
    }

    /// <summary>The first folder below <paramref name="root"/> in <paramref name="documentPath"/>; null for a file elsewhere.</summary>
    public static string? FolderOf(string documentPath, string root)
    {
        string path = documentPath.Replace('\\', '/');
        int at = path.LastIndexOf(root, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        string rest = path[(at + root.Length)..];
        int slash = rest.IndexOf('/', StringComparison.Ordinal);

        // A file directly in the root, or one the build generated under obj/ or bin/, belongs to no folder.
        return slash <= 0 || rest.StartsWith("obj/", StringComparison.Ordinal) || rest.StartsWith("bin/", StringComparison.Ordinal)
            ? null
            : rest[..slash];
    }

    private static TypeDefinitionHandle Outermost(MetadataReader metadata, TypeDefinitionHandle type)
    {
        TypeDefinitionHandle declaring = metadata.GetTypeDefinition(type).GetDeclaringType();
        return declaring.IsNil ? type : Outermost(metadata, declaring);
    }
}
