using System;

namespace FakeStatus;

/// <summary>A status catalog (JSON) is malformed or one of its definitions breaks a rule.</summary>
/// <remarks>The message names the source, the position when known, the field, and what is valid.</remarks>
public sealed class StatusCatalogException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="sourceName">The file name or label of the catalog.</param>
    /// <param name="field">The JSON path of the offending field, e.g. <c>$.definitions[3].reasonPhrase</c>.</param>
    /// <param name="lineNumber">The 1-based line, when known.</param>
    /// <param name="bytePositionInLine">The 1-based byte position in the line, when known.</param>
    /// <param name="problem">What is wrong and what is valid.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public StatusCatalogException(string sourceName, string? field, long? lineNumber, long? bytePositionInLine, string problem, Exception? innerException = null)
        : base(Format(sourceName, field, lineNumber, bytePositionInLine, problem), innerException)
    {
        SourceName = sourceName;
        Field = field;
        LineNumber = lineNumber;
        BytePositionInLine = bytePositionInLine;
    }

    /// <summary>The file name or label of the catalog.</summary>
    public string SourceName { get; }

    /// <summary>The JSON path of the offending field, when known.</summary>
    public string? Field { get; }

    /// <summary>The 1-based line of the error, when known.</summary>
    public long? LineNumber { get; }

    /// <summary>The 1-based byte position in the line, when known.</summary>
    public long? BytePositionInLine { get; }

    private static string Format(string sourceName, string? field, long? line, long? position, string problem)
    {
        string where = line is null ? sourceName : $"{sourceName}({line},{position ?? 0})";
        return field is null ? $"Status catalog {where}: {problem}" : $"Status catalog {where}, field {field}: {problem}";
    }
}
