using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;
using System.Text;

namespace FakeStatus;

/// <summary>Writes a request for a message: method and URL, its headers with secrets masked, and the start of its body.</summary>
internal static class RequestSummary
{
    public const int BodyChars = 200;

    public static string Line(HttpRequestMessage request) =>
        request.Method.Method + " " + (request.RequestUri is null ? "(no URI)" : Secrets.Url(request.RequestUri));

    public static void Append(StringBuilder text, HttpRequestMessage request, byte[]? body, string indent)
    {
        text.Append('\n').Append(indent).Append(Line(request));
        AppendHeaders(text, request.Headers, indent);
        if (request.Content is not null)
        {
            AppendHeaders(text, request.Content.Headers, indent);
        }

        text.Append('\n').Append(indent).Append("body: ").Append(Body(body));
    }

    /// <summary>The body as UTF-8 on one line, cut after <see cref="BodyChars"/> characters with its size in bytes.</summary>
    public static string Body(byte[]? body)
    {
        if (body is null)
        {
            return "(none)";
        }

        if (body.Length == 0)
        {
            return "(empty)";
        }

        string decoded = Encoding.UTF8.GetString(body);
        string shown = decoded.Length <= BodyChars ? decoded : decoded.Substring(0, BodyChars);
        shown = StatusRules.Escape(shown);
        return decoded.Length <= BodyChars
            ? shown
            : shown + string.Format(CultureInfo.InvariantCulture, "... ({0} bytes)", body.Length);
    }

    private static void AppendHeaders(StringBuilder text, System.Net.Http.Headers.HttpHeaders headers, string indent)
    {
        foreach (KeyValuePair<string, IEnumerable<string>> header in headers)
        {
            // The body line gives the size; Content-Length would only repeat it.
            if (string.Equals(header.Key, "Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            text.Append('\n').Append(indent).Append(header.Key).Append(": ").Append(Secrets.Show(header.Key, string.Join(", ", header.Value)));
        }
    }
}
