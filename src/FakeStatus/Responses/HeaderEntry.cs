using System;

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
        IsContentHeader = Array.Exists(ContentHeaderNames, n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
    }

    public string Name { get; }

    public string Value { get; }

    public bool IsContentHeader { get; }
}
