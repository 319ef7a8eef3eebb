using System;

namespace FakeStatus;

/// <summary>A HAR file could not be imported. Nothing was registered: the handler's routes are as they were.</summary>
public sealed class HarFormatException : FakeStatusFileException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="fileName">The HAR file (or source name).</param>
    /// <param name="location">Where: a JSON path such as <c>$.log.entries[3].response.status</c>.</param>
    /// <param name="problem">What is wrong, and what is valid.</param>
    /// <param name="innerException">The reader's exception, when there was one.</param>
    public HarFormatException(string fileName, string location, string problem, Exception? innerException = null)
        : base(fileName, location, problem, innerException)
    {
    }

    /// <summary>Creates the exception with the position of the problem.</summary>
    /// <param name="fileName">The HAR file (or source name).</param>
    /// <param name="location">Where: a JSON path such as <c>$.log.entries[3].response.status</c>.</param>
    /// <param name="problem">What is wrong, and what is valid.</param>
    /// <param name="lineNumber">The 1-based line, when known.</param>
    /// <param name="bytePositionInLine">The 1-based byte in that line, when known.</param>
    /// <param name="innerException">The reader's exception, when there was one.</param>
    public HarFormatException(string fileName, string location, string problem, long? lineNumber, long? bytePositionInLine, Exception? innerException = null)
        : base(fileName, location, problem, lineNumber, bytePositionInLine, innerException)
    {
    }
}
