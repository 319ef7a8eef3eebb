using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Net.Sockets;
using System.Runtime.ExceptionServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Connections.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace FakeStatus.Tool.Serve;

/// <summary>
/// Hands each ASP.NET Core request to the server's one <see cref="FakeStatusHandler"/> and copies its answer back (status, reason
/// phrase, headers, body), so the server's responses are the library's responses byte for byte. A network failure the library
/// raises (nginx 444 closes the connection) happens on the connection itself.
/// </summary>
internal static class ResponseForwarder
{
    // Read at a terminal, not embedded in a page: quotes and '+' stay as they are instead of \u0027 and \u002B.
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // Kestrel writes these itself from the connection and the body; copying them would conflict.
    private static readonly string[] ServerOwnedHeaders = ["Date", "Content-Length", "Transfer-Encoding", "Connection", "Keep-Alive"];

    /// <summary>How long a timeout fault holds a request at most: five minutes, longer than any client waits (HttpClient: 100 s).</summary>
    public static readonly TimeSpan TimeoutHold = TimeSpan.FromMinutes(5);

    public static async Task ForwardAsync(HttpContext context, HttpMessageInvoker handler, ServeSettings settings)
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
        catch (Exception e) when (Unreadable(e) is { } unreadable)
        {
            // A body over Kestrel's limit or a malformed chunk: Kestrel answers 413 or 400 itself, but only when its exception
            // reaches it as itself, and HttpContent wraps it while the handler buffers the body.
            ExceptionDispatchInfo.Throw(unreadable);
            throw;
        }
        catch (Exception e) when (context.RequestAborted.IsCancellationRequested || IsNetworkFault(e))
        {
            await FailAsync(context, e, settings).ConfigureAwait(false);
            return;
        }

        using (response)
        {
            byte[] body;
            try
            {
                body = await response.Content.ReadAsByteArrayAsync(context.RequestAborted).ConfigureAwait(false);
            }
            catch (Exception e) when (IsNetworkFault(e))
            {
                // A body that fails part-way (a route's truncated or failing content) breaks the connection, as it would.
                CloseWithoutResponse(context);
                return;
            }

            context.Response.StatusCode = (int)response.StatusCode;
            context.Features.GetRequiredFeature<IHttpResponseFeature>().ReasonPhrase = response.ReasonPhrase;
            IEnumerable<KeyValuePair<string, IEnumerable<string>>> headers = response.Headers.Concat(response.Content.Headers);
            foreach (var header in headers.Where(h => !ServerOwnedHeaders.Contains(h.Key, StringComparer.OrdinalIgnoreCase)))
            {
                context.Response.Headers[header.Key] = header.Value.ToArray();
            }

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
            $"No status code in {request.Method} {request.Path}{request.QueryString}. fakestatus serve answers {ServeConventions.Forms}. " +
            ServeConventions.Controls + " " + ServeConventions.Styles() + " Run 'fakestatus list' to see the codes.";
        return "{\"error\": \"client_error\", \"message\": \"Not Found\", \"detail\": " + JsonSerializer.Serialize(detail, Readable) + "}";
    }

    /// <summary>
    /// The library's fault, delivered over the wire. A timeout is the client's own: the request stays unanswered until the client
    /// gives up, the server stops, or <see cref="TimeoutHold"/> passes on the handler's clock. Any other failure (connection
    /// closed, reset) drops the connection without a response at once.
    /// </summary>
    private static async Task FailAsync(HttpContext context, Exception fault, ServeSettings settings)
    {
        if (fault is TaskCanceledException { InnerException: TimeoutException } && !context.RequestAborted.IsCancellationRequested)
        {
            using var either = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, settings.Stopping);
            await Task.Delay(TimeoutHold, settings.Time, either.Token)
                .ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default).ConfigureAwait(false);
        }

        CloseWithoutResponse(context);
    }

    /// <summary>
    /// Closes the connection as nginx does for 444: the client reads the end of the stream before any response ("The response
    /// ended prematurely", curl's "Empty reply from server"). Aborting alone would reset it, which clients report differently.
    /// </summary>
    private static void CloseWithoutResponse(HttpContext context)
    {
        context.Features.Get<IConnectionSocketFeature>()?.Socket.Shutdown(SocketShutdown.Send);
        context.Abort();
    }

    private static bool IsNetworkFault(Exception e) =>
        e is HttpRequestException or IOException or SocketException || e is TaskCanceledException { InnerException: TimeoutException };

    private static BadHttpRequestException? Unreadable(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e is BadHttpRequestException bad)
            {
                return bad;
            }
        }

        return null;
    }
}
