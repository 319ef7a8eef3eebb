using System;
using System.Collections.Generic;
using System.Linq;

namespace FakeStatus;

/// <summary>Looks up a <see cref="StatusCases"/> slice by its property name, for <see cref="StatusCases.Rows"/>.</summary>
internal static class StatusCaseSets
{
    // A fixed table rather than reflection, so trimming and AOT keep working and the accepted names are visible here.
    private static readonly Dictionary<string, Func<IEnumerable<StatusDefinition>>> Sets = new(StringComparer.Ordinal)
    {
        [nameof(StatusCases.HttpInformational)] = () => StatusCases.HttpInformational,
        [nameof(StatusCases.HttpSuccess)] = () => StatusCases.HttpSuccess,
        [nameof(StatusCases.HttpRedirections)] = () => StatusCases.HttpRedirections,
        [nameof(StatusCases.HttpClientErrors)] = () => StatusCases.HttpClientErrors,
        [nameof(StatusCases.HttpServerErrors)] = () => StatusCases.HttpServerErrors,
        [nameof(StatusCases.HttpStandard)] = () => StatusCases.HttpStandard,
        [nameof(StatusCases.HttpVendor)] = () => StatusCases.HttpVendor,
        [nameof(StatusCases.Cloudflare)] = () => StatusCases.Cloudflare,
        [nameof(StatusCases.SmtpTransientFailures)] = () => StatusCases.SmtpTransientFailures,
        [nameof(StatusCases.SmtpPermanentFailures)] = () => StatusCases.SmtpPermanentFailures,
        [nameof(StatusCases.SmtpPositive)] = () => StatusCases.SmtpPositive,
        [nameof(StatusCases.FtpErrors)] = () => StatusCases.FtpErrors,
        [nameof(StatusCases.FtpTransientFailures)] = () => StatusCases.FtpTransientFailures,
        [nameof(StatusCases.FtpPermanentFailures)] = () => StatusCases.FtpPermanentFailures,
    };

    public static IReadOnlyCollection<string> Names => Sets.Keys;

    public static IEnumerable<StatusDefinition> Find(string member)
    {
        ArgumentNullException.ThrowIfNull(member);

        return Sets.TryGetValue(member, out Func<IEnumerable<StatusDefinition>>? set)
            ? set()
            : throw new ArgumentException(
                $"'{member}' is not a StatusCases set; use one of {string.Join(", ", Sets.Keys.OrderBy(k => k, StringComparer.Ordinal))}, or VendorRows(vendor).",
                nameof(member));
    }
}
