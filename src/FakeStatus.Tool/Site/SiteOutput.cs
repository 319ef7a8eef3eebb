using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace FakeStatus.Tool.Site;

/// <summary>
/// Writes a generated site to its folder all at once: into a new temporary folder beside it, then moved into place, so a
/// failure leaves neither a half-written site nor a damaged previous one. Refuses a file, and a folder with other content.
/// </summary>
internal static class SiteOutput
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <exception cref="ToolException">The folder cannot be used or written; nothing is left behind.</exception>
    public static void Write(string outPath, IReadOnlyDictionary<string, string> files)
    {
        string target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outPath));
        Check(outPath, target);
        string parent = Path.GetDirectoryName(target) ?? throw ToolException.Usage($"--out '{outPath}' is the root of a drive: expected a folder inside one.");
        string name = Path.GetFileName(target);
        string staging = Path.Combine(parent, "." + name + ".writing-" + Guid.NewGuid().ToString("N")[..8]);
        string? previous = null;
        try
        {
            Directory.CreateDirectory(parent);
            foreach ((string path, string content) in files)
            {
                string file = Path.Combine(staging, path.Replace('/', Path.DirectorySeparatorChar));
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                File.WriteAllText(file, content, Utf8);
            }

            if (Directory.Exists(target))
            {
                previous = Path.Combine(parent, "." + name + ".previous-" + Guid.NewGuid().ToString("N")[..8]);
                Directory.Move(target, previous);
            }

            Directory.Move(staging, target);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(staging);
            if (previous is not null && !Directory.Exists(target))
            {
                Directory.Move(previous, target);
                previous = null;
            }

            throw ToolException.Runtime($"cannot write the site to '{outPath}': {e.Message} Nothing was written.", e);
        }

        if (previous is not null)
        {
            TryDelete(previous);
        }
    }

    private static void Check(string outPath, string target)
    {
        if (File.Exists(target))
        {
            throw ToolException.Usage($"--out '{outPath}' is a file: expected a folder that is new, empty or written by 'fakestatus site' before.");
        }

        if (Directory.Exists(target)
            && Directory.EnumerateFileSystemEntries(target).Any()
            && !File.Exists(Path.Combine(target, SiteGenerator.MarkerFile)))
        {
            throw ToolException.Usage(
                $"--out '{outPath}' is a folder with other content, not written by 'fakestatus site': expected a new or empty folder, " +
                "so nothing of yours is replaced.");
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: the failed write is the error to report; a leftover hidden folder beside the output is harmless.
        }
    }
}
