using System;
using System.Collections.Generic;
using System.Globalization;

namespace FakeStatus;

/// <content>Code lists: httpstat.us's <c>/random/200,201,500-504</c> and httpbin's <c>/status/200:0.9,500:0.1</c>.</content>
internal static partial class UrlConventions
{
    /// <summary>The most choices one list may expand to (all of 100-999).</summary>
    public const int MaxChoices = 900;

    private static ConventionMatch ParseChoices(string list, ProtocolTable table, string path)
    {
        var choices = new List<(StatusEntry Entry, double Cumulative)>();
        double total = 0;
        foreach (string rawItem in list.Split(','))
        {
            string item = rawItem.Trim();
            double weight = 1;
            int colon = item.IndexOf(':', StringComparison.Ordinal);
            if (colon >= 0)
            {
                string weightText = item.Substring(colon + 1);
                if (!double.TryParse(weightText, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out weight) || !WeightedDraw.IsValidWeight(weight))
                {
                    return Bad(path, $"the weight '{weightText}' in '{item}' is not valid: {WeightedDraw.WeightRule}");
                }

                item = item.Substring(0, colon);
            }

            // An empty item (",," or ":0.5") would otherwise reach IndexOf('-', 1) past its end.
            if (item.Length == 0)
            {
                return Bad(path, $"the list has an empty item in '{list}'; every item is a code or a low-high range");
            }

            int dash = item.IndexOf('-', 1);
            int low, high;
            if (dash > 0)
            {
                if (!TryParseCode(item.AsSpan(0, dash), out low) || !TryParseCode(item.AsSpan(dash + 1), out high) || high < low)
                {
                    return Bad(path, $"'{item}' is not a range of codes: expected low-high, each {CodeRule}, e.g. 500-504");
                }
            }
            else if (TryParseCode(item.AsSpan(), out low))
            {
                high = low;
            }
            else
            {
                return Bad(path, $"'{item}' is not a status code: expected {CodeRule}");
            }

            if (choices.Count + (high - low + 1) > MaxChoices)
            {
                return Bad(path, $"the list expands to more than {MaxChoices} codes");
            }

            for (int code = low; code <= high; code++)
            {
                total += weight;
                choices.Add((table.FindOrUnknown(code), total));
            }
        }

        if (!(total > 0))
        {
            return Bad(path, $"every weight in '{list}' is 0: {WeightedDraw.WeightRule}");
        }

        return choices.Count == 1 ? ConventionMatch.Status(choices[0].Entry) : ConventionMatch.Choice(choices);
    }

    private static ConventionMatch Bad(string path, string problem) => ConventionMatch.Malformed(
        $"'{path}': {problem}. Lists look like /random/200,201,500-504 (a repeated code weighs more) or /status/200:0.9,500:0.1.");

    /// <summary>Draws from a choice list with the shared seeded draw.</summary>
    public static StatusEntry Draw(IReadOnlyList<(StatusEntry Entry, double Cumulative)> choices, int seed, long call)
    {
        var cumulative = new double[choices.Count];
        for (int i = 0; i < cumulative.Length; i++)
        {
            cumulative[i] = choices[i].Cumulative;
        }

        return choices[WeightedDraw.Pick(cumulative, seed, call)].Entry;
    }
}
