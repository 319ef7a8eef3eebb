using System.Collections.Generic;
using System.Globalization;

namespace FakeStatus;

/// <summary>
/// Renders a loaded style for every status it names (and for 400 and 500) and parses each body as its declared content type,
/// so a broken template fails when the file is loaded, not in the middle of a test.
/// </summary>
internal static class StyleChecks
{
    public static void RenderEvery(ErrorStyle style, string source)
    {
        var codes = new SortedSet<int> { 400, 500 };
        foreach (string key in style.Statuses.Keys)
        {
            codes.Add(key[1] == 'x' ? (key[0] - '0') * 100 : int.Parse(key, CultureInfo.InvariantCulture));
        }

        foreach (int code in codes)
        {
            string reason = StatusCatalog.Default.HttpTable.FindOrUnknown(code).Definition.ReasonPhrase;
            StyledResponse rendered = style.Render(code, reason, null);
            string body = System.Text.Encoding.UTF8.GetString(rendered.Body);
            string? problem = StyleBodyFormats.ParseProblem(style.Format, body);
            if (problem is not null)
            {
                throw new ErrorStyleException(source, "$.body", $"the body rendered for status {code} does not parse as its content type '{style.ContentType}': {problem} The body was: {body}");
            }

            foreach (HeaderEntry header in rendered.Headers)
            {
                if (StatusRules.HasLineBreak(header.Value))
                {
                    throw new ErrorStyleException(source, "$.headers." + header.Name, $"renders with CR or LF for status {code}, which would inject a header.");
                }
            }
        }
    }
}
