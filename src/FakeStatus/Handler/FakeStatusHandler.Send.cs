using System;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace FakeStatus;

/// <content>The request path: capture, decide, record, wait, respond.</content>
public sealed partial class FakeStatusHandler
{
    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="ObjectDisposedException">The handler has been disposed.</exception>
    /// <exception cref="UnmatchedRequestException">The request fits no route and no URL convention (with the default policy).</exception>
    /// <exception cref="SequenceExhaustedException">A route's sequence registered with ThrowWhenExhausted has no step left.</exception>
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request is null)
        {
            throw new ArgumentNullException(nameof(request));
        }

        ThrowIfDisposed();
        DateTimeOffset arrived = _time.GetUtcNow();
        if (cancellationToken.IsCancellationRequested)
        {
            Record(request, null, arrived, null, "cancelled before it was answered", null);
            return Task.FromCanceled<HttpResponseMessage>(cancellationToken);
        }

        // Fast path: no body to capture and nothing to wait for, so no async state machine.
        if (request.Content is null)
        {
            try
            {
                Decision decision = Decide(request, null, arrived);
                if (decision.Delay == TimeSpan.Zero && !decision.PassThrough)
                {
                    return Task.FromResult(Complete(request, null, arrived, decision));
                }

                return FinishAsync(request, null, arrived, decision, cancellationToken);
            }
            catch (Exception e)
            {
                // Failures (unmatched, faults, exhausted sequences) surface through the task, as a real handler's do.
                return Task.FromException<HttpResponseMessage>(e);
            }
        }

        return CaptureThenFinishAsync(request, arrived, cancellationToken);
    }

    private async Task<HttpResponseMessage> CaptureThenFinishAsync(HttpRequestMessage request, DateTimeOffset arrived, CancellationToken cancellationToken)
    {
        // Buffered first, so the caller's later disposal cannot lose the body and predicates can read it again.
        byte[] body;
        try
        {
#if NET5_0_OR_GREATER
            body = await request.Content!.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
#else
            await request.Content!.LoadIntoBufferAsync().ConfigureAwait(false);
            body = await request.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
#endif
        }
        catch (OperationCanceledException)
        {
            Record(request, null, arrived, null, "cancelled while its body was read", null);
            throw;
        }

        Decision decision = Decide(request, body, arrived);
        return await FinishAsync(request, body, arrived, decision, cancellationToken).ConfigureAwait(false);
    }

    private async Task<HttpResponseMessage> FinishAsync(HttpRequestMessage request, byte[]? body, DateTimeOffset arrived, Decision decision, CancellationToken cancellationToken)
    {
        if (decision.Delay > TimeSpan.Zero)
        {
            try
            {
#if NET8_0_OR_GREATER
                await Task.Delay(decision.Delay, _time, cancellationToken).ConfigureAwait(false);
#else
                await _time.Delay(decision.Delay, cancellationToken).ConfigureAwait(false);
#endif
            }
            catch (OperationCanceledException)
            {
                Record(request, body, arrived, null, decision.AnsweredBy + " (cancelled while waiting)", decision.Route);
                throw;
            }
        }

        if (decision.PassThrough)
        {
            return await PassThroughAsync(request, body, arrived, decision, cancellationToken).ConfigureAwait(false);
        }

        return Complete(request, body, arrived, decision);
    }

    private async Task<HttpResponseMessage> PassThroughAsync(HttpRequestMessage request, byte[]? body, DateTimeOffset arrived, Decision decision, CancellationToken cancellationToken)
    {
        try
        {
            HttpResponseMessage response = await _passThrough!.SendAsync(request, cancellationToken).ConfigureAwait(false);
            Record(request, body, arrived, (int)response.StatusCode, decision.AnsweredBy, null);
            return response;
        }
        catch (Exception e)
        {
            Record(request, body, arrived, null, decision.AnsweredBy + " (failed: " + e.GetType().Name + ")", null);
            throw;
        }
    }

    /// <summary>Builds the response (or raises the fault) and records the request; no waiting left to do.</summary>
    private HttpResponseMessage Complete(HttpRequestMessage request, byte[]? body, DateTimeOffset arrived, in Decision decision)
    {
        if (decision.Fault is not null)
        {
            Record(request, body, arrived, null, decision.AnsweredBy, decision.Route);
            throw decision.Fault.Create(request);
        }

        DateTimeOffset now = decision.Delay == TimeSpan.Zero ? arrived : _time.GetUtcNow();
        HttpResponseMessage response = decision.Template!.Create(request, now, decision.SuppressBody);
        if (decision.ExtraHeaders is not null)
        {
            foreach (HeaderEntry header in decision.ExtraHeaders)
            {
                header.AddTo(response);
            }
        }

        Record(request, body, arrived, decision.Template.StatusCode, decision.AnsweredBy, decision.Route);
        return response;
    }

#if NET5_0_OR_GREATER
    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="ObjectDisposedException">The handler has been disposed.</exception>
    /// <exception cref="UnmatchedRequestException">The request fits no route and no URL convention (with the default policy).</exception>
    /// <exception cref="SequenceExhaustedException">A route's sequence registered with ThrowWhenExhausted has no step left.</exception>
    protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request is null)
        {
            throw new ArgumentNullException(nameof(request));
        }

        ThrowIfDisposed();
        DateTimeOffset arrived = _time.GetUtcNow();
        byte[]? body = null;
        if (request.Content is not null)
        {
            using var buffer = new MemoryStream();
            request.Content.CopyTo(buffer, null, cancellationToken);
            body = buffer.ToArray();
        }

        if (cancellationToken.IsCancellationRequested)
        {
            Record(request, body, arrived, null, "cancelled before it was answered", null);
            cancellationToken.ThrowIfCancellationRequested();
        }

        Decision decision = Decide(request, body, arrived);
        if (decision.Delay > TimeSpan.Zero || decision.PassThrough)
        {
            // The synchronous API has no better way to wait; the work itself stays on the caller's thread.
            return FinishAsync(request, body, arrived, decision, cancellationToken).GetAwaiter().GetResult();
        }

        return Complete(request, body, arrived, decision);
    }
#endif
}
