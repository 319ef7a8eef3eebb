using System.Diagnostics.CodeAnalysis;
using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace FakeStatus;

/// <summary>
/// One meaning of one status code of one protocol: the data a fake response is built from.
/// Immutable; every property is validated when set, so a <c>with</c> expression cannot produce an invalid definition.
/// </summary>
/// <remarks>Equality is by value except <see cref="Headers"/> and <see cref="HttpStatusCodes"/>, which compare by reference.</remarks>
public sealed record StatusDefinition
{
    private static readonly IReadOnlyDictionary<string, string> NoHeaders =
        new ReadOnlyDictionary<string, string>(new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase));

    private readonly string _protocol = "http";
    private readonly int _code = 500;
    private readonly string _reasonPhrase = "Internal Server Error";
    private readonly string? _vendor;
    private readonly string? _variant;
    private readonly IReadOnlyDictionary<string, string> _headers = NoHeaders;
    private readonly string? _sourceText;
    private readonly IReadOnlyList<int> _httpStatuses = [];

    /// <summary>Creates a definition for <paramref name="code"/> of <paramref name="protocol"/>.</summary>
    /// <param name="protocol">The protocol name, e.g. <c>http</c>, <c>smtp</c>, <c>ftp</c>; stored in lower case.</param>
    /// <param name="code">The status code, from 100 to 999; for <c>grpc</c>, from 0 (OK) to 16 (UNAUTHENTICATED).</param>
    /// <param name="reasonPhrase">The reason phrase: printable ASCII, not empty, no CR or LF.</param>
    /// <exception cref="ArgumentException">An argument is empty, out of range or contains characters a status line cannot carry.</exception>
    public StatusDefinition(string protocol, int code, string reasonPhrase)
    {
        // Set together: which codes are valid depends on the protocol.
        _protocol = StatusRules.ValidateName(protocol, nameof(Protocol));
        _code = StatusRules.ValidateCode(_protocol, code, nameof(Code));
        ReasonPhrase = reasonPhrase;
        BodyAllowed = StatusRules.BodyAllowedByDefault(code);
    }

    /// <summary>The protocol the code belongs to, in lower case (<c>http</c>, <c>smtp</c>, <c>ftp</c>...).</summary>
    /// <exception cref="ArgumentException">The name is empty or not made of ASCII letters, digits and '-'.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="Code"/> is outside the new protocol's range (set <see cref="Code"/> first).</exception>
    public string Protocol
    {
        get => _protocol;
        init
        {
            string protocol = StatusRules.ValidateName(value, nameof(Protocol));
            StatusRules.ValidateCode(protocol, _code, nameof(Protocol));
            _protocol = protocol;
        }
    }

    /// <summary>The status code, from 100 to 999; for <c>grpc</c>, from 0 (OK) to 16 (UNAUTHENTICATED).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The code is outside the protocol's range.</exception>
    public int Code
    {
        get => _code;
        init => _code = StatusRules.ValidateCode(_protocol, value, nameof(Code));
    }

    /// <summary>The reason phrase sent on the status line, e.g. <c>Authentication Required</c>.</summary>
    /// <exception cref="ArgumentException">The phrase is empty, contains CR/LF or characters outside printable ASCII.</exception>
    public string ReasonPhrase
    {
        get => _reasonPhrase;
        init => _reasonPhrase = StatusRules.ValidateReasonPhrase(value, nameof(ReasonPhrase));
    }

    /// <summary>A one-to-three sentence explanation of when the code is used.</summary>
    public string Description { get; init; } = string.Empty;

    /// <summary>Where the definition comes from, e.g. <c>RFC 4954, section 6</c> or a vendor's documentation.</summary>
    public string Source { get; init; } = string.Empty;

    /// <summary>A link to <see cref="Source"/>, when there is one.</summary>
    [SuppressMessage("Design", "CA1056", Justification = "Catalog data, read from and written to JSON as text; it is shown to people, never requested.")]
    public string? SourceUrl { get; init; }

    /// <summary>
    /// The text <see cref="Source"/> gives for the code, exactly: placeholders such as <c>&lt;domain&gt;</c> or <c>nnn</c>,
    /// remarks and the final period included, lines joined by one space (e.g. <c>User not local; please try
    /// &lt;forward-path&gt; (See Section 3.4)</c> for SMTP 551); <see langword="null"/> when the source gives the code no text
    /// or no primary source confirms it. <see cref="PhraseOrigin"/> says how <see cref="ReasonPhrase"/> relates to it.
    /// </summary>
    /// <exception cref="ArgumentException">The text is empty or contains a control character such as CR or LF.</exception>
    public string? SourceText
    {
        get => _sourceText;
        init => _sourceText = value is null ? null : StatusRules.ValidateSourceText(value, nameof(SourceText));
    }

    /// <summary>
    /// Whether <see cref="ReasonPhrase"/> is the source's text, adapted from it, or FakeStatus's own; see
    /// <see cref="FakeStatus.PhraseOrigin"/> for the rule.
    /// </summary>
    public PhraseOrigin PhraseOrigin { get; init; } = PhraseOrigin.Source;

    /// <summary>
    /// Whether a primary source (the registry, the RFC, the vendor's own documentation or source code) confirms the code and
    /// its meaning at <see cref="Source"/>. <see langword="false"/> for codes known only from secondary lists; treat their
    /// meaning and phrase as unconfirmed.
    /// </summary>
    public bool IsVerified { get; init; }

    /// <summary>
    /// What an HTTP client really receives when the defining system uses this code: the status itself for most codes;
    /// a closed connection, another status (<see cref="Substitute"/>) or nothing for the few that never reach a client as a status.
    /// </summary>
    public ClientReceives ClientReceives { get; init; } = ClientReceives.Status;

    /// <summary>
    /// The response sent instead when <see cref="ClientReceives"/> is <see cref="ClientReceives.SubstituteStatus"/>
    /// (nginx 494: <c>400 Bad Request</c> with nginx's page); <see langword="null"/> otherwise.
    /// </summary>
    public SubstituteResponse? Substitute { get; init; }

    /// <summary>
    /// Whether a handler answers this code as its own status with realistic delivery on: only the codes a client receives
    /// as themselves. A code the real system never sends (closed connection, only logged, another status in its place) is
    /// delivered as the client would meet it. The one rule for routes and URL conventions alike.
    /// </summary>
    internal bool AnswersAsItself => ClientReceives == ClientReceives.Status;

    /// <summary>Whether the definition is standard, deprecated, obsolete, unused, vendor-specific or unofficial.</summary>
    public StatusKind Kind { get; init; } = StatusKind.Standard;

    /// <summary>The vendor that defines the code (lower case, e.g. <c>cloudflare</c>), or <see langword="null"/> for standard codes.</summary>
    /// <exception cref="ArgumentException">The name is empty or not made of ASCII letters, digits and '-'.</exception>
    public string? Vendor
    {
        get => _vendor;
        init => _vendor = value is null ? null : StatusRules.ValidateName(value, nameof(Vendor));
    }

    /// <summary>
    /// The name that tells this meaning apart from others of the same code and protocol (e.g. <c>pantheon</c> for HTTP 530),
    /// or <see langword="null"/> for the primary meaning. Vendor definitions default to their vendor's name.
    /// </summary>
    /// <exception cref="ArgumentException">The name is empty or not made of ASCII letters, digits and '-'.</exception>
    public string? Variant
    {
        get => _variant ?? _vendor;
        init => _variant = value is null ? null : StatusRules.ValidateName(value, nameof(Variant));
    }

    /// <summary>Whether this meaning answers a lookup of the bare code when several meanings share it.</summary>
    public bool IsDefault { get; init; } = true;

    /// <summary>Headers a realistic response with this status carries (e.g. <c>Retry-After</c> for 503), name to value.</summary>
    /// <exception cref="ArgumentException">A name or value is empty or contains CR/LF.</exception>
    public IReadOnlyDictionary<string, string> Headers
    {
        get => _headers;
        init => _headers = StatusRules.ValidateHeaders(value, nameof(Headers));
    }

    /// <summary>Whether a response with this status may carry a body; false for 1xx, 204, 205 and 304.</summary>
    public bool BodyAllowed { get; init; }

    /// <summary>The RFC 3463 enhanced status code paired with an SMTP reply (e.g. <c>5.7.0</c>), if any.</summary>
    public string? EnhancedStatusCode { get; init; }

    /// <summary>
    /// For a code of another protocol, the HTTP statuses its clients turn into this code when a response carries none of
    /// its own: gRPC's "HTTP to gRPC status code mapping" (503 and 429 become UNAVAILABLE, 401 UNAUTHENTICATED...). Empty
    /// when there are none. Compared by reference in equality.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A status is outside 100-999.</exception>
    public IReadOnlyList<int> HttpStatusCodes
    {
        get => _httpStatuses;
        init
        {
            ArgumentNullException.ThrowIfNull(value, nameof(HttpStatusCodes));
            var copy = new int[value.Count];
            for (int i = 0; i < copy.Length; i++)
            {
                copy[i] = StatusRules.ValidateCode(value[i], nameof(HttpStatusCodes));
            }

            _httpStatuses = Array.AsReadOnly(copy);
        }
    }

    /// <summary>The class of the code: its hundreds digit (5 for 530; 0 for every gRPC code).</summary>
    public int Class => Code / 100;

    /// <inheritdoc />
    public override string ToString() => Variant is null
        ? $"{Protocol} {Code} {ReasonPhrase}"
        : $"{Protocol} {Code} {ReasonPhrase} ({Variant})";
}
