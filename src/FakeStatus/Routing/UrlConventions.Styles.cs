using System;

namespace FakeStatus;

/// <content>
/// The error-style prefix: <c>/{style}/...</c> answers what <c>/...</c> answers, in that vendor's error shape
/// (<c>/azure-storage/503</c>, <c>/openai/status/429</c>, <c>/aws-s3/random/500,503</c>). Protocols and catalog vendors are
/// tried first, so a catalog vendor's name (<c>/cloudflare/520</c>) keeps meaning the catalog vendor.
/// </content>
internal static partial class UrlConventions
{
    private static ConventionMatch MatchStyle(ReadOnlySpan<char> first, ReadOnlySpan<char> rest, ReadOnlySpan<char> query, Uri uri, StatusCatalog registry)
    {
        ErrorStyle? style = FindStyle(first);
        if (style is null)
        {
            return ConventionMatch.NoMatch;
        }

        // Like a vendor name, a style prefix claims the path only when a status follows it: /azure-storage/blob is an
        // ordinary path nobody registered.
        if (rest.IsEmpty)
        {
            return ConventionMatch.NoMatch;
        }

        // The rest is read by the same conventions, so every form (/status/503, /smtp/530, /random/...) works after a prefix.
        var inner = new Uri(uri.GetLeftPart(UriPartial.Authority) + "/" + rest.ToString() + query.ToString());
        ConventionMatch match = MatchFrom(inner, registry, afterStylePrefix: true);
        if (match.Outcome == ConventionOutcome.NoMatch)
        {
            return ConventionMatch.NoMatch;
        }

        if (match.Outcome == ConventionOutcome.Status && match.Style is null)
        {
            match.Style = style;
        }

        return match;
    }

    // Names are compared before any style is loaded, so a path that names no style never pays for reading the style files.
    private static ErrorStyle? FindStyle(ReadOnlySpan<char> name)
    {
        foreach (string styleName in BuiltInStyles.Names)
        {
            if (name.Equals(styleName.AsSpan(), StringComparison.OrdinalIgnoreCase))
            {
                return BuiltInStyles.Get(styleName);
            }
        }

        return null;
    }
}
