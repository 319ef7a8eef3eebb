using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text;

namespace FakeStatus;

/// <summary>
/// Writes the message of <see cref="UnmatchedRequestException"/>: the request (secrets masked), the nearest routes with each
/// criterion marked, what the URL conventions accept, and what to do next.
/// </summary>
internal static class UnmatchedMessage
{
    public static string Build(HttpRequestMessage request, byte[]? body, string why, IReadOnlyList<FakeRoute> routes, bool conventions, string? scopeNote)
    {
        var text = new StringBuilder();
        text.Append("FakeStatusHandler cannot answer ").Append(RequestSummary.Line(request)).Append(": ").Append(why).Append('.');
        text.Append("\nRequest:");
        RequestSummary.Append(text, request, body, "  ");
        RouteExplanation? nearest = NearMiss.AppendNearestRoutes(text, routes, request, body, string.Empty);
        if (scopeNote is not null)
        {
            text.Append('\n').Append(scopeNote);
        }

        if (conventions)
        {
            text.Append(LooksLikeAConvention(request.RequestUri)
                ? "\nURL conventions accept: " + UrlConventions.AcceptedForms + "."
                : "\nURL conventions answer paths such as /503, /status/429 or /smtp/530; this path is not one.");
        }

        text.Append('\n').Append(NearMiss.NextStep(request, nearest));
        return text.ToString();
    }

    /// <summary>
    /// Whether the path starts as a URL convention does (a digit, <c>status</c>, <c>random</c>, a protocol, a vendor or an error
    /// style), so a near-miss such as <c>/status</c> or <c>/smtp/abc</c> gets the whole list of forms and an API path gets one line.
    /// </summary>
    private static bool LooksLikeAConvention(Uri? uri)
    {
        string path = uri is null ? string.Empty : uri.IsAbsoluteUri ? uri.AbsolutePath : uri.OriginalString;
        string first = path.TrimStart('/').Split('/', '?')[0];
        if (first.Length == 0)
        {
            return false;
        }

        StatusCatalog catalog = StatusCatalog.Default;
        return char.IsDigit(first[0])
            || first.Equals("status", StringComparison.OrdinalIgnoreCase)
            || first.Equals("random", StringComparison.OrdinalIgnoreCase)
            || catalog.Protocols.Contains(first, StringComparer.OrdinalIgnoreCase)
            || catalog.Vendors.Contains(first, StringComparer.OrdinalIgnoreCase)
            || BuiltInStyles.Names.Contains(first, StringComparer.OrdinalIgnoreCase);
    }
}
