using System;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace FakeStatus;

/// <content>The request path: resolve, record, wait, respond.</content>
public sealed partial class FakeStatusHandler
{
    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="ObjectDisposedException">The handler has been disposed.</exception>
    /// <exception cref="UnmatchedRequestException">The request fits no route and no URL convention.</exception>
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request is null)
        {
            throw new ArgumentNullException(nameof(request));
        }

        ThrowIfDisposed();
        if (cancellationToken.IsCancellationRequested)
        {
            Record(request, null, null, "cancelled before it was answered");
            return Task.FromCanceled<HttpResponseMessage>(cancellationToken);
        }

        // Fast path: no body to capture and no delay, so no async state machine.
        if (request.Content is null)
        {
            Resolution resolution = Resolve(request);
            if (resolution.Delay == TimeSpan.Zero)
            {
                return Task.FromResult(Answer(request, null, resolution));
            }
        }

        return SendSlowAsync(request, cancellationToken);
    }

#if NET5_0_OR_GREATER
    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="ObjectDisposedException">The handler has been disposed.</exception>
    /// <exception cref="UnmatchedRequestException">The request fits no route and no URL convention.</exception>
    protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request is null)
        {
            throw new ArgumentNullException(nameof(request));
        }

        ThrowIfDisposed();
        byte[]? body = null;
        if (request.Content is not null)
        {
            using var buffer = new MemoryStream();
            request.Content.CopyTo(buffer, null, cancellationToken);
            body = buffer.ToArray();
        }

        cancellationToken.ThrowIfCancellationRequested();
        Resolution resolution = Resolve(request);
        if (resolution.Delay > TimeSpan.Zero)
        {
            Record(request, body, null, "waiting " + resolution.Delay.TotalMilliseconds + " ms");
            Task.Delay(resolution.Delay, _time, cancellationToken).GetAwaiter().GetResult();
            return resolution.Template!.Create(request, _time.GetUtcNow());
        }

        return Answer(request, body, resolution);
    }
#endif

    private async Task<HttpResponseMessage> SendSlowAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        byte[]? body = null;
        if (request.Content is not null)
        {
            await request.Content.LoadIntoBufferAsync().ConfigureAwait(false);
            body = await request.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
        }

        Resolution resolution = Resolve(request);
        if (resolution.Delay > TimeSpan.Zero)
        {
            // Recorded on arrival so that a request cancelled during its delay still shows in the log.
            Record(request, body, resolution.Template?.StatusCode, resolution.AnsweredBy);
#if NET8_0_OR_GREATER
            await Task.Delay(resolution.Delay, _time, cancellationToken).ConfigureAwait(false);
#else
            await _time.Delay(resolution.Delay, cancellationToken).ConfigureAwait(false);
#endif
            return resolution.Template!.Create(request, _time.GetUtcNow());
        }

        return Answer(request, body, resolution);
    }

    private HttpResponseMessage Answer(HttpRequestMessage request, byte[]? body, Resolution resolution)
    {
        Record(request, body, resolution.Template?.StatusCode, resolution.AnsweredBy);
        return resolution.Template!.Create(request, _time.GetUtcNow());
    }

    private Resolution Resolve(HttpRequestMessage request)
    {
        Uri? uri = request.RequestUri;
        if (uri is null || !uri.IsAbsoluteUri)
        {
            throw Unmatched(request, "it has no absolute URI (give the HttpClient a BaseAddress such as https://fake.test)");
        }

        if (Options.UseUrlConventions)
        {
            ConventionMatch match = UrlConventions.Match(uri, _registry);
            switch (match.Outcome)
            {
                case ConventionOutcome.Status:
                    return new Resolution(match.Entry!.Template, match.Delay, "convention");
                case ConventionOutcome.Malformed:
                    return new Resolution(ResponseTemplate.JsonWithDetail(400, "Bad Request", match.Problem!), TimeSpan.Zero, "convention (malformed)");
            }
        }

        throw Unmatched(request, Options.UseUrlConventions
            ? "its path fits no URL convention"
            : "no route matches it and the URL conventions are switched off");
    }

    private UnmatchedRequestException Unmatched(HttpRequestMessage request, string why)
    {
        Record(request, null, null, "unmatched");
        return new UnmatchedRequestException(
            request,
            $"FakeStatusHandler cannot answer {request.Method} {request.RequestUri}: {why}. Accepted forms: {UrlConventions.AcceptedForms}.");
    }

    private void Record(HttpRequestMessage request, byte[]? body, int? status, string answeredBy) =>
        _log.Enqueue(new RecordedRequest(request, body, _time.GetUtcNow(), status, answeredBy));

    private readonly struct Resolution(ResponseTemplate? template, TimeSpan delay, string answeredBy)
    {
        public ResponseTemplate? Template { get; } = template;

        public TimeSpan Delay { get; } = delay;

        public string AnsweredBy { get; } = answeredBy;
    }
}
