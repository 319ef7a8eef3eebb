using System;
using System.Collections.Generic;
using System.Globalization;

namespace FakeStatus;

/// <summary>
/// Renders a loaded style for every status it names, for 400 and 500, and for every vendor code it lists, as a sample request
/// would get it, and parses each body as its content type, so a broken template fails when the file is loaded, not in the
/// middle of a test.
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
            string key = code.ToString(CultureInfo.InvariantCulture);
            string? body = style.Statuses.TryGetValue(key, out StyleStatusRule? exact) && exact.Body is not null ? "$.statuses." + key + ".body"
                : style.Statuses.TryGetValue(key[0] + "xx", out StyleStatusRule? byClass) && byClass.Body is not null ? "$.statuses." + key[0] + "xx.body"
                : null;
            Check(style, source, code, null, body ?? "$.body", style.Statuses.ContainsKey(key) ? "$.statuses." + key : "$.fields");
        }

        foreach (string vendorCode in style.Codes.Keys)
        {
            var overrides = new StyleOverrides();
            overrides.Fields["code"] = vendorCode;
            Check(style, source, 400, overrides, "$.body", "$.codes." + vendorCode);
        }
    }

    /// <summary>
    /// Renders <paramref name="code"/> with <paramref name="overrides"/> and returns null when it is sound, else what is wrong:
    /// a <c>:number</c> placeholder that is not a number, a body that does not parse, a header with CR or LF.
    /// </summary>
    public static (string Field, string Problem)? Problem(ErrorStyle style, int code, StyleOverrides? overrides, string bodyField = "$.body", string fieldsField = "$.fields")
    {
        string reason = StatusCatalog.Default.HttpTable.FindOrUnknown(code).Definition.ReasonPhrase;
        StyledResponse rendered;
        try
        {
            rendered = style.Render(code, reason, overrides, StyleRequest.Sample, strict: true);
        }
        catch (FormatException e)
        {
            return (fieldsField, $"for status {code}, {e.Message}");
        }

        string body = System.Text.Encoding.UTF8.GetString(rendered.Body);
        string? problem = StyleBodyFormats.ParseProblem(StyleBodyFormats.FromContentType(rendered.ContentType), body);
        if (problem is not null)
        {
            return (bodyField, $"the body rendered for status {code} does not parse as its content type '{rendered.ContentType}': {problem} The body was: {body}");
        }

        foreach (HeaderEntry header in rendered.Headers)
        {
            if (StatusRules.HasLineBreak(header.Value))
            {
                return ("$.headers." + header.Name, $"renders with CR or LF for status {code}, which would inject a header.");
            }
        }

        return null;
    }

    private static void Check(ErrorStyle style, string source, int code, StyleOverrides? overrides, string bodyField, string fieldsField)
    {
        if (Problem(style, code, overrides, bodyField, fieldsField) is (string field, string problem))
        {
            throw new ErrorStyleFormatException(source, field ?? "$", problem);
        }
    }
}
