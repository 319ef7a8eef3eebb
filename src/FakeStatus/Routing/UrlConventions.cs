using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace FakeStatus;

/// <summary>
/// The zero-configuration URL forms: <c>/{code}</c>, <c>/status/{code}</c>, <c>/{protocol}/{code}</c>, <c>/{vendor}/{code}</c>,
/// <c>/random/{codes}</c>, <c>/status/{code}:{weight},...</c>, any trailing segments, and the httpstat.us controls
/// (<c>?sleep=</c>, <c>?suppressBody=</c>, <c>?variant=</c>, <c>X-HttpStatus-*</c> headers, <c>Accept</c>).
/// </summary>
internal static partial class UrlConventions
{
    /// <summary>The longest <c>?sleep=</c> accepted: five minutes, far beyond any client timeout worth testing.</summary>
    public const int MaxSleepMilliseconds = 300_000;

    public const string AcceptedForms =
        "/{code}, /status/{code}, /{protocol}/{code} (e.g. /smtp/530, /ftp/530, /http/530), /{vendor}/{code} (e.g. /pantheon/530), " +
        "/random/{codes} (e.g. /random/200,500-504) or /status/{code}:{weight},... (e.g. /status/200:0.9,500:0.1), " +
        "optionally followed by more segments and by ?sleep={milliseconds}&suppressBody=true&variant={name}";

    private const string CodeRule = "a whole number from 100 to 999";

    public static ConventionMatch Match(Uri uri, StatusCatalog registry) => MatchFrom(uri, registry, afterStylePrefix: false);

    /// <param name="uri">The request URI, or what follows a style prefix.</param>
    /// <param name="registry">The catalog.</param>
    /// <param name="afterStylePrefix">Whether a style prefix already claimed the path, so a first segment that merely starts with a code is a malformed attempt rather than an ordinary path.</param>
    private static ConventionMatch MatchFrom(Uri uri, StatusCatalog registry, bool afterStylePrefix)
    {
        // Fresh URIs allocate their AbsolutePath and Query strings; plain http(s) URIs are read in place instead.
        ReadOnlySpan<char> path;
        ReadOnlySpan<char> query;
        if (PlainUri.TrySplit(uri, out ReadOnlyMemory<char> plainPath, out ReadOnlyMemory<char> plainQuery))
        {
            path = plainPath.Span;
            query = plainQuery.Span;
        }
        else
        {
            path = uri.AbsolutePath.AsSpan();
            query = uri.Query.AsSpan();
        }

        int position = 0;
        while (position < path.Length && path[position] == '/')
        {
            position++;
        }

        ReadOnlySpan<char> first = NextSegment(path, ref position);
        if (first.IsEmpty)
        {
            return ConventionMatch.NoMatch;
        }

        ProtocolTable table;
        scoped ReadOnlySpan<char> codeText;
        string? variant = null;
        bool random = false;
        if (first.Equals("status".AsSpan(), StringComparison.OrdinalIgnoreCase))
        {
            table = registry.HttpTable;
            codeText = NextSegment(path, ref position);
        }
        else if (first.Equals("random".AsSpan(), StringComparison.OrdinalIgnoreCase))
        {
            table = registry.HttpTable;
            codeText = NextSegment(path, ref position);
            random = true;
        }
        else if (registry.FindTable(first) is { } protocolTable && !StatusRules.IsGrpc(protocolTable.Name))
        {
            table = protocolTable;
            codeText = NextSegment(path, ref position);
        }
        else if (afterStylePrefix ? StartsWithCode(first) : IsBareCodeForm(first))
        {
            table = registry.HttpTable;
            codeText = first;
        }
        else if (FindVendor(registry, first) is { } vendor)
        {
            table = registry.HttpTable;
            variant = vendor;
            codeText = NextSegment(path, ref position);
        }
        else
        {
            return MatchStyle(first, path.Slice(Math.Min(position, path.Length)), query, uri, registry);
        }

        // Only a segment that starts with a three-digit number claims the convention: /status, /ftp/files or /2/tweets
        // are ordinary paths that nobody registered, not malformed codes.
        if (!StartsWithCode(codeText))
        {
            return ConventionMatch.NoMatch;
        }

        ConventionMatch match;
        if (TryParseCode(codeText, out int code))
        {
            match = ConventionMatch.Status(table.FindOrUnknown(code));
        }
        else if (codeText.IndexOfAny(',', ':') >= 0 || random)
        {
            match = ParseChoices(Uri.UnescapeDataString(codeText.ToString()), table, path.ToString());
            if (match.Outcome == ConventionOutcome.Malformed)
            {
                return match;
            }
        }
        else
        {
            string shownPath = path.ToString();
            string shown = "'" + Uri.UnescapeDataString(codeText.ToString()) + "'";
            return ConventionMatch.Malformed($"'{shownPath}' has {shown} where a status code belongs: expected {CodeRule}, as in {AcceptedForms}.");
        }

        if (query.Length > 1)
        {
            string? problem = ReadQuery(query.ToString(), ref match, ref variant);
            if (problem is not null)
            {
                return ConventionMatch.Malformed(problem);
            }
        }

        return variant is null || match.Entry is null ? match : WithVariant(match, table, code, variant);
    }

    private static ConventionMatch WithVariant(ConventionMatch match, ProtocolTable table, int code, string variant)
    {
        StatusEntry? entry = table.Find(code, variant);
        if (entry is null)
        {
            return ConventionMatch.Malformed(StatusRules.NoSuchVariant(table.Name, code, variant, table.Definitions));
        }

        ConventionMatch result = ConventionMatch.Status(entry);
        result.Delay = match.Delay;
        result.SuppressBody = match.SuppressBody;
        return result;
    }

    private static string? ReadQuery(string query, ref ConventionMatch match, ref string? variant)
    {
        foreach (var pair in QueryString.Parse(query))
        {
            if (string.Equals(pair.Key, "sleep", StringComparison.OrdinalIgnoreCase))
            {
                if (!TryParseSleep(pair.Value, out TimeSpan delay))
                {
                    return $"sleep='{pair.Value}' is not a valid delay: expected whole milliseconds from 0 to {MaxSleepMilliseconds}, e.g. ?sleep=250.";
                }

                match.Delay = delay;
            }
            else if (string.Equals(pair.Key, "suppressBody", StringComparison.OrdinalIgnoreCase))
            {
                if (!bool.TryParse(pair.Value, out bool suppress))
                {
                    return $"suppressBody='{pair.Value}' is not valid: expected true or false.";
                }

                match.SuppressBody = suppress;
            }
            else if (string.Equals(pair.Key, "variant", StringComparison.OrdinalIgnoreCase))
            {
                if (pair.Value.Length == 0 || !pair.Value.All(c => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '-'))
                {
                    return $"variant='{pair.Value}' is not a valid variant name: expected ASCII letters, digits and '-', e.g. ?variant=pantheon.";
                }

                variant = StatusRules.ToLowerAscii(pair.Value);
            }
        }

        return null;
    }

    internal static bool TryParseSleep(string text, out TimeSpan delay)
    {
        delay = TimeSpan.Zero;
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int ms) || ms > MaxSleepMilliseconds)
        {
            return false;
        }

        delay = TimeSpan.FromMilliseconds(ms);
        return true;
    }

    /// <summary>The registry's (lower-case) spelling of vendor <paramref name="name"/>, compared in place to allocate nothing.</summary>
    private static string? FindVendor(StatusCatalog registry, ReadOnlySpan<char> name)
    {
        IReadOnlyList<string> vendors = registry.Vendors;
        for (int i = 0; i < vendors.Count; i++)
        {
            if (name.Equals(vendors[i].AsSpan(), StringComparison.OrdinalIgnoreCase))
            {
                return vendors[i];
            }
        }

        return null;
    }

    private static ReadOnlySpan<char> NextSegment(ReadOnlySpan<char> path, scoped ref int position)
    {
        if (position >= path.Length)
        {
            return ReadOnlySpan<char>.Empty;
        }

        int slash = path.Slice(position).IndexOf('/');
        int end = slash < 0 ? path.Length : position + slash;
        ReadOnlySpan<char> segment = path.Slice(position, end - position);
        position = end + 1;
        return segment;
    }

    /// <summary>
    /// Whether a first segment with no prefix is written in the convention's own grammar: a code (<c>503</c>), or a list of
    /// codes and <c>low-high</c> ranges, each with an optional <c>:weight</c> (<c>200,500-504</c>, <c>200:0.9,500:0.1</c>).
    /// A date (<c>2010-04-01</c>), a version (<c>2.0</c>) or a longer number (<c>12345</c>) is an ordinary API path, left to
    /// the routes and, failing them, unmatched.
    /// </summary>
    private static bool IsBareCodeForm(ReadOnlySpan<char> segment)
    {
        if (!StartsWithCode(segment))
        {
            return false;
        }

        if (segment.IndexOf('%') >= 0)
        {
            // Unescaped once, as a server would: a '%' still there after it ("503%", "503%2525") is in no code form, and
            // unescaping again would never end on a '%' that escapes nothing.
            string unescaped = Uri.UnescapeDataString(segment.ToString());
            return unescaped.IndexOf('%', StringComparison.Ordinal) < 0 && IsBareCodeForm(unescaped.AsSpan());
        }

        while (true)
        {
            int comma = segment.IndexOf(',');
            ReadOnlySpan<char> item = (comma < 0 ? segment : segment.Slice(0, comma)).Trim();
            int colon = item.IndexOf(':');
            if (colon >= 0)
            {
                ReadOnlySpan<char> weight = item.Slice(colon + 1);
                if (weight.IsEmpty)
                {
                    return false;
                }

                foreach (char c in weight)
                {
                    if (c is not (>= '0' and <= '9' or '.'))
                    {
                        return false;
                    }
                }

                item = item.Slice(0, colon);
            }

            bool isCodeOrRange = item.Length == 3 ? StartsWithCode(item) : item.Length == 7 && item[3] == '-' && StartsWithCode(item) && StartsWithCode(item.Slice(4));
            if (!isCodeOrRange)
            {
                return false;
            }

            if (comma < 0)
            {
                return true;
            }

            segment = segment.Slice(comma + 1);
        }
    }

    private static bool StartsWithCode(ReadOnlySpan<char> segment) =>
        segment.Length >= 3 && segment[0] is >= '1' and <= '9' && segment[1] is >= '0' and <= '9' && segment[2] is >= '0' and <= '9';

    internal static bool TryParseCode(ReadOnlySpan<char> text, out int code)
    {
        code = 0;
        if (text.Length != 3 || text[0] is < '1' or > '9' || text[1] is < '0' or > '9' || text[2] is < '0' or > '9')
        {
            return false;
        }

        code = (text[0] - '0') * 100 + (text[1] - '0') * 10 + (text[2] - '0');
        return true;
    }
}
