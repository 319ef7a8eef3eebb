using System.Collections.Generic;
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
            text.Append("\nURL conventions accept: ").Append(UrlConventions.AcceptedForms).Append('.');
        }

        text.Append('\n').Append(NearMiss.NextStep(request, nearest));
        return text.ToString();
    }
}
