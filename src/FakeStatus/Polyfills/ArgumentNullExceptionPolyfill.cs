#if NETSTANDARD2_0
using System;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace FakeStatus;

/// <summary>
/// <c>ArgumentNullException.ThrowIfNull</c> for netstandard2.0, so every target writes the same guard as .NET 8 does.
/// </summary>
internal static class ArgumentNullExceptionPolyfill
{
    extension(ArgumentNullException)
    {
        public static void ThrowIfNull([NotNull, ValidatedNotNull] object? argument, [CallerArgumentExpression(nameof(argument))] string? paramName = null)
        {
            if (argument is null)
            {
                throw new ArgumentNullException(paramName);
            }
        }
    }
}
#endif
