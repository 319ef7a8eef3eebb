using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace FakeStatus;

/// <summary>
/// The one rule for secrets in messages: a header, query parameter, form field or JSON property is secret when its name is
/// one of <see cref="DefaultNames"/> or contains one of <see cref="DefaultNameParts"/> (ignoring case). Every message masks
/// by it: request lines and URLs, headers, bodies field by field, route names and what a route expects. The masking
/// functions also take the rule as an argument, so a cassette can mask by its own options with the same code.
/// </summary>
internal static class Secrets
{
    /// <summary>What a URL shows instead of a secret query value or a password in its user info.</summary>
    public const string UrlMask = "***";

    // A property and its scalar value, in text too broken for the reader: "name" : "value" (possibly cut short) or a bare token.
    private static readonly Regex LexicalJson = new(
        "\"(?<name>(?:[^\"\\\\]|\\\\.)*)\"(?<sep>\\s*:\\s*)(?<value>\"(?:[^\"\\\\]|\\\\.)*(?:\"|$)|[^\\s,}\\]]+)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture,
        TimeSpan.FromSeconds(1));

    /// <summary>Names that are secret as a whole: credential headers, and short query names that carry signatures or codes.</summary>
    public static IReadOnlyList<string> DefaultNames { get; } =
    [
        "Authorization", "Proxy-Authorization", "Cookie", "Set-Cookie", "X-Session-Id", "X-Auth", "X-Signature",
        "sig", "code", "auth", "X-Amz-Signature", "X-Amz-Credential", "X-Amz-Security-Token",
    ];

    /// <summary>Parts that make any name containing them secret: <c>api_key</c>, <c>X-Refresh-Token</c>, <c>client_secret</c>...</summary>
    public static IReadOnlyList<string> DefaultNameParts { get; } = ["token", "secret", "key", "password", "signature", "credential"];

    /// <summary>Whether <paramref name="name"/> names a secret by the default rule.</summary>
    public static bool IsSecret(string name) => IsSecret(name, DefaultNames, DefaultNameParts);

    /// <summary>Whether <paramref name="name"/> is one of <paramref name="names"/> or contains one of <paramref name="parts"/>, ignoring case.</summary>
    public static bool IsSecret(string name, IReadOnlyList<string> names, IReadOnlyList<string> parts)
    {
        foreach (string secret in names)
        {
            if (string.Equals(secret, name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        foreach (string part in parts)
        {
            if (part.Length > 0 && name.Contains(part, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The value, or <c>(masked, 24 chars)</c> when <paramref name="name"/> names a secret.</summary>
    public static string Show(string name, string value) => IsSecret(name) ? Masked(value.Length) : value;

    /// <summary>What a message shows instead of a secret of <paramref name="length"/> characters.</summary>
    public static string Masked(int length) => string.Format(CultureInfo.InvariantCulture, "(masked, {0} chars)", length);

    /// <summary>
    /// The URL as <see cref="Uri.ToString"/> shows it (unescaped, as the request was written), or, when it carries a password
    /// or secret query values, its escaped form with each of them written as <c>***</c>.
    /// </summary>
    public static string Url(Uri uri)
    {
        if (!uri.IsAbsoluteUri)
        {
            return uri.ToString();
        }

        bool hasPassword = uri.UserInfo.Contains(':', StringComparison.Ordinal);
        bool hasSecretQuery = false;
        foreach (KeyValuePair<string, string> pair in QueryString.Parse(uri.Query))
        {
            hasSecretQuery |= IsSecret(pair.Key);
        }

        return hasPassword || hasSecretQuery ? MaskUrl(uri.AbsoluteUri, IsSecret, UrlMask) : uri.ToString();
    }

    /// <summary>
    /// <paramref name="url"/> (absolute, or a route template such as <c>/login?api_key=x</c>) with the password of its user
    /// info and the values of the query parameters <paramref name="isSecret"/> names replaced by <paramref name="mask"/>.
    /// </summary>
    public static string MaskUrl(string url, Func<string, bool> isSecret, string mask)
    {
        int scheme = url.IndexOf("://", StringComparison.Ordinal);
        int question = url.IndexOf('?', StringComparison.Ordinal);
        if (scheme >= 0 && (question < 0 || scheme < question))
        {
            int hostStart = scheme + 3;
            int hostEnd = url.IndexOfAny(['/', '?', '#'], hostStart);
            int at = url.LastIndexOf('@', hostEnd < 0 ? url.Length - 1 : hostEnd - 1);
            int colon = at > hostStart ? url.IndexOf(':', hostStart, at - hostStart) : -1;
            if (colon >= 0)
            {
                url = url.Substring(0, colon + 1) + mask + url.Substring(at);
                question = url.IndexOf('?', StringComparison.Ordinal);
            }
        }

        if (question < 0)
        {
            return url;
        }

        int hash = url.IndexOf('#', question);
        string query = hash < 0 ? url.Substring(question + 1) : url.Substring(question + 1, hash - question - 1);
        string masked = MaskPairs(query, isSecret, _ => mask);
        return url.Substring(0, question + 1) + masked + (hash < 0 ? string.Empty : url.Substring(hash));
    }

    /// <summary>An <c>application/x-www-form-urlencoded</c> text with each secret field's value written as <c>(masked, N chars)</c>.</summary>
    public static string MaskForm(string form, Func<string, bool> isSecret) =>
        MaskPairs(form, isSecret, value => Masked(Unescape(value).Length));

    /// <summary>
    /// A JSON text, possibly cut short (<paramref name="complete"/> false), with the value of each secret property written
    /// as <c>(masked, N chars)</c>; inside a property holding an object or array, each name is judged on its own. Text cut
    /// inside a secret value shows nothing after its name. Text that is not valid JSON is masked by a lexical scan instead.
    /// </summary>
    public static string MaskJson(ReadOnlySpan<byte> utf8, bool complete, Func<string, bool> isSecret)
    {
        List<(int Start, int Length, int Chars)>? ranges = SecretValues(utf8, complete, isSecret, out int end);
        if (ranges is null)
        {
            return LexicalJson.Replace(Decode(utf8), match => isSecret(match.Groups["name"].Value)
                ? "\"" + match.Groups["name"].Value + "\"" + match.Groups["sep"].Value + Masked(match.Groups["value"].Value.Trim('"').Length)
                : match.Value);
        }

        var text = new StringBuilder();
        int position = 0;
        foreach ((int start, int length, int chars) in ranges)
        {
            text.Append(Decode(utf8.Slice(position, start - position))).Append(Masked(chars));
            position = start + length;
        }

        text.Append(Decode(utf8.Slice(position, end - position)));
        if (end < utf8.Length)
        {
            text.Append(Masked(Decode(utf8.Slice(end)).Trim().Trim('"').Length));
        }

        return text.ToString();
    }

    /// <summary>
    /// The one walk over a JSON text that finds what to mask, for messages and for cassettes alike: the place (byte start,
    /// byte length) and length in characters of each string, number or boolean whose property name is secret; inside a
    /// secret property holding an object or array, each name is judged on its own. <paramref name="end"/> is where a text
    /// cut short inside a secret value stops showing (else its length). Null when the text is not valid JSON.
    /// </summary>
    internal static List<(int Start, int Length, int Chars)>? SecretValues(ReadOnlySpan<byte> utf8, bool complete, Func<string, bool> isSecret, out int end)
    {
        var ranges = new List<(int Start, int Length, int Chars)>();
        end = utf8.Length;
        try
        {
            var reader = new Utf8JsonReader(utf8, isFinalBlock: complete, new JsonReaderState(new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 4096 }));
            bool secretNext = false;
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        secretNext = isSecret(reader.GetString()!);
                        continue;
                    case JsonTokenType.String when secretNext:
                        ranges.Add(((int)reader.TokenStartIndex, reader.ValueSpan.Length + 2, reader.GetString()!.Length));
                        break;
                    case JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False when secretNext:
                        ranges.Add(((int)reader.TokenStartIndex, reader.ValueSpan.Length, reader.ValueSpan.Length));
                        break;
                }

                secretNext = false;
            }

            if (secretNext)
            {
                // Cut inside a secret value: nothing after its name is shown.
                end = (int)reader.BytesConsumed;
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return null;
        }

        return ranges;
    }

    /// <summary>
    /// The start of a body for a message, secrets masked field by field: JSON (by content type, or text that starts like it)
    /// and form bodies are masked under the default rule; other text is decoded as it is.
    /// </summary>
    /// <param name="utf8">The body, or as much of its start as the message may show.</param>
    /// <param name="complete">Whether <paramref name="utf8"/> is the whole body.</param>
    /// <param name="mediaType">The request's content type, if any.</param>
    public static string Body(ReadOnlySpan<byte> utf8, bool complete, string? mediaType)
    {
        if (IsForm(mediaType))
        {
            return MaskForm(Decode(utf8), IsSecret);
        }

        if (mediaType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true || StartsLikeJson(utf8))
        {
            return MaskJson(utf8, complete, IsSecret);
        }

        string text = Decode(utf8);
        return mediaType is null && LooksLikeForm(text) ? MaskForm(text, IsSecret) : text;
    }

    /// <summary>A route template or generated route name with secret query values masked, e.g. <c>POST /login?api_key=***</c>.</summary>
    public static string Template(string template) => template.IndexOf('?', StringComparison.Ordinal) < 0 && template.IndexOf('@', StringComparison.Ordinal) < 0
        ? template
        : MaskUrl(template, IsSecret, UrlMask);

    internal static string MaskPairs(string pairs, Func<string, bool> isSecret, Func<string, string> mask)
    {
        string[] parts = pairs.Split('&');
        bool changed = false;
        for (int i = 0; i < parts.Length; i++)
        {
            int eq = parts[i].IndexOf('=', StringComparison.Ordinal);
            if (eq >= 0 && isSecret(Unescape(parts[i].Substring(0, eq))))
            {
                parts[i] = parts[i].Substring(0, eq + 1) + mask(parts[i].Substring(eq + 1));
                changed = true;
            }
        }

        return changed ? string.Join("&", parts) : pairs;
    }

    private static string Unescape(string text)
    {
        try
        {
            return Uri.UnescapeDataString(text.Replace('+', ' '));
        }
        catch (UriFormatException)
        {
            return text;
        }
    }

    private static bool IsForm(string? mediaType) => mediaType?.Contains("x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) == true;

    private static bool LooksLikeForm(string text) => text.IndexOf('=', StringComparison.Ordinal) > 0 && text.IndexOfAny([' ', '\n', '\r', '\t', '{', '<']) < 0;

    private static bool StartsLikeJson(ReadOnlySpan<byte> utf8)
    {
        foreach (byte b in utf8)
        {
            if (b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
            {
                continue;
            }

            return b is (byte)'{' or (byte)'[';
        }

        return false;
    }

    private static string Decode(ReadOnlySpan<byte> utf8) =>
#if NETSTANDARD2_0
        Encoding.UTF8.GetString(utf8.ToArray());
#else
        Encoding.UTF8.GetString(utf8);
#endif
}
