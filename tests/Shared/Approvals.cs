using System.Runtime.CompilerServices;

namespace FakeStatus.Tests;

/// <summary>
/// Pins a long text (an exception message, a report) by one expected file per case, compared whole:
/// <c>Approvals/{TestClass}.{Case}.approved.txt</c> beside the test's source file. A different text fails the test with the
/// first differing line and writes <c>{...}.received.txt</c> beside the approved file; <c>tests/approve</c> moves every
/// received file onto its approved file, and a run with <c>FAKESTATUS_APPROVE=1</c> writes the approved files directly.
/// See docs/approval-files.md.
/// </summary>
internal static class Approvals
{
    /// <summary>The environment variable that makes a run write its texts as the approved ones.</summary>
    public const string AcceptVariable = "FAKESTATUS_APPROVE";

    /// <summary>Compares <paramref name="received"/> whole with the approved file of this test (or of <paramref name="caseName"/>).</summary>
    /// <param name="received">The text the code under test produced.</param>
    /// <param name="caseName">The case's name: the test method's by default; a parameterised test adds what tells its cases apart.</param>
    /// <param name="sourceFile">The test's source file, filled in by the compiler: the approved files live beside it.</param>
    public static void Verify(string received, [CallerMemberName] string caseName = "", [CallerFilePath] string sourceFile = "") =>
        VerifyFile(received, ApprovedPath(sourceFile, caseName));

    /// <summary>Compares <paramref name="received"/> whole with the approved file at <paramref name="approvedPath"/>, for files kept elsewhere.</summary>
    /// <param name="received">The text the code under test produced.</param>
    /// <param name="approvedPath">The approved file; the received file is written beside it.</param>
    /// <param name="what">What the text is, for the first line of the failure (e.g. "The public API of FakeStatus").</param>
    public static void VerifyFile(string received, string approvedPath, string? what = null)
    {
        string? failure = Compare(received, approvedPath, IsAccepting());
        if (failure is not null)
        {
            Assert.Fail(what is null ? failure : what + " changed. " + failure);
        }
    }

    /// <summary>
    /// Compares and, on a difference, writes the received file (or, when <paramref name="accept"/>, the approved file).
    /// Returns the failure message, or null when the texts are equal or the new text was accepted.
    /// </summary>
    internal static string? Compare(string received, string approvedPath, bool accept)
    {
        string receivedPath = ReceivedPath(approvedPath);
        string text = Normalise(received);
        string? approved = File.Exists(approvedPath) ? WithoutFinalLineBreak(Normalise(File.ReadAllText(approvedPath))) : null;
        if (text == approved)
        {
            File.Delete(receivedPath);
            return null;
        }

        // A file ends with one line break, as editors and git expect; the text is everything before it.
        Directory.CreateDirectory(Path.GetDirectoryName(approvedPath)!);
        if (accept)
        {
            File.WriteAllText(approvedPath, text + "\n");
            File.Delete(receivedPath);
            return null;
        }

        File.WriteAllText(receivedPath, text + "\n");
        string name = Path.GetFileName(approvedPath);
        return (approved is null
                ? $"No approved text yet: {name}.\nReceived:\n{text}\n"
                : $"The text differs from {name}.\n{FirstDifference(approved, text)}")
            + $"Received text written to {receivedPath}\n"
            + $"If the new text is right, accept it (and every other received file): tests/approve, or re-run with {AcceptVariable}=1.";
    }

    internal static string ApprovedPath(string sourceFile, string caseName) =>
        Path.Combine(
            Path.GetDirectoryName(LocateSource(sourceFile))!,
            "Approvals",
            Path.GetFileNameWithoutExtension(sourceFile) + "." + caseName + ".approved.txt");

    internal static string ReceivedPath(string approvedPath) =>
        string.Concat(approvedPath.AsSpan(0, approvedPath.Length - ".approved.txt".Length), ".received.txt");

    private static bool IsAccepting() =>
        Environment.GetEnvironmentVariable(AcceptVariable) is "1" or "true";

    // A text is compared whole: only the line endings of a Windows checkout or of Environment.NewLine are evened out.
    private static string Normalise(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    private static string WithoutFinalLineBreak(string file) => file.EndsWith('\n') ? file[..^1] : file;

    private static string FirstDifference(string approved, string received)
    {
        string[] a = approved.Split('\n');
        string[] r = received.Split('\n');
        int line = 0;
        while (line < a.Length && line < r.Length && a[line] == r[line])
        {
            line++;
        }

        return $"First difference at line {line + 1}:\n"
            + $"  approved: {(line < a.Length ? a[line] : "(end of text)")}\n"
            + $"  received: {(line < r.Length ? r[line] : "(end of text)")}\n";
    }

    // A CI build (ContinuousIntegrationBuild) maps source paths to /_/...; the file is then found under the repository root,
    // the first folder above the test's output that holds FakeStatus.sln.
    private static string LocateSource(string sourceFile)
    {
        if (File.Exists(sourceFile))
        {
            return sourceFile;
        }

        string relative = sourceFile.Replace('\\', '/');
        int start = relative.StartsWith("/_", StringComparison.Ordinal) ? relative.IndexOf('/', 1) : -1;
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); start > 0 && directory is not null; directory = directory.Parent)
        {
            string candidate = Path.Combine(directory.FullName, relative.Substring(start + 1));
            if (File.Exists(Path.Combine(directory.FullName, "FakeStatus.sln")) && File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException(
            $"The test source {sourceFile} is not on this machine, so its approved files cannot be found; run the tests from a clone of the repository.");
    }
}
