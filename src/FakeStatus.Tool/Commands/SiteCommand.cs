using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using FakeStatus.Tool.Reference;
using FakeStatus.Tool.Site;

namespace FakeStatus.Tool.Commands;

/// <summary><c>fakestatus site --out site</c>: the whole reference as a static web site, in every language.</summary>
internal static class SiteCommand
{
    public static Command Create(TextWriter stdout)
    {
        var output = new Option<string>("--out") { Description = "The folder to write: new, empty, or written by 'fakestatus site' before.", Required = true };
        var language = new Option<string[]>("--language")
        {
            Description = "Only these languages (e.g. ko or ko,en); default: all.",
            AllowMultipleArgumentsPerToken = true,
        };
        var protocol = new Option<string[]>("--protocol")
        {
            Description = "Only these protocols (e.g. smtp or http,smtp); default: all.",
            AllowMultipleArgumentsPerToken = true,
        };
        var date = new Option<string?>("--date") { Description = "The clock for the Date headers and the footer, ISO 8601 (e.g. 2026-02-25T12:00:00Z); default: now. The same date gives the same bytes." };

        var command = new Command(
            "site",
            "Write the reference as a static web site: an index with a search box and one page per code and meaning, in Korean and English. " +
            "Open DIR/index.html in a browser; 'fakestatus serve' shows the same site at /reference/.")
        {
            output, language, protocol, date,
        };

        command.SetAction(async (parsed, cancellationToken) =>
        {
            string outPath = parsed.GetValue(output)!;
            SiteFilter filter = SiteFilter.Parse(StatusCatalog.Default, parsed.GetValue(language), parsed.GetValue(protocol));
            TimeProvider time = ShowCommand.ParseClock(parsed.GetValue(date));

            long started = Stopwatch.GetTimestamp();
            SortedDictionary<string, string> files = await SiteGenerator.GenerateAsync(filter, time, ReferencePageBuilder.DefaultServerUrl, cancellationToken).ConfigureAwait(false);
            SiteOutput.Write(outPath, files);

            string seconds = Stopwatch.GetElapsedTime(started).TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
            await stdout.WriteLineAsync($"Wrote {files.Count} files to {Path.GetFullPath(outPath)} in {seconds} s.").ConfigureAwait(false);
            await stdout.WriteLineAsync($"Open {Path.Combine(Path.GetFullPath(outPath), "index.html")} in a browser, or run 'fakestatus serve' and open http://127.0.0.1:5080/reference/.").ConfigureAwait(false);
            await stdout.FlushAsync(cancellationToken).ConfigureAwait(false);
            return ToolApp.Ok;
        });
        return command;
    }
}
