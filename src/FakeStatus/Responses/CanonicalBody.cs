using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace FakeStatus;

/// <summary>
/// The seed page's JSON error body, <c>{"error": "server_error", "message": "Authentication Required"}</c>:
/// a space after each colon and comma, <c>error</c> from the class of the code, <c>message</c> the reason phrase.
/// </summary>
internal static class CanonicalBody
{
    public const string ContentType = "application/json";

    public static string ErrorFor(int code) => (code / 100) switch
    {
        1 => "informational",
        2 => "success",
        3 => "redirection",
        4 => "client_error",
        5 => "server_error",
        _ => "unclassified",
    };

    public static string Text(int code, string message) =>
        "{\"error\": \"" + ErrorFor(code) + "\", \"message\": \"" + Escape(message) + "\"}";

    public static string Text(int code, string message, string detail) =>
        "{\"error\": \"" + ErrorFor(code) + "\", \"message\": \"" + Escape(message) + "\", \"detail\": \"" + Escape(detail) + "\"}";

    public static byte[] Utf8(int code, string message) => Encoding.UTF8.GetBytes(Text(code, message));

    // Relaxed escaping keeps "I'm a teapot" readable; only what JSON requires (quotes, backslashes, controls) is escaped.
    public static string Escape(string value) => JsonEncodedText.Encode(value, JavaScriptEncoder.UnsafeRelaxedJsonEscaping).ToString();
}
