using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace FakeStatus;

/// <summary>A JSON body a route requires, exactly or partially (see <see cref="JsonPattern"/>).</summary>
internal sealed class JsonBodyCriterion(JsonPattern pattern) : RouteCriterion
{
    private const int MaxShown = 80;

    public override string Expectation => (pattern.IsPartial ? "JSON body containing " : "JSON body ") + Shown(pattern.Text);

    // Secret values of the pattern are masked as a request's are: the expectation sits beside the request in messages.
    private static string Shown(string text)
    {
        string masked = Secrets.MaskJson(System.Text.Encoding.UTF8.GetBytes(text), complete: true, Secrets.IsSecret);
        return ShortText.Cut(masked, MaxShown);
    }

    public override bool Check(ref MatchInput input, List<string>? why)
    {
        if (input.Body is null)
        {
            why?.Add("the request has no body");
            return false;
        }

        if (!input.Body.TryGetJson(out JsonElement json, out string? error))
        {
            why?.Add(error!);
            return false;
        }

        return pattern.Matches(json, why);
    }
}

/// <summary>A field an <c>application/x-www-form-urlencoded</c> body must carry, with that value when one is given.</summary>
internal sealed class FormFieldCriterion(string name, string? value) : RouteCriterion
{
    public override string Expectation => "form field " + name + (value is null ? " present" : "=" + Secrets.Show(name, value));

    public override bool Check(ref MatchInput input, List<string>? why)
    {
        if (input.Body is null)
        {
            why?.Add("the request has no body");
            return false;
        }

        if (!input.Body.TryGetForm(out List<KeyValuePair<string, string>> fields))
        {
            why?.Add("body is not a form: Content-Type is " + (input.Body.MediaType ?? "missing") + ", not application/x-www-form-urlencoded");
            return false;
        }

        foreach (KeyValuePair<string, string> field in fields)
        {
            if (string.Equals(field.Key, name, StringComparison.Ordinal) && (value is null || string.Equals(field.Value, value, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        if (why is not null)
        {
            string[] got = fields.Where(f => string.Equals(f.Key, name, StringComparison.Ordinal)).Select(f => Secrets.Show(name, f.Value)).ToArray();
            why.Add(got.Length == 0 ? "the form has no field '" + name + "'" : "got " + name + "=" + string.Join(", ", got));
        }

        return false;
    }
}
