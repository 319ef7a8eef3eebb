using System;
using System.Diagnostics.CodeAnalysis;
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

        // Text that does not round-trip exactly would change the bytes on replay: keep it as base64.
        return TryText(body, out string? text) && StrictUtf8.GetByteCount(text) == body.Length;
    }

    public static string Text(byte[] body) => StrictUtf8.GetString(body);

    /// <summary>The body as text when it is valid UTF-8 (the one decoder of cassette bodies); false when it is not.</summary>
    public static bool TryText(byte[] body, [NotNullWhen(true)] out string? text)
    {
        try
        {
            text = StrictUtf8.GetString(body);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = null;
            return false;
        }
    }
}
