using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using FakeStatus.Tool.Reference;
using FakeStatus.Tool.Snippets;

namespace FakeStatus.Tool.Commands;

/// <summary><c>fakestatus show smtp 530</c>: the reference page of one code.</summary>
internal static class ShowCommand
{
    public static Command Create(TextWriter stdout)
    {
        var protocol = new Argument<string>("protocol") { Description = "The protocol (http, smtp, ftp) or an HTTP vendor (e.g. cloudflare)." };
        var code = new Argument<string>("code") { Description = "The status code, 100 to 999." };
        var variant = new Option<string?>("--variant") { Description = "Another meaning of the same code, e.g. pantheon for http 530." };
        var format = new Option<string>("--format") { Description = "text (default) or markdown.", DefaultValueFactory = _ => "text" };
        var framework = new Option<string?>("--framework") { Description = "Print only this framework's snippet: django, flask, fastapi, express, spring-boot, go, rails, aspnetcore." };
        var date = new Option<string?>("--date") { Description = "The clock for the Date header, ISO 8601 (e.g. 2026-02-25T12:00:00Z); default: now." };

        var command = new Command("show", "Show the reference page of a code: canonical response, curl line, C# usage and eight framework snippets.")
        {
            protocol, code, variant, format, framework, date,
        };

        command.SetAction(async (parsed, cancellationToken) =>
        {
            StatusDefinition definition = StatusLookup.Definition(
                StatusCatalog.Default, parsed.GetValue(protocol)!, parsed.GetValue(code)!, parsed.GetValue(variant));
            PageWriter writer = PageWriter.For(parsed.GetValue(format)!, stdout);
            string? frameworkName = parsed.GetValue(framework);
            Framework? only = frameworkName is null ? null : Frameworks.Find(frameworkName);
            TimeProvider time = ParseClock(parsed.GetValue(date));

            ReferencePage page = await ReferencePageBuilder.BuildAsync(definition, time, cancellationToken).ConfigureAwait(false);
            if (only is null)
            {
                ReferencePageRenderer.Write(page, writer);
            }
            else
            {
                ReferencePageRenderer.WriteSnippet(page, only, writer);
            }

            await stdout.FlushAsync(cancellationToken).ConfigureAwait(false);
            return ToolApp.Ok;
        });
        return command;
    }

    private static TimeProvider ParseClock(string? text)
    {
        if (text is null)
        {
            return TimeProvider.System;
        }

        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset moment))
        {
            throw ToolException.Usage($"--date '{text}' is not a date: expected ISO 8601, e.g. 2026-02-25T12:00:00Z.");
        }

        return new FixedClock(moment);
    }

    /// <summary>A clock stopped at one moment, so the page's Date header is reproducible.</summary>
    private sealed class FixedClock(DateTimeOffset moment) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => moment.ToUniversalTime();
    }
}
