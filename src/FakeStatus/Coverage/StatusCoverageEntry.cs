using System.Globalization;

namespace FakeStatus;

/// <summary>One status of the set a coverage report was asked for, and how many responses the handler gave with it.</summary>
public sealed class StatusCoverageEntry
{
    internal StatusCoverageEntry(string protocol, int code, string reasonPhrase, string? vendor, string? variant, long calls)
    {
        Protocol = protocol;
        Code = code;
        ReasonPhrase = reasonPhrase;
        Vendor = vendor;
        Variant = variant;
        CallCount = calls;
    }

    /// <summary>The protocol, e.g. <c>http</c> or <c>smtp</c>.</summary>
    public string Protocol { get; }

    /// <summary>The status code.</summary>
    public int Code { get; }

    /// <summary>The reason phrase of this meaning (for a bare (protocol, code) pair, of the catalog's default meaning).</summary>
    public string ReasonPhrase { get; }

    /// <summary>The vendor that defines the code, e.g. <c>cloudflare</c>, or <see langword="null"/>.</summary>
    public string? Vendor { get; }

    /// <summary>
    /// The meaning counted (e.g. <c>pantheon</c> for HTTP 530), or <see langword="null"/> for the primary meaning and for a bare
    /// (protocol, code) pair, which counts every meaning of the number.
    /// </summary>
    public string? Variant { get; }

    /// <summary>How many responses the handler gave with this status, through routes and URL conventions.</summary>
    public long CallCount { get; }

    /// <summary>Whether any response was given with this status.</summary>
    public bool Tried => CallCount > 0;

    /// <summary><c>http 530 Site is frozen (pantheon)</c>.</summary>
    public override string ToString() => Variant is null
        ? string.Format(CultureInfo.InvariantCulture, "{0} {1} {2}", Protocol, Code, ReasonPhrase)
        : string.Format(CultureInfo.InvariantCulture, "{0} {1} {2} ({3})", Protocol, Code, ReasonPhrase, Variant);
}
