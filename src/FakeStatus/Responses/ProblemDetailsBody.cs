using System.Globalization;
using System.Net.Http;
using System.Text;

namespace FakeStatus;

/// <summary>RFC 9457 <c>application/problem+json</c> bodies: type, title, status, detail, instance.</summary>
internal static class ProblemDetailsBody
{
    public const string ContentType = "application/problem+json";

    public static string Text(int status, string title, string? detail, string? type, string? instance)
    {
        var text = new StringBuilder(160);
        text.Append("{\"type\": \"").Append(CanonicalBody.Escape(type ?? "about:blank"))
            .Append("\", \"title\": \"").Append(CanonicalBody.Escape(title))
            .Append("\", \"status\": ").Append(status.ToString(CultureInfo.InvariantCulture));
        if (detail is not null)
        {
            text.Append(", \"detail\": \"").Append(CanonicalBody.Escape(detail)).Append('"');
        }

        if (instance is not null)
        {
            text.Append(", \"instance\": \"").Append(CanonicalBody.Escape(instance)).Append('"');
        }

        return text.Append('}').ToString();
    }

    /// <summary>A content factory whose <c>instance</c> is each request's path unless one was given.</summary>
    public static System.Func<HttpRequestMessage, HttpContent> Factory(int status, string title, string? detail, string? type, string? instance) =>
        request =>
        {
            string body = Text(status, title, detail, type, instance ?? request.RequestUri?.AbsolutePath);
            var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
            content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
            return content;
        };
}
