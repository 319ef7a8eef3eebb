#if NETSTANDARD2_0
using System;

namespace FakeStatus;

/// <summary>
/// The ordinal string overloads .NET Core added, for netstandard2.0, so every target writes the same call (and the analyzers
/// that ask for them on .NET 8 and later are satisfied without an <c>#if</c> at each call).
/// </summary>
internal static class StringPolyfills
{
    public static bool Contains(this string text, string value, StringComparison comparison) => text.IndexOf(value, comparison) >= 0;

    public static bool Contains(this string text, char value, StringComparison comparison) => text.IndexOf(value, comparison) >= 0;

    public static int IndexOf(this string text, char value, StringComparison comparison) =>
        comparison == StringComparison.Ordinal ? text.IndexOf(value) : text.IndexOf(value.ToString(), comparison);

    public static bool StartsWith(this string text, char value) => text.Length > 0 && text[0] == value;

    public static bool EndsWith(this string text, char value) => text.Length > 0 && text[text.Length - 1] == value;

    public static string Replace(this string text, string oldValue, string newValue, StringComparison comparison) =>
        comparison == StringComparison.Ordinal
            ? text.Replace(oldValue, newValue)
            : throw new NotSupportedException("Only StringComparison.Ordinal is polyfilled on netstandard2.0.");
}
#endif
