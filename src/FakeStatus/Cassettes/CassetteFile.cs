using System;
using System.Diagnostics;
using System.IO;
using System.Threading;

namespace FakeStatus;

/// <summary>
/// Writes cassette files so that a reader never sees half a file and two writers never lose each other's work: every
/// write goes to a temporary file beside the cassette and then replaces it, under a lock shared by every process on
/// the machine.
/// </summary>
internal static class CassetteFile
{
    private static readonly TimeSpan LockWait = TimeSpan.FromSeconds(30);

    /// <summary>Writes <paramref name="text"/> to a temporary file in the same folder, then moves it over <paramref name="path"/>.</summary>
    public static void WriteAtomically(string path, string text)
    {
        string full = Path.GetFullPath(path);
        string temporary = full + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            File.WriteAllText(temporary, text);
#if NETSTANDARD2_0
            if (File.Exists(full))
            {
                File.Replace(temporary, full, null);
            }
            else
            {
                File.Move(temporary, full);
            }
#else
            File.Move(temporary, full, overwrite: true);
#endif
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>
    /// Holds the machine-wide lock of the cassette at <paramref name="path"/> until disposed. The lock file lives in the
    /// temporary folder, named after the cassette's full path, so nothing is left beside the cassette.
    /// </summary>
    /// <exception cref="IOException">Another writer held the lock for longer than 30 seconds.</exception>
    public static FileStream Lock(string path)
    {
        string full = Path.GetFullPath(path);
        string name = "fakestatus-cassette-" + Hash(full) + ".lock";
        string lockPath = Path.Combine(Path.GetTempPath(), name);
        var waited = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (waited.Elapsed < LockWait)
            {
                // Another recorder, in this process or another one, is writing the same cassette: wait for it. The lock is a
                // file another process may hold, which no TimeProvider can release, so the pause between tries is real time.
                Thread.Sleep(10);
            }
            catch (IOException e)
            {
                throw new IOException($"The cassette '{full}' is being written by another recorder that has held its lock ({lockPath}) for over {LockWait.TotalSeconds:0} s; nothing was written.", e);
            }
        }
    }

    // FNV-1a: stable across processes and runtimes (string.GetHashCode is randomised per process).
    private static string Hash(string text)
    {
        ulong hash = 14695981039346656037;
        foreach (char c in text)
        {
            hash = (hash ^ c) * 1099511628211;
        }

        return hash.ToString("x16", System.Globalization.CultureInfo.InvariantCulture);
    }
}
