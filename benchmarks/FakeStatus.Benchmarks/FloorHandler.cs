using System;
using System.Globalization;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace FakeStatus.Benchmarks;

/// <summary>
/// The floor: the cheapest handler anyone could write by hand for the same response. It answers every request with a fresh
/// <see cref="HttpResponseMessage"/> over cached body bytes, with the same status, reason phrase, headers and body as
/// FakeStatus's SMTP 530, and does nothing else (no matching, no recording, no clock).
/// </summary>
public sealed class FloorHandler : HttpMessageHandler
{
    private static readonly byte[] BodyBytes = Encoding.UTF8.GetBytes(Shared.Body);

    private readonly string _date = DateTimeOffset.UtcNow.UtcDateTime.ToString("r", CultureInfo.InvariantCulture);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        Task.FromResult(Respond(request));

    protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken) =>
        Respond(request);

    /// <summary>Builds the response; also used by the MockHttp contestant so that it returns the very same message.</summary>
    public static HttpResponseMessage Respond(HttpRequestMessage request, string date)
    {
        var content = new ByteArrayContent(BodyBytes);
        content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
        content.Headers.ContentLength = BodyBytes.Length;
        var response = new HttpResponseMessage((HttpStatusCode)530)
        {
            ReasonPhrase = Shared.ReasonPhrase,
            RequestMessage = request,
            Version = request.Version,
            Content = content,
        };
        response.Headers.TryAddWithoutValidation("Date", date);
        return response;
    }

    private HttpResponseMessage Respond(HttpRequestMessage request) => Respond(request, _date);
}
