using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FakeStatus.Tool.Reference;
using FakeStatus.Tool.Site;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace FakeStatus.Tool.Serve;

/// <summary>
/// Serves the reference site of <c>fakestatus site</c> under <c>/reference/</c>, next to the fake responses, so the curl line
/// on every page works against the server that shows it. The site is generated in memory on the first request.
/// </summary>
internal static class ReferenceSiteMiddleware
{
    public const string Prefix = "/reference";

    /// <summary>Adds the site in front of the handler; every other path goes on to the next middleware.</summary>
    public static void UseReferenceSite(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        Task<SortedDictionary<string, string>>? site = null;
        object? gate = null;
        app.Use((context, next) =>
        {
            if (!context.Request.Path.StartsWithSegments(Prefix, StringComparison.Ordinal, out PathString rest))
            {
                return next(context);
            }

            // Generated once, on the first request, with the address the server is bound to (never a client's Host header,
            // which would then be in every page): the pages' curl lines use it.
            LazyInitializer.EnsureInitialized(ref site, ref gate, () => SiteGenerator.GenerateAsync(
                SiteFilter.All(StatusCatalog.Default), TimeProvider.System, BoundAddress(app), CancellationToken.None));
            return ServeAsync(context, rest.Value ?? string.Empty, site);
        });
    }

    private static async Task ServeAsync(HttpContext context, string path, Task<SortedDictionary<string, string>> site)
    {
        if (path.Length == 0)
        {
            // Relative links resolve against the folder, so the site's root needs its trailing slash.
            context.Response.Redirect(context.Request.PathBase + Prefix + "/");
            return;
        }

        SortedDictionary<string, string> files = await site.ConfigureAwait(false);
        string name = path.TrimStart('/');
        string folderIndex = name.Length == 0 || name.EndsWith('/') ? name + "index.html" : name + "/index.html";
        string? found = Find(files, name) ?? Find(files, name + ".html") ?? Find(files, folderIndex);
        if (found is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync($"The reference has no page {Prefix}{path}; its index is {Prefix}/.", context.RequestAborted).ConfigureAwait(false);
            return;
        }

        context.Response.ContentType = found.EndsWith(".css", StringComparison.Ordinal) ? "text/css; charset=utf-8" : "text/html; charset=utf-8";
        await context.Response.WriteAsync(files[found], context.RequestAborted).ConfigureAwait(false);
    }

    private static string BoundAddress(WebApplication app) =>
        app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()?.TrimEnd('/')
            ?? ReferencePageBuilder.DefaultServerUrl;

    private static string? Find(SortedDictionary<string, string> files, string name) =>
        name != SiteGenerator.MarkerFile && files.ContainsKey(name) ? name : null;
}
