using System;
using System.Collections.Generic;
using System.IO;

namespace FakeStatus.Benchmarks;

/// <summary>The built-in catalog files as the library embeds them, read the way <see cref="CatalogLoader"/> reads them.</summary>
public static class EmbeddedCatalogBytes
{
    private static readonly string[] Names = ["http", "smtp", "ftp"];

    /// <summary>Each embedded catalog's resource name and bytes.</summary>
    public static IReadOnlyList<(string Resource, byte[] Utf8)> Read()
    {
        var files = new List<(string, byte[])>(Names.Length);
        foreach (string name in Names)
        {
            string resource = "FakeStatus.Catalog." + name + ".json";
            using Stream stream = typeof(StatusCatalog).Assembly.GetManifestResourceStream(resource)
                ?? throw new InvalidOperationException("The embedded catalog '" + resource + "' is missing.");
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            files.Add((resource, buffer.ToArray()));
        }

        return files;
    }
}
