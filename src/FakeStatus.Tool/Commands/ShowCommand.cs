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
        // Both optional to the parser, so 'show 418' can mean HTTP and a missing word gets an example instead of a bare error.
        var protocol = new Argument<string?>("protocol")
        {
            Description = "The protocol (http, smtp, ftp) or an HTTP vendor (e.g. cloudflare). Leave it out for HTTP: 'show 418' is 'show http 418'.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var code = new Argument<string?>("code") { Description = "The status code, 100 to 999.", Arity = ArgumentArity.ZeroOrOne };
        var variant = new Option<string?>("--variant") { Description = "Another meaning of the same code, e.g. pantheon for http 530." };
        var format = new Option<string>("--format") { Description = "text (default) or markdown.", DefaultValueFactory = _ => "text" };
        var framework = new Option<string?>("--framework") { Description = "Print only this framework's snippet: django, flask, fastapi, express, spring-boot, go, rails, aspnetcore." };
        var date = new Option<string?>("--date") { Description = "The clock for the Date header, ISO 8601 (e.g. 2026-02-25T12:00:00Z); default: now." };

        var command = new Command(
            "show",
            "Show the reference page of a code: canonical response, curl line, C# usage and eight framework snippets. " +
            "Examples: 'fakestatus show smtp 530', 'fakestatus show cloudflare 522', 'fakestatus show 418' (a code alone means HTTP).")
        {
            protocol, code, variant, format, framework, date,
        };

        command.SetAction(async (parsed, cancellationToken) =>
        {
            (string protocolText, string codeText) = ShowArguments.Resolve(StatusCatalog.Default, parsed.GetValue(protocol), parsed.GetValue(code));
            StatusDefinition definition = StatusLookup.Definition(StatusCatalog.Default, protocolText, codeText, parsed.GetValue(variant));
            PageWriter writer = PageWriter.For(parsed.GetValue(format)!, stdout);
            string? frameworkName = parsed.GetValue(framework);
            Framework? only = frameworkName is null ? null : Frameworks.Find(frameworkName);
            if (only is not null && StatusRules.IsGrpc(definition.Protocol))
            {
                throw ToolException.Usage($"--framework {frameworkName}: a gRPC status is not returned from a web framework's HTTP handler; drop --framework to see the gRPC page.");
            }

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

    /// <summary>Reads <c>--date</c>: a clock stopped at that moment, or the system clock when it is absent.</summary>
    internal static TimeProvider ParseClock(string? text)
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
