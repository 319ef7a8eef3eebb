using System;

namespace FakeStatus.OpenApi;

/// <summary>An OpenAPI document could not be imported. Nothing was registered: the handler's routes are as they were before the call.</summary>
/// <remarks><see cref="FakeStatusFileException.Location"/> is a JSON pointer such as <c>#/paths/~1orders/get</c>, or <c>line 8, column 1</c>.</remarks>
public sealed class OpenApiImportException : FakeStatusFileException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="fileName">The document (or source name).</param>
    /// <param name="location">Where: a JSON pointer such as <c>#/paths/~1orders/get/responses/20x</c>, or a line.</param>
    /// <param name="problem">What is wrong, and what is valid.</param>
    /// <param name="innerException">The reader's exception, when there was one.</param>
    public OpenApiImportException(string fileName, string location, string problem, Exception? innerException = null)
        : base(fileName, location, problem, innerException)
    {
    }

    /// <summary>Creates the exception with the position of the problem.</summary>
    /// <param name="fileName">The document (or source name).</param>
    /// <param name="location">Where: a JSON pointer such as <c>#/paths/~1orders/get/responses/20x</c>, or a line.</param>
    /// <param name="problem">What is wrong, and what is valid.</param>
    /// <param name="lineNumber">The 1-based line, when known.</param>
    /// <param name="bytePositionInLine">The 1-based byte in that line, when known.</param>
    /// <param name="innerException">The reader's exception, when there was one.</param>
    public OpenApiImportException(string fileName, string location, string problem, long? lineNumber, long? bytePositionInLine, Exception? innerException = null)
        : base(fileName, location, problem, lineNumber, bytePositionInLine, innerException)
    {
    }
}
