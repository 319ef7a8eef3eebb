using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using FakeStatus.Tool.Reference;

namespace FakeStatus.Tool.Commands;

/// <summary><c>fakestatus list smtp</c>: the codes of a protocol as a table, filtered by vendor or class.</summary>
internal static class ListCommand
{
    public static Command Create(TextWriter stdout)
    {
        // Optional to the parser so that a missing protocol gets an example instead of a bare "required argument missing".
        var protocol = new Argument<string?>("protocol")
        {
            Description = "The protocol (http, smtp, ftp) or an HTTP vendor (e.g. cloudflare).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var vendor = new Option<string?>("--vendor") { Description = "Only the codes of this vendor, e.g. cloudflare." };
        var statusClass = new Option<string?>("--class") { Description = "Only this class, e.g. 5xx (or 5)." };
        var format = new Option<string>("--format") { Description = "text (default) or markdown.", DefaultValueFactory = _ => "text" };

        var command = new Command("list", "List the codes of a protocol as a table.") { protocol, vendor, statusClass, format };
        command.SetAction(parsed =>
        {
            StatusCatalog registry = StatusCatalog.Default;
            string protocolText = parsed.GetValue(protocol)
                ?? throw ToolException.Usage($"list needs a protocol: e.g. 'fakestatus list http' (or {string.Join(", ", registry.Protocols.Where(p => p != StatusCatalog.Http))}, or a vendor such as cloudflare).");
            (string name, string? impliedVendor) = StatusLookup.Protocol(registry, protocolText);
            string? wantedVendor = parsed.GetValue(vendor) ?? impliedVendor;
            if (wantedVendor is not null && !registry.Vendors.Contains(wantedVendor, StringComparer.OrdinalIgnoreCase))
            {
                throw ToolException.Usage($"unknown vendor '{wantedVendor}': expected one of {string.Join(", ", registry.Vendors)}.");
            }

            int? wantedClass = ParseClass(parsed.GetValue(statusClass));
            PageWriter writer = PageWriter.For(parsed.GetValue(format)!, stdout);

            var rows = registry.ForProtocol(name)
                .Where(d => wantedVendor is null || string.Equals(d.Vendor, wantedVendor, StringComparison.OrdinalIgnoreCase))
                .Where(d => wantedClass is null || d.Class == wantedClass)
                .Select(Row)
                .ToArray();
            if (rows.Length == 0)
            {
                stdout.WriteLine($"No {name} codes match.");
                return ToolApp.Ok;
            }

            writer.Heading(1, $"{name.ToUpperInvariant()} codes ({rows.Length})");
            writer.Table(["Code", "Reason phrase", "Status", "Variant", "Show with"], rows);
            stdout.Flush();
            return ToolApp.Ok;
        });
        return command;
    }

    private static IReadOnlyList<string> Row(StatusDefinition d) =>
    [
        d.Code.ToString(CultureInfo.InvariantCulture),
        d.ReasonPhrase,
        d.Kind.ToString().ToLowerInvariant(),
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
