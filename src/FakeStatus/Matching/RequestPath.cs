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
        // TrimEnd returns the same string when there is nothing to trim, so a path without a trailing slash costs nothing.
        string trimmed = path.TrimEnd('/');
        return trimmed.Length == 0 ? "/" : trimmed;
    }

    /// <summary>The span form of <see cref="Normalise(string)"/>, for allocation-free lookups.</summary>
    public static ReadOnlySpan<char> Normalise(ReadOnlySpan<char> path)
    {
        ReadOnlySpan<char> trimmed = path.TrimEnd('/');
        return trimmed.IsEmpty ? "/".AsSpan() : trimmed;
    }

    /// <summary>
    /// The request path's segments, each unescaped on its own, so an escaped slash (<c>heads%2Fmain</c>) stays inside its
    /// segment, as a server's router keeps it, and a <c>{ref}</c> parameter takes <c>heads/main</c> whole.
    /// </summary>
    public static string[] SegmentsOf(Uri uri)
    {
        string path = uri.AbsolutePath;
        string[] segments = Segments(Normalise(path));
        if (path.Contains('%', StringComparison.Ordinal))
        {
            for (int i = 0; i < segments.Length; i++)
            {
                segments[i] = Uri.UnescapeDataString(segments[i]);
            }
        }

        return segments;
    }

    public static string[] Segments(string normalisedPath) =>
        normalisedPath == "/" ? [] : normalisedPath.Substring(1).Split('/');
}
