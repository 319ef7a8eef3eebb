using System;
using System.Diagnostics.CodeAnalysis;

namespace FakeStatus.OpenApi;

/// <summary>JSON pointer text (RFC 6901), so every location in a message can be pasted into a tool that follows pointers.</summary>
internal static class Pointer
{
    public static string Escape(string token) => token.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    [SuppressMessage("Globalization", "CA1308", Justification = "OpenAPI names an operation by its method in lowercase (get, post).")]
    public static string Operation(string path, string method) => $"#/paths/{Escape(path)}/{method.ToLowerInvariant()}";
}
