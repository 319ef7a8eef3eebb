using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using FakeStatus.Tool.Reference;
using FakeStatus.Tool.Site.Components;
using FakeStatus.Tool.Site.Model;

namespace FakeStatus.Tool.Site;

/// <summary>
/// Generates the reference site in memory: for every catalog entry the page model <c>fakestatus show</c> prints
/// (<see cref="ReferencePageBuilder"/>), rendered once per language, plus each language's index, the root page and the style
/// sheet. Files are keyed by their path below the site's root with <c>/</c> separators, in ordinal order.
/// </summary>
internal static class SiteGenerator
{
    /// <summary>The file that marks a folder as written by <c>fakestatus site</c>, so a later run may replace it.</summary>
    public const string MarkerFile = ".fakestatus-site";

    /// <param name="filter">The languages and protocols to write.</param>
    /// <param name="time">The clock of the responses' Date headers and the footer's date.</param>
    /// <param name="serverUrl">The server the curl lines address, e.g. <see cref="ReferencePageBuilder.DefaultServerUrl"/>.</param>
    /// <param name="cancellationToken">Stops the generation.</param>
    public static async Task<SortedDictionary<string, string>> GenerateAsync(
        SiteFilter filter, TimeProvider time, string serverUrl, CancellationToken cancellationToken)
    {
        StatusCatalog catalog = StatusCatalog.Default;
        var protocolOrder = filter.Protocols.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i, StringComparer.Ordinal);
        SiteEntry[] entries = catalog.All
            .Where(d => protocolOrder.ContainsKey(d.Protocol))
            .OrderBy(d => protocolOrder[d.Protocol])
            .ThenBy(d => d.Code)
            .ThenBy(d => d.IsDefault ? 0 : 1)
            .ThenBy(d => d.Variant, StringComparer.Ordinal)
            .Select(SiteEntry.For)
            .ToArray();
        Dictionary<StatusDefinition, SiteEntry> byDefinition = entries.ToDictionary(e => e.Definition);

        // The pages' models are independent: build them on every core; the handler only answers, so one serves all.
        using var byDefault = new FakeStatusHandler(new FakeStatusOptions { TimeProvider = time });
        var models = new (ReferencePage Page, string DotnetTest)[entries.Length];
        await Parallel.ForAsync(0, entries.Length, cancellationToken, async (i, ct) =>
        {
            ReferencePage page = await ReferencePageBuilder.BuildAsync(entries[i].Definition, time, ct).ConfigureAwait(false);
            page = page with { ServerUrl = serverUrl };
            string test = await DotnetTestSnippet.RenderAsync(byDefault, entries[i].Definition, page.Path, ct).ConfigureAwait(false);
            models[i] = (page, test);
        }).ConfigureAwait(false);

        string date = time.GetUtcNow().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            [MarkerFile] = "This folder was written by 'fakestatus site'; the next run may replace it.\n",
            ["site.css"] = SiteAssets.StyleSheet,
        };

        var renderer = new SiteRenderer();
        await using ConfiguredAsyncDisposable disposeRenderer = renderer.ConfigureAwait(false);
        files["index.html"] = await renderer.RenderAsync<RootPage>(new Dictionary<string, object?>
        {
            [nameof(RootPage.Chrome)] = SitePageViews.RootChrome(filter.Languages, date),
            [nameof(RootPage.Heading)] = string.Join(" · ", filter.Languages.Select(l => l["rootHeading"]).Distinct()),
        }).ConfigureAwait(false);

        foreach (SiteStrings language in filter.Languages)
        {
            var views = new SitePageViews(language, filter.Languages, date);
            files[language.Language + "/index.html"] = await renderer.RenderAsync<IndexPage>(new Dictionary<string, object?>
            {
                [nameof(IndexPage.View)] = views.Index(entries, filter.Protocols),
            }).ConfigureAwait(false);

            for (int i = 0; i < entries.Length; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                SiteEntry entry = entries[i];
                (ReferencePage page, string test) = models[i];
                SiteEntry[] meanings = entries.Where(e => e.Definition.Code == entry.Definition.Code && e != entry).ToArray();
                SiteEntry[] more = page.OtherCodes.Select(o => byDefinition[o]).ToArray();
                CodePageView view = views.CodePage(entry, page, test, meanings, more);
                files[language.Language + "/" + entry.File] = await renderer.RenderAsync<CodePage>(new Dictionary<string, object?>
                {
                    [nameof(CodePage.View)] = view,
                }).ConfigureAwait(false);
            }
        }

        return files;
    }
}
