#if !NET6_0_OR_GREATER
// Linked into the netstandard2.0 build of each package (see its project file), so every target writes the same
// ArgumentNullException.ThrowIfNull(x) that CA1510 asks for; internal, so it never leaks into the public surface.
namespace System.Runtime.CompilerServices
{
    [AttributeUsage(AttributeTargets.Parameter)]
    internal sealed class CallerArgumentExpressionAttribute : Attribute
    {
        public CallerArgumentExpressionAttribute(string parameterName) => ParameterName = parameterName;

        public string ParameterName { get; }
    }
}

// In namespace System so callers need no using that the other targets would flag as unnecessary.
namespace System
{
    internal static class ArgumentNullExceptionPolyfill
    {
        extension(ArgumentNullException)
        {
            public static void ThrowIfNull(object? argument, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(argument))] string? paramName = null)
            {
                if (argument is null)
                {
                    throw new ArgumentNullException(paramName);
                }
            }
        }
    }
}
#endif
