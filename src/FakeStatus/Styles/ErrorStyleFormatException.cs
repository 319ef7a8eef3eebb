using System;

namespace FakeStatus;

/// <summary>An error style file is malformed: bad JSON, a missing or invalid field, a malformed template, an unknown placeholder, or a
/// body that does not parse as its declared content type. Nothing was loaded.</summary>
public sealed class ErrorStyleFormatException : FakeStatusFileException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="fileName">The style file (or label).</param>
    /// <param name="location">Where: a JSON path such as <c>$.statuses.503.code</c>, or <c>$</c> for the whole file.</param>
    /// <param name="problem">What is wrong, and what is valid.</param>
    /// <param name="innerException">The reader's exception, when there was one.</param>
    public ErrorStyleFormatException(string fileName, string location, string problem, Exception? innerException = null)
        : base(fileName, location, problem, innerException)
    {
    }

    /// <summary>Creates the exception with the position of the problem.</summary>
    /// <param name="fileName">The style file (or label).</param>
    /// <param name="location">Where: a JSON path such as <c>$.statuses.503.code</c>, or <c>$</c> for the whole file.</param>
    /// <param name="problem">What is wrong, and what is valid.</param>
    /// <param name="lineNumber">The 1-based line, when known.</param>
    /// <param name="bytePositionInLine">The 1-based byte in that line, when known.</param>
    /// <param name="innerException">The reader's exception, when there was one.</param>
    public ErrorStyleFormatException(string fileName, string location, string problem, long? lineNumber, long? bytePositionInLine, Exception? innerException = null)
        : base(fileName, location, problem, lineNumber, bytePositionInLine, innerException)
    {
    }
}
