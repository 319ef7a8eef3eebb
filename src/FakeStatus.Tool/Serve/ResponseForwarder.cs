using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Http.Features;

namespace FakeStatus.Tool.Serve;

/// <summary>
/// Hands each ASP.NET Core request to a <see cref="FakeStatusHandler"/> and copies its answer back (status, reason phrase,
/// headers, body), so the server's responses are the library's responses byte for byte.
/// </summary>
internal static class ResponseForwarder
{
    // Kestrel writes these itself from the connection and the body; copying them would conflict.
    private static readonly string[] ServerOwnedHeaders = ["Date", "Content-Length", "Transfer-Encoding", "Connection", "Keep-Alive"];

    public static async Task ForwardAsync(HttpContext context, FakeStatusOptions options)
    {
        // A handler per request: it is cheap (the catalog and templates are shared) and its request log cannot grow forever.
        using var handler = new FakeStatusHandler(options);
        using var invoker = new HttpMessageInvoker(handler, disposeHandler: false);
        using HttpRequestMessage request = ToRequestMessage(context.Request);

        HttpResponseMessage response;
        try
        {
            response = await invoker.SendAsync(request, context.RequestAborted).ConfigureAwait(false);
        }
        catch (UnmatchedRequestException e)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(
                "{\"error\": \"client_error\", \"message\": \"Not Found\", \"detail\": " + System.Text.Json.JsonSerializer.Serialize(e.Message) + "}",
                context.RequestAborted).ConfigureAwait(false);
            return;
        }

        using (response)
        {
            context.Response.StatusCode = (int)response.StatusCode;
            context.Features.GetRequiredFeature<IHttpResponseFeature>().ReasonPhrase = response.ReasonPhrase;
            var headers = response.Headers.Concat(response.Content?.Headers ?? Enumerable.Empty<System.Collections.Generic.KeyValuePair<string, System.Collections.Generic.IEnumerable<string>>>());
            foreach (var header in headers.Where(h => !ServerOwnedHeaders.Contains(h.Key, StringComparer.OrdinalIgnoreCase)))
            {
                context.Response.Headers[header.Key] = header.Value.ToArray();
            }

            if (response.Content is not null)
            {
                byte[] body = await response.Content.ReadAsByteArrayAsync(context.RequestAborted).ConfigureAwait(false);
                if (body.Length > 0)
                {
                    context.Response.ContentLength = body.Length;
                    await context.Response.Body.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
                }
            }
        }
    }

    private static HttpRequestMessage ToRequestMessage(HttpRequest request)
    {
        var message = new HttpRequestMessage(new HttpMethod(request.Method), new Uri(request.GetEncodedUrl()));
        if (request.ContentLength > 0 || request.Headers.TransferEncoding.Count > 0)
        {
            message.Content = new StreamContent(request.Body);
        }

        return message;
    }
}
