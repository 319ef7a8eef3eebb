using System;
using System.Net.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;

namespace FakeStatus.Tool.Serve;

/// <summary>
/// Turns an ASP.NET Core request into the <see cref="HttpRequestMessage"/> an in-process test would send: method, URL, every
/// header and the body, so <c>Accept</c>, <c>X-HttpStatus-Sleep</c> and <c>X-HttpStatus-Response-*</c> work over the wire too.
/// </summary>
internal static class RequestTranslator
{
    public static HttpRequestMessage ToRequestMessage(HttpRequest request)
    {
        var message = new HttpRequestMessage(new HttpMethod(request.Method), Url(request));
        if (request.ContentLength > 0 || request.Headers.TransferEncoding.Count > 0)
        {
            message.Content = new StreamContent(request.Body);
        }

        foreach (var header in request.Headers)
        {
            string?[] values = header.Value.ToArray();

            // HttpRequestMessage splits headers in two: request headers, and content headers (Content-Type...) on the content.
            if (message.Headers.TryAddWithoutValidation(header.Key, values))
            {
                continue;
            }

            // A content header without a body (e.g. Content-Type on a GET) still reaches the handler, on empty content.
            message.Content ??= new ByteArrayContent([]);
            message.Content.Headers.TryAddWithoutValidation(header.Key, values);
        }

        return message;
    }

    /// <summary>
    /// The request's absolute URL. An HTTP/1.0 request may come without <c>Host</c>; it is then addressed to the socket it arrived on,
    /// as the URL a client would have typed to reach it.
    /// </summary>
    private static Uri Url(HttpRequest request)
    {
        HostString host = request.Host;
        if (!host.HasValue)
        {
            // HostString brackets an IPv6 address itself.
            ConnectionInfo connection = request.HttpContext.Connection;
            host = new HostString(connection.LocalIpAddress?.ToString() ?? "localhost", connection.LocalPort);
        }

        return new Uri(UriHelper.BuildAbsolute(request.Scheme, host, request.PathBase, request.Path, request.QueryString));
    }
}
