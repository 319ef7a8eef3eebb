using System;

namespace FakeStatus;

/// <summary>
/// A file FakeStatus was asked to read (a cassette, a HAR file, an OpenAPI document) is not valid. Nothing was registered:
/// the handler's routes are as they were before the call. Catch this type to handle any of them; the derived type names the format.
/// </summary>
/// <remarks>The message reads <c>{file} at {location}: {problem}</c>.</remarks>
public abstract class FakeStatusFileException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="fileName">The file (or source name) that was read.</param>
    /// <param name="location">Where in it: a JSON path, a JSON pointer or a line.</param>
    /// <param name="problem">What is wrong, in words a user can act on.</param>
    /// <param name="innerException">The reader's own exception, when there was one.</param>
    protected FakeStatusFileException(string fileName, string location, string problem, Exception? innerException)
        : base($"{fileName} at {location}: {problem}", innerException)
    {
        FileName = fileName;
        Location = location;
        Problem = problem;
    }

    /// <summary>The file (or source name) that was read.</summary>
    public string FileName { get; }

    /// <summary>Where in the file: a JSON path, a JSON pointer or a line.</summary>
    public string Location { get; }

    /// <summary>What is wrong.</summary>
    public string Problem { get; }
}
