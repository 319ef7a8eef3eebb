using System;
using System.Globalization;

namespace FakeStatus;

/// <summary>
/// A file FakeStatus was asked to read (a status catalog, an error style, a cassette, a HAR file, an OpenAPI document) is not
/// valid. Nothing was registered or loaded: the handler and its routes are as they were before the call. Catch this type to
/// handle any of them; the derived type names the format.
/// </summary>
/// <remarks>
/// The message reads <c>{file} at {location}: {problem}</c>, or <c>{file} at {location} (line {line}, byte {byte}): {problem}</c>
/// when the reader knows the position.
/// </remarks>
public abstract class FakeStatusFileException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="fileName">The file (or source name) that was read.</param>
    /// <param name="location">Where in it: a JSON path, a JSON pointer or a line.</param>
    /// <param name="problem">What is wrong, in words a user can act on.</param>
    /// <param name="innerException">The reader's own exception, when there was one.</param>
    protected FakeStatusFileException(string fileName, string location, string problem, Exception? innerException)
        : this(fileName, location, problem, null, null, innerException)
    {
    }

    /// <summary>Creates the exception with the position of the problem in the file.</summary>
    /// <param name="fileName">The file (or source name) that was read.</param>
    /// <param name="location">Where in it: a JSON path, a JSON pointer or a line.</param>
    /// <param name="problem">
    /// What is wrong, in words a user can act on. When it is the message of <paramref name="innerException"/>, an
    /// <see cref="ArgumentException"/>, the <c>(Parameter '...')</c> the runtime appends is left out: the location says where.
    /// </param>
    /// <param name="lineNumber">The 1-based line, when known.</param>
    /// <param name="bytePositionInLine">The 1-based byte in that line, when known.</param>
    /// <param name="innerException">The reader's own exception, when there was one.</param>
    protected FakeStatusFileException(string fileName, string location, string problem, long? lineNumber, long? bytePositionInLine, Exception? innerException)
        : base(Format(fileName, location, WithoutParameter(problem, innerException), lineNumber, bytePositionInLine), innerException)
    {
        FileName = fileName;
        Location = location;
        Problem = WithoutParameter(problem, innerException);
        LineNumber = lineNumber;
        BytePositionInLine = bytePositionInLine;
    }

    /// <summary>The file (or source name) that was read.</summary>
    public string FileName { get; }

    /// <summary>Where in the file: a JSON path such as <c>$.definitions[2].code</c>, a JSON pointer, or a line.</summary>
    public string Location { get; }

    /// <summary>What is wrong.</summary>
    public string Problem { get; }

    /// <summary>The 1-based line of the problem, when the reader knows it.</summary>
    public long? LineNumber { get; }

    /// <summary>The 1-based byte in <see cref="LineNumber"/> where the problem is, when the reader knows it.</summary>
    public long? BytePositionInLine { get; }

    // A method parameter means nothing to someone fixing a file; ArgumentOutOfRangeException adds the value after it too.
    private static string WithoutParameter(string problem, Exception? innerException)
    {
        if (innerException is not ArgumentException { ParamName: { } name })
        {
            return problem;
        }

        int at = problem.LastIndexOf(" (Parameter '" + name + "')", StringComparison.Ordinal);
        return at < 0 ? problem : problem.Substring(0, at);
    }

    private static string Format(string fileName, string location, string problem, long? line, long? position) =>
        line is not long l ? $"{fileName} at {location}: {problem}"
        : position is not long p ? $"{fileName} at {location} (line {l.ToString(CultureInfo.InvariantCulture)}): {problem}"
        : $"{fileName} at {location} (line {l.ToString(CultureInfo.InvariantCulture)}, byte {p.ToString(CultureInfo.InvariantCulture)}): {problem}";
}
