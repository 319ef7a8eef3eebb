using System;
using System.Collections.Generic;

namespace FakeStatus;

/// <summary>
/// What a <see cref="CassetteRecorder"/> masks before it writes a cassette, so secrets stay out of files you commit, and how
/// a replay matches requests.
/// </summary>
public sealed class CassetteOptions
{
    private readonly IReadOnlyList<string> _secretNames = Secrets.DefaultNames;
    private readonly IReadOnlyList<string> _secretNameParts = Secrets.DefaultNameParts;
    private readonly string _mask = "***";

    /// <summary>
    /// Names whose values are always masked: headers, query parameters and request body fields. Default, the names every
    /// FakeStatus message masks: <c>Authorization</c>, <c>Proxy-Authorization</c>, <c>Cookie</c>, <c>Set-Cookie</c>,
    /// <c>X-Session-Id</c>, <c>X-Auth</c>, <c>X-Signature</c>, <c>sig</c>, <c>code</c>, <c>auth</c>, <c>X-Amz-Signature</c>,
    /// <c>X-Amz-Credential</c>, <c>X-Amz-Security-Token</c>.
    /// </summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public IReadOnlyList<string> SecretNames
    {
        get => _secretNames;
        init => _secretNames = value ?? throw new ArgumentNullException(nameof(SecretNames), "SecretNames must not be null; use [] to mask nothing by its whole name.");
    }

    /// <summary>
    /// Header, query parameter and body field names containing any of these (ignoring case) have their values masked, in
    /// request and response bodies alike (<c>access_token</c>, <c>client_secret</c>). Default: <c>token</c>, <c>secret</c>,
    /// <c>key</c>, <c>password</c>, <c>signature</c>, <c>credential</c>.
    /// </summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public IReadOnlyList<string> SecretNameParts
    {
        get => _secretNameParts;
        init => _secretNameParts = value ?? throw new ArgumentNullException(nameof(SecretNameParts), "SecretNameParts must not be null; use [] to mask nothing by name part.");
    }

    /// <summary>The text written instead of a secret value. Default <c>***</c>.</summary>
    /// <exception cref="ArgumentException">The value is empty or holds characters a header or URL cannot carry.</exception>
    public string Mask
    {
        get => _mask;
        init => _mask = !string.IsNullOrEmpty(value) && value.IndexOfAny(['\r', '\n', '&', '=', '#', ' ']) < 0
            ? value
            : throw new ArgumentException($"Mask '{value}' must be non-empty text without spaces, line breaks, '&', '=' or '#', e.g. \"***\".", nameof(Mask));
    }

    /// <summary>
    /// Whether replay also matches the request body when the recorded request had one, so two POSTs to one URL with different
    /// bodies each get their own response. JSON bodies (a content type containing <c>json</c>) are compared ignoring
    /// property order and whitespace, other bodies byte for byte. Default <see langword="true"/>; with <see langword="false"/>
    /// a (method, URL) answers its recordings in recorded order whatever the body.
    /// </summary>
    public bool MatchRequestBody { get; init; } = true;

    internal bool IsSecret(string name) => Secrets.IsSecret(name, SecretNames, SecretNameParts);

    /// <summary>A JSON or form request body with each secret field's value masked, as recorded and as compared on replay.</summary>
    internal byte[] MaskRequestBody(byte[] body, string? contentType) => CassetteBodyMask.Mask(body, contentType, IsSecret, Mask);

    /// <summary>
    /// A JSON or form response body with the fields named by <see cref="SecretNameParts"/> masked (<c>access_token</c>).
    /// Whole names are left: a response's <c>code</c> is usually the vendor's error code that the replay must keep.
    /// </summary>
    internal byte[] MaskResponseBody(byte[] body, string? contentType) =>
        CassetteBodyMask.Mask(body, contentType, name => Secrets.IsSecret(name, [], SecretNameParts), Mask);

    /// <summary>
    /// The URL with the password of its user information (<c>http://alice:***@host/</c>) and the values of secret query
    /// parameters masked, by the rule every message masks by; the same on record and on replay, so they still match.
    /// </summary>
    internal string MaskUrl(Uri uri) => Secrets.MaskUrl(ReplayGroups.SentUrl(uri), IsSecret, Mask);
}
