using System;

namespace FakeStatus;

/// <summary>A status catalog (JSON) is malformed or one of its definitions breaks a rule. Nothing was loaded.</summary>
public sealed class CatalogFormatException : FakeStatusFileException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="fileName">The catalog file (or label).</param>
    /// <param name="location">Where: a JSON path such as <c>$.definitions[3].reasonPhrase</c>, or <c>$</c> for the whole file.</param>
    /// <param name="problem">What is wrong, and what is valid.</param>
    /// <param name="innerException">The reader's exception, when there was one.</param>
    public CatalogFormatException(string fileName, string location, string problem, Exception? innerException = null)
        : base(fileName, location, problem, innerException)
    {
    }

    /// <summary>Creates the exception with the position of the problem.</summary>
    /// <param name="fileName">The catalog file (or label).</param>
    /// <param name="location">Where: a JSON path such as <c>$.definitions[3].reasonPhrase</c>, or <c>$</c> for the whole file.</param>
    /// <param name="problem">What is wrong, and what is valid.</param>
    /// <param name="lineNumber">The 1-based line, when known.</param>
    /// <param name="bytePositionInLine">The 1-based byte in that line, when known.</param>
    /// <param name="innerException">The reader's exception, when there was one.</param>
    public CatalogFormatException(string fileName, string location, string problem, long? lineNumber, long? bytePositionInLine, Exception? innerException = null)
        : base(fileName, location, problem, lineNumber, bytePositionInLine, innerException)
    {
    }
}
