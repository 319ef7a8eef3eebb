using FakeStatus;

namespace Quickstart;

/// <summary>A tour of the status catalog: browsing it, and extending it in code and from a JSON file.</summary>
public static class CatalogTour
{
    /// <summary>Writes the Cloudflare codes, SMTP 530 and both meanings of HTTP 530 to <paramref name="output"/>.</summary>
    public static void Browse(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        // begin-snippet: catalog-browse
        StatusCatalog catalog = StatusCatalog.Default;

        foreach (StatusDefinition status in catalog.ForVendor("cloudflare"))
        {
            output.WriteLine($"{status.Code} {status.ReasonPhrase}"); // 520 Web server returns an unknown error ...
        }

        StatusDefinition auth = catalog.Get("smtp", 530);
        output.WriteLine($"{auth.ReasonPhrase}, {auth.EnhancedStatusCode}, {auth.Source}");
        // Authentication Required, 5.7.0, RFC 4954, section 6

        foreach (StatusDefinition meaning in catalog.VariantsOf("http", 530))
        {
            output.WriteLine($"{meaning.Variant}: {meaning.ReasonPhrase}"); // cloudflare: Origin DNS error, pantheon: Site is frozen
        }
        // end-snippet
    }

    /// <summary>
    /// Adds a definition in code and loads more from the catalog file at <paramref name="catalogPath"/>, then answers one
    /// request from each; writes the two status lines to <paramref name="output"/>.
    /// </summary>
    public static async Task ExtendAsync(TextWriter output, string catalogPath)
    {
        ArgumentNullException.ThrowIfNull(output);
        // begin-snippet: catalog-extend
        StatusCatalog custom = StatusCatalog.Default.With(
            new StatusDefinition("http", 503, "Down For Maintenance")
            {
                Headers = new Dictionary<string, string> { ["Retry-After"] = "600" },
                Description = "Our API's planned-maintenance answer.",
            },
            new StatusDefinition("http", 530, "Account Suspended") { Vendor = "acme", IsDefault = false });

        // A JSON catalog adds a protocol of its own; errors name the file, line, position and field.
        StatusCatalog gopher = StatusCatalog.Load(catalogPath);

        using var handler = new FakeStatusHandler(new FakeStatusOptions { Catalog = custom.With([.. gopher.All]) });
        using HttpClient client = handler.ToHttpClient(new Uri("https://fake.test"));
        using HttpResponseMessage maintenance = await client.GetAsync("/503"); // 503 Down For Maintenance, Retry-After: 1 (600 with RealisticRetryAfter)
        using HttpResponseMessage suspended = await client.GetAsync("/acme/530"); // 530 Account Suspended
        // end-snippet
        await output.WriteLineAsync($"{(int)maintenance.StatusCode} {maintenance.ReasonPhrase}, Retry-After: {maintenance.Headers.RetryAfter}");
        await output.WriteLineAsync($"{(int)suspended.StatusCode} {suspended.ReasonPhrase}");
        using HttpResponseMessage fromFile = await client.GetAsync($"/{gopher.Protocols[0]}/{gopher.All[0].Code}");
        await output.WriteLineAsync($"{(int)fromFile.StatusCode} {fromFile.ReasonPhrase}");
    }
}
