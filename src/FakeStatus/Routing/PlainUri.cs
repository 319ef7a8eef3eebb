using System;

namespace FakeStatus;

/// <summary>
/// Reads the path and query of an http(s) URI straight from <see cref="Uri.OriginalString"/> when that text is already in
/// the form <see cref="Uri.AbsolutePath"/> and <see cref="Uri.Query"/> would return, so the request path allocates nothing.
/// </summary>
/// <remarks>
/// <see cref="Uri"/> builds and caches a new string for each of those properties on every fresh URI, and each request brings a
/// fresh URI. Anything <see cref="Uri"/> might rewrite (escapes, dot segments, backslashes, doubled slashes, fragments,
/// white space, non-ASCII) makes <see cref="TrySplit"/> decline, and the caller falls back to the properties.
/// </remarks>
internal static class PlainUri
{
    public static bool TrySplit(Uri uri, out ReadOnlyMemory<char> path, out ReadOnlyMemory<char> query)
    {
        path = default;
        query = default;
        string text = uri.OriginalString;
        int authority = SchemeLength(text);
        if (authority < 0)
        {
            return false;
        }

        int pathStart = text.Length;
        for (int i = authority; i < text.Length; i++)
        {
            char c = text[i];
            if (c is '/' or '?')
            {
                pathStart = i;
                break;
            }

            // Characters that could end or reshape the authority make the URI one for Uri itself to read.
            if (c is '\\' or '#' or '%' or <= ' ' or > '~')
            {
                return false;
            }
        }

        int queryStart = text.IndexOf('?', pathStart);
        int pathEnd = queryStart < 0 ? text.Length : queryStart;
        char previous = '\0';
        for (int i = pathStart; i < pathEnd; i++)
        {
            char c = text[i];
            bool plain = c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '-' or '_' or '~' || (c == '/' && previous != '/');
            if (!plain)
            {
                return false;
            }

            previous = c;
        }

        for (int i = pathEnd + 1; i < text.Length; i++)
        {
            char c = text[i];
            if (!(c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '-' or '_' or '~' or '.' or '=' or '&'))
            {
                return false;
            }
        }

        path = text.AsMemory(pathStart, pathEnd - pathStart);
        query = queryStart < 0 ? ReadOnlyMemory<char>.Empty : text.AsMemory(queryStart);
        return true;
    }

    /// <summary>Where the authority starts after <c>http://</c> or <c>https://</c> (any case), or -1 for any other scheme.</summary>
    private static int SchemeLength(string text)
    {
        if (text.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
        {
            return 7;
        }

        return text.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? 8 : -1;
    }
}
