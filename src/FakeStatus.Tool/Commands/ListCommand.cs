using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using FakeStatus.Tool.Reference;

namespace FakeStatus.Tool.Commands;

/// <summary>
/// <c>fakestatus list smtp</c>: the codes of a protocol (or of a vendor, or of every protocol when none is named) as a table,
/// filtered by vendor or class.
/// </summary>
internal static class ListCommand
{
    public static Command Create(TextWriter stdout)
    {
        var protocol = new Argument<string?>("protocol")
        {
            Description = "The protocol (http, smtp, ftp) or an HTTP vendor (e.g. cloudflare); every protocol when left out.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var vendor = new Option<string?>("--vendor") { Description = "Only the codes of this vendor, e.g. cloudflare." };
        var statusClass = new Option<string?>("--class") { Description = "Only this class, e.g. 5xx (or 5)." };
        var format = new Option<string>("--format") { Description = "text (default) or markdown.", DefaultValueFactory = _ => "text" };

        var command = new Command("list", "List the codes of a protocol, a vendor or the whole catalog as a table.") { protocol, vendor, statusClass, format };
        command.SetAction(parsed =>
        {
            StatusCatalog registry = StatusCatalog.Default;
            string? protocolText = parsed.GetValue(protocol);
            (string? name, string? impliedVendor) = protocolText is null ? (null, null) : StatusLookup.Protocol(registry, protocolText);
            string? wantedVendor = parsed.GetValue(vendor) ?? impliedVendor;
            if (wantedVendor is not null && !registry.Vendors.Contains(wantedVendor, StringComparer.OrdinalIgnoreCase))
            {
                throw ToolException.Usage($"unknown vendor '{wantedVendor}': expected one of {string.Join(", ", registry.Vendors)}.");
            }

            int? wantedClass = ParseClass(parsed.GetValue(statusClass));
            PageWriter writer = PageWriter.For(parsed.GetValue(format)!, stdout);
            bool any = false;
            foreach (string table in name is null ? registry.Protocols : [name])
            {
                var rows = registry.ForProtocol(table)
                    .Where(d => wantedVendor is null || string.Equals(d.Vendor, wantedVendor, StringComparison.OrdinalIgnoreCase))
                    .Where(d => wantedClass is null || d.Class == wantedClass)
                    .Select(Row)
                    .ToArray();
                if (rows.Length > 0)
                {
                    writer.Heading(1, Title(table, wantedVendor, wantedClass, rows.Length));
                    writer.Table(["Code", "Reason phrase", "Status", "Verified", "Variant", "Show with"], rows);
                    any = true;
                }
            }

            if (!any)
            {
                stdout.WriteLine(name is null ? "No codes match." : $"No {Title(name, wantedVendor, wantedClass, null)} match.");
            }

            stdout.Flush();
            return ToolApp.Ok;
        });
        return command;
    }

    /// <summary>What the table holds, e.g. <c>cloudflare HTTP codes (9)</c> or <c>SMTP 5xx codes (40)</c>.</summary>
    private static string Title(string protocol, string? vendor, int? statusClass, int? count) =>
        (vendor is null ? string.Empty : vendor.ToLowerInvariant() + " ") +
        protocol.ToUpperInvariant() +
        (statusClass is null ? string.Empty : " " + statusClass.Value.ToString(CultureInfo.InvariantCulture) + "xx") +
        " codes" + (count is null ? string.Empty : " (" + count.Value.ToString(CultureInfo.InvariantCulture) + ")");

    private static IReadOnlyList<string> Row(StatusDefinition d) =>
    [
        d.Code.ToString(CultureInfo.InvariantCulture),
        d.ReasonPhrase,
        d.Kind.ToString().ToLowerInvariant(),
        d.IsVerified ? "yes" : "no",
        d.Variant is null ? string.Empty : d.Variant + (d.IsDefault ? " (default)" : string.Empty),
        $"fakestatus show {d.Protocol} {d.Code}" + (d.IsDefault || d.Variant is null ? string.Empty : " --variant " + d.Variant),
    ];

    private static int? ParseClass(string? text)
    {
        if (text is null)
        {
            return null;
        }

        string digit = text.EndsWith("xx", StringComparison.OrdinalIgnoreCase) ? text[..^2] : text;
        if (digit.Length == 1 && digit[0] is >= '1' and <= '9')
        {
            return digit[0] - '0';
        }

        throw ToolException.Usage($"--class '{text}' is not a class: expected 1xx to 9xx, e.g. 5xx.");
    }
}
