using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;

namespace FakeStatus;

/// <summary>
/// Masks the secret fields of a JSON or form body before it is written to a cassette, and of a request's body before it is
/// compared with a recorded one, so a masked recording still matches the request that made it. The mask keeps the body
/// what it was (valid JSON, a form); any other body, and one with nothing secret in it, is kept byte for byte.
/// </summary>
internal static class CassetteBodyMask
{
    /// <summary><paramref name="body"/> with the value of each field <paramref name="isSecret"/> names written as <paramref name="mask"/>.</summary>
    public static byte[] Mask(byte[] body, string? contentType, Func<string, bool> isSecret, string mask)
    {
        if (body.Length == 0 || contentType is null)
        {
            return body;
        }

        if (Contains(contentType, "json"))
        {
            return MaskJson(body, isSecret, mask);
        }

        if (Contains(contentType, "x-www-form-urlencoded"))
        {
            if (!CassetteBody.TryText(body, out string? form))
            {
                return body;
            }

            string masked = Secrets.MaskPairs(form, isSecret, _ => mask);
            return string.Equals(masked, form, StringComparison.Ordinal) ? body : Encoding.UTF8.GetBytes(masked);
        }

        return body;
    }

    /// <summary>
    /// Each secret value the messages' walk finds (<see cref="Secrets.SecretValues"/>) written as the mask, a JSON string; every
    /// other byte is kept, so the body reads as it was sent. A body that is not JSON is kept whole.
    /// </summary>
    private static byte[] MaskJson(byte[] body, Func<string, bool> isSecret, string mask)
    {
        List<(int Start, int Length, int Chars)>? secrets = Secrets.SecretValues(body, complete: true, isSecret, out _);
        if (secrets is null || secrets.Count == 0)
        {
            return body;
        }

        byte[] literal = Encoding.UTF8.GetBytes("\"" + JsonEncodedText.Encode(mask).ToString() + "\"");
        using var masked = new MemoryStream(body.Length);
        int position = 0;
        foreach ((int start, int length, _) in secrets)
        {
            masked.Write(body, position, start - position);
            masked.Write(literal, 0, literal.Length);
            position = start + length;
        }

        masked.Write(body, position, body.Length - position);
        return masked.ToArray();
    }

    private static bool Contains(string text, string part) =>
        CultureInfo.InvariantCulture.CompareInfo.IndexOf(text, part, CompareOptions.OrdinalIgnoreCase) >= 0;
}
