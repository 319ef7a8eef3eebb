using System;

namespace FakeStatus.OpenApi;

/// <summary>The header-name and header-value checks of RFC 9110, so a document's header never fails at registration half way.</summary>
internal static class HeaderText
{
    private const string TokenSymbols = "!#$%&'*+-.^_`|~";

    public static bool IsToken(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return false;
        }

        foreach (char c in name!)
        {
            bool ok = c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' || TokenSymbols.Contains(c, StringComparison.Ordinal);
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    public static bool IsValue(string value)
    {
        foreach (char c in value)
        {
            if (c is '\r' or '\n' or '\0' || c > '\u00ff')
            {
                return false;
            }
        }

        return true;
    }
}
