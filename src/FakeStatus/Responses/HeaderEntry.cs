using System;
using System.Collections.Generic;
using System.Net.Http;

namespace FakeStatus;

/// <summary>A header precomputed once: its name, value, and whether .NET keeps it on the content rather than the message.</summary>
internal readonly struct HeaderEntry
{
    private static readonly string[] ContentHeaderNames =
    [
        "Allow", "Content-Disposition", "Content-Encoding", "Content-Language", "Content-Length",
        "Content-Location", "Content-MD5", "Content-Range", "Content-Type", "Expires", "Last-Modified",
    ];

    public HeaderEntry(string name, string value)
    {
        Name = name;
        Value = value;
        IsContentHeader = IsContentHeaderName(name);
    }

    public string Name { get; }

    public string Value { get; }

    public bool IsContentHeader { get; }

    public static bool IsContentHeaderName(string name) =>
        Array.Exists(ContentHeaderNames, n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));

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
            entries[i++] = new HeaderEntry(pair.Key, pair.Value);
        }

        return entries;
    }

    public void AddTo(HttpResponseMessage response)
    {
        if (IsContentHeader)
        {
            // A header such as Allow lives on the content; a bodyless response still needs somewhere to carry it.
            response.Content ??= new ByteArrayContent([]);
            response.Content.Headers.Remove(Name);
            response.Content.Headers.TryAddWithoutValidation(Name, Value);
        }
        else
        {
            response.Headers.Remove(Name);
            response.Headers.TryAddWithoutValidation(Name, Value);
        }
    }
}
