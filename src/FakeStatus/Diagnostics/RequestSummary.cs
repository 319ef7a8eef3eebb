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

    public static void Append(StringBuilder text, HttpRequestMessage request, byte[]? body, string indent, long? length = null)
    {
        text.Append('\n').Append(indent).Append(Line(request));
        AppendHeaders(text, request.Headers, indent);
        if (request.Content is not null)
        {
            AppendHeaders(text, request.Content.Headers, indent);
        }

        text.Append('\n').Append(indent).Append("body: ").Append(Body(body, request.Content?.Headers.ContentType?.MediaType, length));
    }

    /// <summary>
    /// The body as UTF-8 on one line, secrets masked field by field, cut after <see cref="BodyChars"/> characters with its
    /// size in bytes. Only the start is decoded, so a huge body costs what a small one does.
    /// </summary>
    /// <param name="body">The body bytes (possibly only the start of the body the request carried).</param>
    /// <param name="mediaType">The content type, which says how to find secret fields.</param>
    /// <param name="length">The length of the whole body, when <paramref name="body"/> holds only its start.</param>
    public static string Body(byte[]? body, string? mediaType, long? length = null)
    {
        if (body is null)
        {
            return "(none)";
        }

        long total = length ?? body.Length;
        if (total == 0)
        {
            return "(empty)";
        }

        // Enough bytes for BodyChars characters of any script, plus context so a secret cut at the edge is still recognised.
        int window = Math.Min(body.Length, BodyChars * 8);
        string decoded = Secrets.Body(body.AsSpan(0, window), complete: window == total, mediaType);
        bool cut = decoded.Length > BodyChars || window < total;
        string shown = StatusRules.Escape(ShortText.Start(decoded, BodyChars));
        string recorded = body.Length < total
            ? string.Format(CultureInfo.InvariantCulture, "; the record keeps the first {0}, see FakeStatusOptions.MaxRecordedBodyBytes", body.Length)
            : string.Empty;
        return cut ? shown + string.Format(CultureInfo.InvariantCulture, "... ({0} bytes{1})", total, recorded) : shown;
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
