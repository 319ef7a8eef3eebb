using System;

namespace FakeStatus;

/// <summary>
/// An error style file is malformed: bad JSON, a missing or invalid field, a malformed template, an unknown placeholder, or a
/// body that does not parse as its declared content type. The message names the file and the field.
/// </summary>
public sealed class ErrorStyleException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="sourceName">The file name or label of the style.</param>
    /// <param name="field">The JSON path of the offending field, e.g. <c>$.statuses.503.code</c>.</param>
    /// <param name="problem">What is wrong and what is valid.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public ErrorStyleException(string sourceName, string? field, string problem, Exception? innerException = null)
        : base(field is null ? $"Error style {sourceName}: {problem}" : $"Error style {sourceName}, field {field}: {problem}", innerException)
    {
        SourceName = sourceName;
        Field = field;
    }

    /// <summary>The file name or label of the style.</summary>
    public string SourceName { get; }

    /// <summary>The JSON path of the offending field, when known.</summary>
    public string? Field { get; }
}
