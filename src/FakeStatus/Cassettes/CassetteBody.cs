using System;
using System.Text;

namespace FakeStatus;

/// <summary>How a body is written in a cassette: as text when it is text (so it diffs), else as base64.</summary>
internal static class CassetteBody
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static bool IsText(string? contentType, byte[] body)
    {
        if (body.Length == 0)
        {
            return true;
        }

        string type = contentType ?? string.Empty;
        bool textual = type.StartsWith("text/", StringComparison.OrdinalIgnoreCase) ||
                       type.Contains("json", StringComparison.OrdinalIgnoreCase) ||
                       type.Contains("xml", StringComparison.OrdinalIgnoreCase) ||
                       type.Contains("javascript", StringComparison.OrdinalIgnoreCase) ||
                       type.Contains("x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase);
        if (!textual)
        {
            return false;
        }

        try
        {
            // Text that does not round-trip exactly would change the bytes on replay: keep it as base64.
            return StrictUtf8.GetString(body) is string text && StrictUtf8.GetByteCount(text) == body.Length;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    public static string Text(byte[] body) => StrictUtf8.GetString(body);
}
