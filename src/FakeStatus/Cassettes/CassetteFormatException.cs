using System;

namespace FakeStatus;

/// <summary>A cassette file could not be read. Nothing was registered: the handler's routes are as they were.</summary>
public sealed class CassetteFormatException : FakeStatusFileException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="fileName">The cassette file (or source name).</param>
    /// <param name="location">Where: a JSON path such as <c>$.interactions[2].response.status</c>.</param>
    /// <param name="problem">What is wrong, and what is valid.</param>
    /// <param name="innerException">The reader's exception, when there was one.</param>
    public CassetteFormatException(string fileName, string location, string problem, Exception? innerException = null)
        : base(fileName, location, problem, innerException)
    {
    }

    /// <summary>Creates the exception with the position of the problem.</summary>
    /// <param name="fileName">The cassette file (or source name).</param>
    /// <param name="location">Where: a JSON path such as <c>$.interactions[2].response.status</c>.</param>
    /// <param name="problem">What is wrong, and what is valid.</param>
    /// <param name="lineNumber">The 1-based line, when known.</param>
    /// <param name="bytePositionInLine">The 1-based byte in that line, when known.</param>
    /// <param name="innerException">The reader's exception, when there was one.</param>
    public CassetteFormatException(string fileName, string location, string problem, long? lineNumber, long? bytePositionInLine, Exception? innerException = null)
        : base(fileName, location, problem, lineNumber, bytePositionInLine, innerException)
    {
    }
}
