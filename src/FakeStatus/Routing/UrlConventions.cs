using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace FakeStatus;

/// <summary>
/// The zero-configuration URL forms: <c>/{code}</c>, <c>/status/{code}</c>, <c>/{protocol}/{code}</c>, <c>/{vendor}/{code}</c>,
/// any trailing segments, and the query values <c>sleep</c> (milliseconds) and <c>variant</c>.
/// </summary>
internal static class UrlConventions
{
    /// <summary>The longest <c>?sleep=</c> accepted: five minutes, far beyond any client timeout worth testing.</summary>
    public const int MaxSleepMilliseconds = 300_000;

    public const string AcceptedForms =
        "/{code}, /status/{code}, /{protocol}/{code} (e.g. /smtp/530, /ftp/530, /http/530) or /{vendor}/{code} (e.g. /pantheon/530), " +
        "where {code} is a whole number from 100 to 999, optionally followed by more segments and by ?sleep={milliseconds}&variant={name}";

    public static ConventionMatch Match(Uri uri, StatusRegistry registry)
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
        if (first.Equals("status".AsSpan(), StringComparison.OrdinalIgnoreCase))
        {
            table = registry.HttpTable;
            codeText = NextSegment(path, ref position);
        }
        else if (registry.FindTable(first) is { } protocolTable)
        {
            table = protocolTable;
            codeText = NextSegment(path, ref position);
        }
        else if (LooksLikeNumber(first))
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
            return ConventionMatch.NoMatch;
        }

        if (!TryParseCode(codeText, out int code))
        {
            string shown = codeText.IsEmpty ? "nothing" : "'" + Uri.UnescapeDataString(codeText.ToString()) + "'";
            return ConventionMatch.Malformed(
                $"'{(path.IsEmpty ? "/" : path.ToString())}' has {shown} where a status code belongs: expected a whole number from 100 to 999, as in {AcceptedForms.Substring(0, AcceptedForms.IndexOf(" where", StringComparison.Ordinal))}.");
        }

        TimeSpan delay = TimeSpan.Zero;
        if (query.Length > 1)
        {
            string? problem = ReadQuery(query.ToString(), ref delay, ref variant);
            if (problem is not null)
            {
                return ConventionMatch.Malformed(problem);
            }
        }

        if (variant is null)
        {
            return ConventionMatch.Status(table.FindOrUnknown(code), delay);
        }

        StatusEntry? entry = table.Find(code, variant);
        if (entry is null)
        {
            string known = KnownVariants(table, code);
            return ConventionMatch.Malformed(
                $"{table.Name} {code} has no variant '{variant}'; " + (known.Length == 0 ? "it has no variants." : "its variants are: " + known + "."));
        }

        return ConventionMatch.Status(entry, delay);
    }

    /// <summary>The registry's (lower-case) spelling of vendor <paramref name="name"/>, compared in place to allocate nothing.</summary>
    private static string? FindVendor(StatusRegistry registry, ReadOnlySpan<char> name)
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

    // Its own method: a lambda capturing `code` inside Match would allocate its closure on every request, matched or not.
    private static string KnownVariants(ProtocolTable table, int code) =>
        string.Join(", ", table.Definitions.Where(d => d.Code == code && d.Variant is not null).Select(d => d.Variant));

    private static string? ReadQuery(string query, ref TimeSpan delay, ref string? variant)
    {
        foreach (string pair in query.Substring(1).Split('&'))
        {
            int equals = pair.IndexOf('=');
            string name = Uri.UnescapeDataString(equals < 0 ? pair : pair.Substring(0, equals));
            string value = equals < 0 ? string.Empty : Uri.UnescapeDataString(pair.Substring(equals + 1).Replace('+', ' '));
            if (string.Equals(name, "sleep", StringComparison.OrdinalIgnoreCase))
            {
                if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int ms) || ms > MaxSleepMilliseconds)
                {
                    return $"sleep='{value}' is not a valid delay: expected whole milliseconds from 0 to {MaxSleepMilliseconds}, e.g. ?sleep=250.";
                }

                delay = TimeSpan.FromMilliseconds(ms);
            }
            else if (string.Equals(name, "variant", StringComparison.OrdinalIgnoreCase))
            {
                if (value.Length == 0 || !value.All(c => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '-'))
                {
                    return $"variant='{value}' is not a valid variant name: expected ASCII letters, digits and '-', e.g. ?variant=pantheon.";
                }

                variant = StatusRules.ToLowerAscii(value);
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

    private static bool LooksLikeNumber(ReadOnlySpan<char> segment) =>
        segment[0] is >= '0' and <= '9' or '-' or '+';

    private static bool TryParseCode(ReadOnlySpan<char> text, out int code)
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
