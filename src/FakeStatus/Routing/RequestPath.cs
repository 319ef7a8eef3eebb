using System;

namespace FakeStatus;

/// <summary>How request paths and route templates are compared: unescaped, ordinal, no trailing slash but the root's.</summary>
internal static class RequestPath
{
    public static string Of(Uri uri)
    {
        string path = uri.AbsolutePath;
        if (path.Contains('%', StringComparison.Ordinal))
        {
            path = Uri.UnescapeDataString(path);
        }

        return Normalise(path);
    }

    public static string Normalise(string path)
    {
        if (path.Length == 0)
        {
            return "/";
        }

        if (path.Length > 1 && path[path.Length - 1] == '/')
        {
            string trimmed = path.TrimEnd('/');
            return trimmed.Length == 0 ? "/" : trimmed;
        }

        return path;
    }

    /// <summary>The span form of <see cref="Normalise(string)"/>, for allocation-free lookups.</summary>
    public static ReadOnlySpan<char> Normalise(ReadOnlySpan<char> path)
    {
        if (path.IsEmpty)
        {
            return "/".AsSpan();
        }

        if (path.Length > 1 && path[path.Length - 1] == '/')
        {
            ReadOnlySpan<char> trimmed = path.TrimEnd('/');
            return trimmed.IsEmpty ? "/".AsSpan() : trimmed;
        }

        return path;
    }

    public static string[] Segments(string normalisedPath) =>
        normalisedPath == "/" ? [] : normalisedPath.Substring(1).Split('/');
}
