using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;

namespace FakeStatus;

/// <summary>
/// The request headers httpstat.us reads: <c>X-HttpStatus-Sleep</c>, <c>X-HttpStatus-Response-{Name}</c>, and <c>Accept</c>
/// (JSON by default, <c>text/plain</c>, <c>application/problem+json</c>).
/// </summary>
internal static class ConventionHeaders
{
    private const string ResponsePrefix = "X-HttpStatus-Response-";

    /// <summary>Applies the headers to <paramref name="match"/>; returns a problem for a malformed value, else null.</summary>
    public static string? Apply(HttpRequestMessage request, ref ConventionMatch match)
    {
#if NET6_0_OR_GREATER
        if (request.Headers.NonValidated.Count == 0)
        {
            return null;
        }

        foreach (KeyValuePair<string, HeaderStringValues> header in request.Headers.NonValidated)
        {
            string? problem = ApplyOne(header.Key, header.Value.ToString(), ref match);
#else
        foreach (KeyValuePair<string, IEnumerable<string>> header in request.Headers)
        {
            string? problem = ApplyOne(header.Key, string.Join(", ", header.Value), ref match);
#endif
            if (problem is not null)
            {
                return problem;
            }
        }

        return null;
    }

    private static string? ApplyOne(string name, string value, ref ConventionMatch match)
    {
        if (name.StartsWith("X-HttpStatus-", StringComparison.OrdinalIgnoreCase) && JsonText.UnpairedSurrogateAt(value) is int at and >= 0)
        {
            // Not text: it can be neither a number of milliseconds nor a header to echo, and it cannot be shown as it is.
            return $"{name}: the value holds an unpaired surrogate (U+{(int)value[at]:X4} at index {at}), which is not valid text; send a valid value.";
        }

        if (string.Equals(name, "X-HttpStatus-Sleep", StringComparison.OrdinalIgnoreCase))
        {
            if (!UrlConventions.TryParseSleep(value.Trim(), out TimeSpan delay))
            {
                return $"X-HttpStatus-Sleep: '{value}' is not a valid delay: expected whole milliseconds from 0 to {UrlConventions.MaxSleepMilliseconds}.";
            }

            match.Delay = delay;
        }
        else if (name.Length > ResponsePrefix.Length && name.StartsWith(ResponsePrefix, StringComparison.OrdinalIgnoreCase))
        {
            // The value is echoed into the response: a CR or LF would smuggle in a header of the caller's choosing.
            if (StatusRules.HasLineBreak(value))
            {
                return $"{name}: '{StatusRules.Escape(value)}' contains CR or LF, which would inject a header; send a single-line value.";
            }

            string responseName = name.Substring(ResponsePrefix.Length);
            match.ExtraHeaders ??= [];
            match.ExtraHeaders.Add(new HeaderEntry(responseName, value));
        }
        else if (string.Equals(name, "Accept", StringComparison.OrdinalIgnoreCase))
        {
            match.Format = Negotiate(value);
        }

        return null;
    }

    /// <summary>
    /// Picks the supported media type with the highest q (earliest on ties); JSON when none is supported. Each range is read by
    /// <see cref="MediaTypeWithQualityHeaderValue"/>; one it cannot read is skipped.
    /// </summary>
    internal static BodyFormat Negotiate(string accept)
    {
        BodyFormat best = BodyFormat.Json;
        double bestQ = -1;
        foreach (string range in accept.Split(','))
        {
            if (!MediaTypeWithQualityHeaderValue.TryParse(range, out MediaTypeWithQualityHeaderValue? media))
            {
                continue;
            }

            // A q that is not a number from 0 to 1 (q=soon) has no Quality but is there: the range is not acceptable.
            double q = media.Quality ?? (media.Parameters.Any(p => string.Equals(p.Name, "q", StringComparison.OrdinalIgnoreCase)) ? 0 : 1);
            BodyFormat? format = media.MediaType?.ToUpperInvariant() switch
            {
                "APPLICATION/PROBLEM+JSON" => BodyFormat.Problem,
                "TEXT/PLAIN" => BodyFormat.Text,
                "APPLICATION/JSON" or "*/*" or "APPLICATION/*" => BodyFormat.Json,
                _ => null,
            };
            if (format is not null && q > 0 && q > bestQ)
            {
                best = format.Value;
                bestQ = q;
            }
        }

        return best;
    }
}
