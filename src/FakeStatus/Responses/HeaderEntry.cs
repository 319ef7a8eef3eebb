using System;
using System.Collections.Generic;
using System.Net.Http;

namespace FakeStatus;

/// <summary>
/// A header precomputed once: its name, value, whether .NET keeps it on the content rather than the message, and, for a
/// default (from a status definition or an error style) that asks the client to wait, which kind of wait it is.
/// </summary>
internal readonly struct HeaderEntry
{
    private static readonly string[] ContentHeaderNames =
    [
        "Allow", "Content-Disposition", "Content-Encoding", "Content-Language", "Content-Length",
        "Content-Location", "Content-MD5", "Content-Range", "Content-Type", "Expires", "Last-Modified",
    ];

    /// <summary>A header set explicitly: it is always sent as given.</summary>
    public HeaderEntry(string name, string value)
        : this(name, value, WaitKind.None)
    {
    }

    private HeaderEntry(string name, string value, WaitKind wait, bool append = false)
    {
        Name = name;
        Value = value;
        Wait = wait;
        IsContentHeader = IsContentHeaderName(name);
        Append = append;
    }

    public string Name { get; }

    public string Value { get; }

    public bool IsContentHeader { get; }

    /// <summary>The wait this default header asks for, capped unless realistic values are asked for; None for explicit headers.</summary>
    public WaitKind Wait { get; }

    /// <summary>Whether the header is sent beside earlier values of the same name instead of replacing them.</summary>
    public bool Append { get; }

    /// <summary>One more value of a header that may repeat (<c>Set-Cookie</c>), sent beside the others.</summary>
    public static HeaderEntry Appended(string name, string value) => new(name, value, WaitKind.None, append: true);

    public static bool IsContentHeaderName(string name) =>
        Array.Exists(ContentHeaderNames, n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>A header a status definition or an error style supplies: a wait it asks for is capped at answer time.</summary>
    public static HeaderEntry Default(string name, string value) => new(name, value, WaitHeader.KindOf(name));

    public static HeaderEntry[] From(IReadOnlyDictionary<string, string> headers)
    {
        if (headers.Count == 0)
        {
            return [];
        }

        var entries = new HeaderEntry[headers.Count];
        int i = 0;
        foreach (KeyValuePair<string, string> pair in headers)
        {
            entries[i++] = Default(pair.Key, pair.Value);
        }

        return entries;
    }

    /// <summary>Adds the header; a default wait is cut to one second from <paramref name="now"/> unless <paramref name="realisticWaits"/>.</summary>
    public void AddTo(HttpResponseMessage response, DateTimeOffset now, bool realisticWaits)
    {
        string value = Wait == WaitKind.None || realisticWaits ? Value : WaitHeader.Capped(Wait, Value, now);
        if (IsContentHeader)
        {
            // A header such as Allow lives on the content; a bodyless response still needs somewhere to carry it.
            response.Content ??= new ByteArrayContent([]);
            if (!Append)
            {
                response.Content.Headers.Remove(Name);
            }

            response.Content.Headers.TryAddWithoutValidation(Name, value);
        }
        else
        {
            if (!Append)
            {
                response.Headers.Remove(Name);
            }

            response.Headers.TryAddWithoutValidation(Name, value);
        }
    }
}
