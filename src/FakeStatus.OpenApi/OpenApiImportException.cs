using System;

namespace FakeStatus.OpenApi;

/// <summary>
/// An OpenAPI document could not be imported. Nothing was registered: the handler's routes are as they were before the call.
/// </summary>
/// <remarks><see cref="FakeStatusFileException.Location"/> is a JSON pointer such as <c>#/paths/~1orders/get</c>, or <c>line 8, column 1</c>.</remarks>
public sealed class OpenApiImportException : FakeStatusFileException
{
    /// <summary>Creates the exception for <paramref name="fileName"/> at <paramref name="location"/>.</summary>
    /// <param name="fileName">The file (or source name) that was read.</param>
    /// <param name="location">Where in it: a JSON pointer such as <c>#/paths/~1orders/get/responses/20x</c>, or a line and column.</param>
    /// <param name="problem">What is wrong, in words a user can act on.</param>
    /// <param name="innerException">The reader's own exception, when there was one.</param>
    public OpenApiImportException(string fileName, string location, string problem, Exception? innerException = null)
        : base(fileName, location, problem, innerException)
    {
    }
}
