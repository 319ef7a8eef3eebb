#if !NET5_0_OR_GREATER
namespace System.Runtime.CompilerServices;

/// <summary>Lets the .NET Standard 2.0 build compile <c>init</c> accessors, as the core package's options do.</summary>
internal static class IsExternalInit
{
}
#endif
