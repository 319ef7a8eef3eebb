using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;
using System.Net.Http.Headers;

namespace FakeStatus;

/// <summary>
/// The one check of a response against what real servers send (RFC 9110 and RFC 9113). It reads the message as built,
/// so it judges what the client receives, whatever built it: a route, a URL convention, the unmatched policy.
/// </summary>
internal static class RealismRules
{
    private static readonly Version Http2 = new(2, 0);

    /// <summary>Lists the problems of <paramref name="response"/>; an empty array when there are none (the usual case, no allocation).</summary>
    /// <param name="response">The response, with <c>RequestMessage</c> set.</param>
    /// <param name="customReasonPhrase">The reason phrase the response was given by its builder, or null for the catalog's own.</param>
    /// <param name="bodyLength">The number of body bytes sent, when known; null for a body made per request.</param>
    public static IReadOnlyList<string> Check(HttpResponseMessage response, string? customReasonPhrase, long? bodyLength)
    {
        List<string>? problems = null;
        int code = (int)response.StatusCode;
        HttpContent? content = response.Content;
        bool hasBody = content is not null && (bodyLength ?? 1) > 0;
        bool isHead = response.RequestMessage?.Method == HttpMethod.Head;

        if (hasBody && (code < 200 || code == 204 || code == 304))
        {
            Add(ref problems, $"{code} with a body: a {code} response never has one");
        }
        else if (hasBody && isHead)
        {
            Add(ref problems, "a body in the answer to HEAD: a HEAD response never has one");
        }

        string? required = RequiredHeader(code);
        if (required is not null && Header(response, required) is null)
        {
            Add(ref problems, $"{code} without {required}: {Why(code)}");
        }

        if (Header(response, "Retry-After") is string retryAfter && !IsRetryAfter(retryAfter))
        {
            Add(ref problems, $"Retry-After '{retryAfter}' is neither delay-seconds (e.g. 120) nor an HTTP-date (e.g. Wed, 25 Feb 2026 12:00:00 GMT)");
        }

        if (hasBody && !isHead && Header(response, "Content-Type") is null)
        {
            Add(ref problems, "a body without Content-Type: the client has to guess what it is");
        }

        if (hasBody && !isHead && bodyLength is long actual && content!.Headers.ContentLength is long declared && declared != actual)
        {
            Add(ref problems, string.Format(CultureInfo.InvariantCulture, "Content-Length {0} but the body has {1} byte(s)", declared, actual));
        }

        if (customReasonPhrase is not null && response.Version >= Http2)
        {
            Add(ref problems, $"reason phrase '{customReasonPhrase}' on HTTP/{response.Version.Major}: HTTP/2 and later have none, so the client never sees it");
        }

        return problems ?? (IReadOnlyList<string>)[];
    }

    /// <summary>Delay-seconds (digits) or an IMF-fixdate, the only date form a sender may generate.</summary>
    public static bool IsRetryAfter(string value)
    {
        if (value.Length > 0 && IsDigits(value))
        {
            return true;
        }

        return DateTimeOffset.TryParseExact(value, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _);
    }

    private static bool IsDigits(string value)
    {
        foreach (char c in value)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    private static string? RequiredHeader(int code) => code switch
    {
        401 => "WWW-Authenticate",
        407 => "Proxy-Authenticate",
        405 => "Allow",
        301 or 302 or 303 or 307 or 308 => "Location",
        416 => "Content-Range",
        _ => null,
    };

    private static string Why(int code) => code switch
    {
        401 => "a 401 must name the authentication scheme to use",
        407 => "a 407 must name the proxy's authentication scheme",
        405 => "a 405 must list the methods the resource allows",
        416 => "a 416 must give the current length as Content-Range: bytes */length",
        _ => "a redirect must say where to go",
    };

    private static string? Header(HttpResponseMessage response, string name) =>
        Raw(response.Headers, name) ?? (response.Content is null ? null : Raw(response.Content.Headers, name));

    private static string? Raw(HttpHeaders headers, string name)
    {
#if NET6_0_OR_GREATER
        // The stored strings as sent, without parsing: an invalid value is what this check is looking for.
        return headers.NonValidated.TryGetValues(name, out HeaderStringValues values) ? values.ToString() : null;
#else
        return headers.TryGetValues(name, out IEnumerable<string>? values) ? string.Join(", ", values) : null;
#endif
    }

    private static void Add(ref List<string>? problems, string problem) => (problems ??= []).Add(problem);
}
