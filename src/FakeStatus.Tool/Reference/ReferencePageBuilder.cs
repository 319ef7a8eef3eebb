using System;
using System.Collections.Generic;
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

    /// <summary>The gRPC method a gRPC code's page calls: gRPC statuses answer gRPC calls on routes, not URL conventions.</summary>
    public const string GrpcExampleMethod = "greet.Greeter/SayHello";

    public static async Task<ReferencePage> BuildAsync(StatusDefinition definition, TimeProvider time, CancellationToken cancellationToken)
    {
        bool grpc = StatusRules.IsGrpc(definition.Protocol);
        string path = grpc ? "/" + GrpcExampleMethod : PathOf(definition);
        // The page shows each code as its own status, including those a real server never sends as one (nginx 444), and the
        // catalog's waits as they are, which the snippets' real servers send; DefaultWaits says what the handler sends instead.
        using var handler = new FakeStatusHandler(new FakeStatusOptions { TimeProvider = time, RealisticDelivery = false, RealisticRetryAfter = true });
        using var byDefault = new FakeStatusHandler(new FakeStatusOptions { TimeProvider = time, RealisticDelivery = false });
        if (grpc)
        {
            handler.When(HttpMethod.Post, path).Respond(definition);
            byDefault.When(HttpMethod.Post, path).Respond(definition);
        }

        using HttpResponseMessage response = await SendAsync(handler, path, grpc, cancellationToken).ConfigureAwait(false);
        using HttpResponseMessage defaultResponse = await SendAsync(byDefault, path, grpc, cancellationToken).ConfigureAwait(false);

        // ByteArrayContent can be read twice: once for the snippets' fields, once for the raw text.
        SnippetResponse snippetResponse = await SnippetResponse.FromAsync(response, cancellationToken).ConfigureAwait(false);
        string raw = await RawResponse.FormatAsync(response, cancellationToken).ConfigureAwait(false);

        var others = handler.Options.Catalog.ForProtocol(definition.Protocol)
            .Where(d => d.IsDefault && d.Code != definition.Code)
            .ToArray();
        return new ReferencePage(definition, path, raw.Replace("\r\n", "\n", StringComparison.Ordinal), snippetResponse, DefaultServerUrl, others)
        {
            DefaultWaits = ChangedHeaders(response, defaultResponse),
        };
    }

    private static async Task<HttpResponseMessage> SendAsync(FakeStatusHandler handler, string path, bool grpc, CancellationToken cancellationToken)
    {
        using var invoker = new HttpMessageInvoker(handler, disposeHandler: false);
        using var request = new HttpRequestMessage(grpc ? HttpMethod.Post : HttpMethod.Get, new Uri(DefaultServerUrl + path));
        if (grpc)
        {
            // A gRPC call is an HTTP/2 POST; the page shows the answer as the client receives it.
            request.Version = System.Net.HttpVersion.Version20;
        }

        return await invoker.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The headers, as <c>Name: value</c>, whose value the default handler sends differently from <paramref name="realistic"/>.</summary>
    private static string[] ChangedHeaders(HttpResponseMessage realistic, HttpResponseMessage byDefault) =>
        byDefault.Headers
            .Where(h => !realistic.Headers.TryGetValues(h.Key, out IEnumerable<string>? values) || !values.SequenceEqual(h.Value))
            .Select(h => h.Key + ": " + string.Join(", ", h.Value))
            .ToArray();

    /// <summary>The URL path FakeStatus's conventions answer <paramref name="definition"/> at.</summary>
    public static string PathOf(StatusDefinition definition)
    {
        string path = "/" + definition.Protocol + "/" + definition.Code.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return definition.IsDefault || definition.Variant is null ? path : path + "?variant=" + definition.Variant;
    }
}
