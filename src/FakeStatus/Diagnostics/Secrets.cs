using System.Globalization;

namespace FakeStatus;

/// <summary>
/// Masks secret values in messages, by the same names a cassette masks: <c>Authorization</c>, <c>Proxy-Authorization</c>,
/// <c>Cookie</c>, <c>Set-Cookie</c>, and any name containing <c>token</c>, <c>secret</c>, <c>key</c> or <c>password</c>.
/// </summary>
internal static class Secrets
{
    private static readonly CassetteOptions Names = new();

    public static bool IsSecret(string name) => Names.IsSecret(name);

    /// <summary>The value, or <c>(masked, 24 chars)</c> when <paramref name="name"/> names a secret.</summary>
    public static string Show(string name, string value) =>
        IsSecret(name) ? string.Format(CultureInfo.InvariantCulture, "(masked, {0} chars)", value.Length) : value;

    /// <summary>The URL with the values of secret query parameters masked.</summary>
    public static string Url(System.Uri uri) => uri.IsAbsoluteUri ? Names.MaskUrl(uri) : uri.OriginalString;
}
