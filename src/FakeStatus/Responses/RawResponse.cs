using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace FakeStatus;

/// <summary>
/// Writes a response as it would appear on the wire in HTTP/1.1: status line, headers, blank line, body. Useful for snapshot
/// tests and for logging what a fake answered; the <c>fakestatus show</c> command prints its pages with it.
/// </summary>
public static class RawResponse
{
    /// <summary>
    /// Formats <paramref name="response"/> as raw HTTP/1.1 text, headers in the order servers usually send them
    /// (<c>Content-Type</c>, then the message headers such as <c>Date</c>, then the other content headers, <c>Content-Length</c> last).
    /// Lines end with <c>\r\n</c> as on the wire; reads the body, so call it once per response.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="response"/> is null.</exception>
    public static async Task<string> FormatAsync(HttpResponseMessage response, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(response);

        var text = new StringBuilder();
        text.Append("HTTP/").Append(response.Version.Major).Append('.').Append(response.Version.Minor)
            .Append(' ').Append(((int)response.StatusCode).ToString(CultureInfo.InvariantCulture));
        if (!string.IsNullOrEmpty(response.ReasonPhrase))
        {
            text.Append(' ').Append(response.ReasonPhrase);
        }

        text.Append("\r\n");
        HttpContent? content = response.Content;
        var contentHeaders = content is null
            ? new List<KeyValuePair<string, IEnumerable<string>>>()
            : content.Headers.ToList();

        AppendHeaders(text, contentHeaders.Where(h => IsNamed(h, "Content-Type")));
        AppendHeaders(text, response.Headers);
        AppendHeaders(text, contentHeaders.Where(h => !IsNamed(h, "Content-Type") && !IsNamed(h, "Content-Length")));
        AppendHeaders(text, contentHeaders.Where(h => IsNamed(h, "Content-Length")));
        text.Append("\r\n");

        if (content is not null)
        {
#if NET5_0_OR_GREATER
            text.Append(await content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false));
#else
            cancellationToken.ThrowIfCancellationRequested();
            text.Append(await content.ReadAsStringAsync().ConfigureAwait(false));
#endif
        }

        return text.ToString();
    }

    private static bool IsNamed(KeyValuePair<string, IEnumerable<string>> header, string name) =>
        string.Equals(header.Key, name, StringComparison.OrdinalIgnoreCase);

    private static void AppendHeaders(StringBuilder text, IEnumerable<KeyValuePair<string, IEnumerable<string>>> headers)
    {
        foreach (KeyValuePair<string, IEnumerable<string>> header in headers)
        {
            text.Append(header.Key).Append(": ").Append(string.Join(", ", header.Value)).Append("\r\n");
        }
    }
}
