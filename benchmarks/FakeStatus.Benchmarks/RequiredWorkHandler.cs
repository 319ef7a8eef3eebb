using System;
using System.Globalization;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace FakeStatus.Benchmarks;

/// <summary>
/// The least a handler must do to keep FakeStatus's defaults, written by hand as cheaply as plain code allows: read the
/// arrival time, find the protocol and code in the path, answer with the harness floor's response plus a <c>Date</c> (its
/// text made once per second) and a <c>Content-Length</c>, count the status answered, read the completion time, and keep
/// the request by value (method, version, URI text, times, status) in a locked ring of 10,000. No routes, no scopes, no
/// diagnostics, no realism check, no error styles. The gap between this and the harness floor is what the defaults cost
/// before any of FakeStatus's own code runs; the gap between FakeStatus and this is FakeStatus's own.
/// </summary>
public sealed class RequiredWorkHandler : HttpMessageHandler
{
    private const int Capacity = 10_000;

    private static readonly byte[] BodyBytes = Encoding.UTF8.GetBytes(Shared.Body);

    private readonly Record[] _ring = new Record[Capacity];
    private readonly object _gate = new();
    private int _next;
    private long _answered;
    private string _date = string.Empty;
    private long _dateSecond = -1;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        DateTimeOffset arrived = TimeProvider.System.GetUtcNow();
        string uri = request.RequestUri!.OriginalString;
        int at = uri.IndexOf("/smtp/", StringComparison.OrdinalIgnoreCase);
        if (at < 0 || !int.TryParse(uri.AsSpan(at + 6, 3), NumberStyles.None, CultureInfo.InvariantCulture, out int code))
        {
            throw new InvalidOperationException("No convention: " + uri);
        }

        Interlocked.Increment(ref _answered);
        var content = new ByteArrayContent(BodyBytes);
        content.Headers.TryAddWithoutValidation("Content-Type", Shared.MediaType);
        content.Headers.ContentLength = BodyBytes.Length;
        var response = new HttpResponseMessage((HttpStatusCode)code)
        {
            ReasonPhrase = Shared.ReasonPhrase,
            Content = content,
            RequestMessage = request,
            Version = request.Version,
        };
        response.Headers.TryAddWithoutValidation("Date", DateOf(arrived));
        var record = new Record(request.Method, request.Version, uri, arrived, TimeProvider.System.GetUtcNow(), code);
        lock (_gate)
        {
            _ring[_next] = record;
            _next = (_next + 1) % Capacity;
        }

        return Task.FromResult(response);
    }

    private string DateOf(DateTimeOffset now)
    {
        long second = now.UtcTicks / TimeSpan.TicksPerSecond;
        if (second != Volatile.Read(ref _dateSecond))
        {
            _date = now.UtcDateTime.ToString("r", CultureInfo.InvariantCulture);
            Volatile.Write(ref _dateSecond, second);
        }

        return _date;
    }

    private readonly record struct Record(HttpMethod Method, Version Version, string Uri, DateTimeOffset ArrivedAt, DateTimeOffset CompletedAt, int StatusCode);
}
