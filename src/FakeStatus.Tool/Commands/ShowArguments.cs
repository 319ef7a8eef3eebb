using System.Globalization;
using System.Linq;

namespace FakeStatus.Tool.Commands;

/// <summary>
/// The words after <c>show</c>: <c>PROTOCOL CODE</c>, or a code alone for HTTP (<c>show 418</c>); a missing word is named with an
/// example the user can type.
/// </summary>
internal static class ShowArguments
{
    /// <exception cref="ToolException">A word is missing.</exception>
    public static (string Protocol, string Code) Resolve(StatusCatalog catalog, string? protocol, string? code)
    {
        if (protocol is null)
        {
            throw ToolException.Usage("show needs a status code: e.g. 'fakestatus show http 418', or 'fakestatus show 418' (a code alone means HTTP).");
        }

        if (code is not null)
        {
            return (protocol, code);
        }

        if (protocol.Length > 0 && protocol.All(char.IsAsciiDigit))
        {
            return (StatusCatalog.Http, protocol);
        }

        // The protocol is checked first, so a misspelt one is reported as such rather than as a missing code.
        (string name, string? vendor) = StatusLookup.Protocol(catalog, protocol);
        StatusDefinition example = catalog.ForProtocol(name).First(d => vendor is null || string.Equals(d.Vendor, vendor, System.StringComparison.OrdinalIgnoreCase));
        throw ToolException.Usage(
            $"show {protocol} needs a status code: e.g. 'fakestatus show {protocol.ToLowerInvariant()} {example.Code.ToString(CultureInfo.InvariantCulture)}'; " +
            $"run 'fakestatus list {protocol.ToLowerInvariant()}' to see the codes.");
    }
}
