namespace FakeStatus;

/// <summary>How a status definition stands with respect to the standards that define its protocol.</summary>
public enum StatusKind
{
    /// <summary>Defined by the protocol's registry or RFCs and in current use (e.g. HTTP 404, SMTP 530).</summary>
    Standard = 0,

    /// <summary>Defined by a standard that now marks it deprecated (e.g. HTTP 305 Use Proxy).</summary>
    Deprecated = 1,

    /// <summary>Reserved by the registry and not to be used (e.g. HTTP 306, HTTP 418 per RFC 9110).</summary>
    Unused = 2,

    /// <summary>Defined by a vendor or product rather than a standard (e.g. Cloudflare 520, nginx 499).</summary>
    Vendor = 3,

    /// <summary>Widely used without a standard or a single vendor behind it (e.g. 599 Network Connect Timeout Error).</summary>
    Unofficial = 4,

    /// <summary>Listed by the registry as obsoleted, its defining document moved to Historic (e.g. HTTP 510 Not Extended).</summary>
    Obsolete = 5,
}
