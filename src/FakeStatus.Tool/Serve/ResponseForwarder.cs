using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace FakeStatus.Tool.Serve;

/// <summary>
/// Hands each ASP.NET Core request to the server's one <see cref="FakeStatusHandler"/> and copies its answer back (status, reason
/// phrase, headers, body), so the server's responses are the library's responses byte for byte.
/// </summary>
internal static class ResponseForwarder
{
    // Kestrel writes these itself from the connection and the body; copying them would conflict.
    private static readonly string[] ServerOwnedHeaders = ["Date", "Content-Length", "Transfer-Encoding", "Connection", "Keep-Alive"];

    public static async Task ForwardAsync(HttpContext context, HttpMessageInvoker handler)
    {
        using HttpRequestMessage request = RequestTranslator.ToRequestMessage(context.Request);

        HttpResponseMessage response;
        try
        {
            response = await handler.SendAsync(request, context.RequestAborted).ConfigureAwait(false);
        }
        catch (UnmatchedRequestException)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(NotFoundBody(context.Request), context.RequestAborted).ConfigureAwait(false);
            return;
        }

        using (response)
        {
            context.Response.StatusCode = (int)response.StatusCode;
            context.Features.GetRequiredFeature<IHttpResponseFeature>().ReasonPhrase = response.ReasonPhrase;
            IEnumerable<KeyValuePair<string, IEnumerable<string>>> headers = response.Headers.Concat(response.Content.Headers);
            foreach (var header in headers.Where(h => !ServerOwnedHeaders.Contains(h.Key, StringComparer.OrdinalIgnoreCase)))
            {
                context.Response.Headers[header.Key] = header.Value.ToArray();
            }

            byte[] body = await response.Content.ReadAsByteArrayAsync(context.RequestAborted).ConfigureAwait(false);
            if (body.Length > 0)
            {
                context.Response.ContentLength = body.Length;
                await context.Response.Body.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
            }
        }
    }

    /// <summary>The 404 body: what the server answers, written for someone at a command line, not for a test author.</summary>
    internal static string NotFoundBody(HttpRequest request)
    {
        string detail =
            $"No status code in {request.Method} {request.Path}{request.QueryString}. fakestatus serve answers " +
            "/{code} (e.g. /503), /status/{code}, /{protocol}/{code} (e.g. /smtp/530), /{vendor}/{code} (e.g. /cloudflare/530) " +
            "and /random/{codes} (e.g. /random/200,503). Run 'fakestatus list http' to see the codes.";
        return "{\"error\": \"client_error\", \"message\": \"Not Found\", \"detail\": " + System.Text.Json.JsonSerializer.Serialize(detail) + "}";
    }
}
