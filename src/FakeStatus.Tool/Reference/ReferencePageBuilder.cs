using System;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using FakeStatus.Tool.Snippets;

namespace FakeStatus.Tool.Reference;

/// <summary>
/// Builds a <see cref="ReferencePage"/> by sending the request through a real <see cref="FakeStatusHandler"/> and formatting
/// its answer with <see cref="RawResponse"/>, so the page and the handler cannot disagree.
/// </summary>
internal static class ReferencePageBuilder
{
    /// <summary>The address <c>fakestatus serve</c> listens on by default, used in the curl line.</summary>
    public const string DefaultServerUrl = "http://127.0.0.1:5080";

    public static async Task<ReferencePage> BuildAsync(StatusDefinition definition, TimeProvider time, CancellationToken cancellationToken)
    {
        string path = PathOf(definition);
        // The page shows each code as its own status, including those a real server never sends as one (nginx 444).
        using var handler = new FakeStatusHandler(new FakeStatusOptions { TimeProvider = time, RealisticDelivery = false });
        using var invoker = new HttpMessageInvoker(handler, disposeHandler: false);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(DefaultServerUrl + path));
        using HttpResponseMessage response = await invoker.SendAsync(request, cancellationToken).ConfigureAwait(false);

        // ByteArrayContent can be read twice: once for the snippets' fields, once for the raw text.
        SnippetResponse snippetResponse = await SnippetResponse.FromAsync(response, cancellationToken).ConfigureAwait(false);
        string raw = await RawResponse.FormatAsync(response, cancellationToken).ConfigureAwait(false);

        var others = handler.Options.Catalog.ForProtocol(definition.Protocol)
            .Where(d => d.IsDefault && d.Code != definition.Code)
            .ToArray();
        return new ReferencePage(definition, path, raw.Replace("\r\n", "\n", StringComparison.Ordinal), snippetResponse, DefaultServerUrl, others);
    }

    /// <summary>The URL path FakeStatus's conventions answer <paramref name="definition"/> at.</summary>
    public static string PathOf(StatusDefinition definition)
    {
        string path = "/" + definition.Protocol + "/" + definition.Code.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return definition.IsDefault || definition.Variant is null ? path : path + "?variant=" + definition.Variant;
    }
}
