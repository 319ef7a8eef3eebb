using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace FakeStatus;

/// <content>
/// The request path, the same for <c>SendAsync</c> and <c>Send</c>: capture the request, decide which rule answers, apply it,
/// wait, answer, and record the exchange exactly once, whatever happens.
/// </content>
public sealed partial class FakeStatusHandler
{
    private static readonly Version Http2 = new(2, 0);

    // The Date text of this handler's clock, made once per second of it.
    private readonly DateText _dates = new();

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="ObjectDisposedException">
    /// The handler has been disposed, or it or the request's scope was disposed while the request waited out its delay.
    /// </exception>
    /// <exception cref="UnmatchedRequestException">The request fits no route and no URL convention (with the default policy).</exception>
    /// <exception cref="SequenceExhaustedException">A route's sequence registered with ThrowWhenExhausted has no step left.</exception>
    /// <exception cref="InvalidOperationException">A route that would match the request was started with <c>When</c> but never given a response.</exception>
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        ThrowIfDisposed();
        return SendCoreAsync(request, sync: false, cancellationToken).AsTask();
    }

#if NET5_0_OR_GREATER
    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="ObjectDisposedException">
    /// The handler has been disposed, or it or the request's scope was disposed while the request waited out its delay.
    /// </exception>
    /// <exception cref="UnmatchedRequestException">The request fits no route and no URL convention (with the default policy).</exception>
    /// <exception cref="SequenceExhaustedException">A route's sequence registered with ThrowWhenExhausted has no step left.</exception>
    /// <exception cref="InvalidOperationException">A route that would match the request was started with <c>When</c> but never given a response.</exception>
    protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        ThrowIfDisposed();

        // With sync: true nothing below awaits anything incomplete, so the task has finished when it returns.
        return SendCoreAsync(request, sync: true, cancellationToken).AsTask().GetAwaiter().GetResult();
    }
#endif

    private async ValueTask<HttpResponseMessage> SendCoreAsync(HttpRequestMessage request, bool sync, CancellationToken cancellationToken)
    {
        FakeStatusScope? scope = _currentScope.Value;
        var exchange = new Exchange(request, _time.GetUtcNow());
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (request.Content is not null)
            {
                // Buffered first, so the caller's later disposal cannot lose the body and matchers can read it again.
                exchange.Body = sync ? ReadBody(request.Content, cancellationToken) : await ContentBytes.ReadAsync(request.Content, cancellationToken).ConfigureAwait(false);
            }

            Plan plan = Apply(Decide(request, exchange.Body, scope), request, ref exchange, scope);
            if (plan.Delay > TimeSpan.Zero)
            {
                await WaitAsync(plan.Delay, sync, scope, cancellationToken).ConfigureAwait(false);
            }

            if (plan.PassThrough)
            {
                HttpResponseMessage passed;
                try
                {
                    passed = await PassThroughAsync(request, sync, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception e)
                {
                    bool cancelled = e is OperationCanceledException && cancellationToken.IsCancellationRequested;
                    exchange.Complete(cancelled ? RequestOutcome.Cancelled : RequestOutcome.PassThroughFailed, null, "pass-through failed: " + e.GetType().Name);
                    throw;
                }

                exchange.Complete(RequestOutcome.PassedThrough, (int)passed.StatusCode, "passed through to " + Options.Unmatched.Inner!.GetType().Name);
                return passed;
            }

            return Answer(request, ref exchange, plan);
        }
        catch (Exception e) when (!exchange.HasOutcome)
        {
            bool cancelled = e is OperationCanceledException && cancellationToken.IsCancellationRequested;
            exchange.Complete(cancelled ? RequestOutcome.Cancelled : RequestOutcome.Failed, null, e.GetType().Name + ": " + e.Message);
            throw;
        }
        finally
        {
            Record(request, ref exchange, scope);
        }
    }

    private static byte[] ReadBody(HttpContent content, CancellationToken cancellationToken)
    {
#if NET5_0_OR_GREATER
        // Sized from Content-Length when it is given, so the body is held once: no growing buffer, no second copy.
        long? length = content.Headers.ContentLength;
        using var buffer = length is > 0 and <= int.MaxValue ? new MemoryStream((int)length.Value) : new MemoryStream();
        content.CopyTo(buffer, null, cancellationToken);
        return buffer.Length == buffer.Capacity ? buffer.GetBuffer() : buffer.ToArray();
#else
        // Only the asynchronous path exists before .NET 5; Send is not overridden there, so this is never reached.
        _ = cancellationToken;
        throw new PlatformNotSupportedException("Synchronous Send needs .NET 5 or later.");
#endif
    }

    private ValueTask<HttpResponseMessage> PassThroughAsync(HttpRequestMessage request, bool sync, CancellationToken cancellationToken)
    {
#if NET5_0_OR_GREATER
        return sync
            ? new ValueTask<HttpResponseMessage>(_passThrough!.Send(request, cancellationToken))
            : new ValueTask<HttpResponseMessage>(_passThrough!.SendAsync(request, cancellationToken));
#else
        return new ValueTask<HttpResponseMessage>(_passThrough!.SendAsync(request, cancellationToken));
#endif
    }

    /// <summary>Builds the response, or raises the fault; nothing is left to wait for.</summary>
    private HttpResponseMessage Answer(HttpRequestMessage request, ref Exchange exchange, in Plan plan)
    {
        CountAnswer(plan);
        if (plan.Fault is not null)
        {
            exchange.Complete(RequestOutcome.Faulted, null, plan.Detail);
            throw plan.Fault.Create(request);
        }

        DateTimeOffset now = plan.Delay == TimeSpan.Zero ? exchange.ArrivedAt : _time.GetUtcNow();
        HttpResponseMessage response = plan.Template!.Create(request, now, _dates.Of(now), Options.RealisticRetryAfter, plan.SuppressBody);
        if (plan.ExtraHeaders is not null)
        {
            foreach (HeaderEntry header in plan.ExtraHeaders)
            {
                header.AddTo(response, now, Options.RealisticRetryAfter);
            }
        }

        if (Options.Realism != RealismCheck.Off)
        {
            CheckRealism(request, ref exchange, plan, response);
        }

        exchange.Complete(plan.Outcome, plan.Template.StatusCode, plan.Detail);
        return response;
    }

    /// <summary>Runs the realism check over the response as sent: noted on the exchange, and in Throw mode fails the request.</summary>
    private void CheckRealism(HttpRequestMessage request, ref Exchange exchange, in Plan plan, HttpResponseMessage response)
    {
        ResponseTemplate template = plan.Template!;
        bool usual = template.IsFixed && plan.ExtraHeaders is null && !plan.SuppressBody && request.Method != HttpMethod.Head && response.Version < Http2;
        IReadOnlyList<string>? problems = usual ? template.UsualProblems(Options.RealisticRetryAfter) : null;
        if (problems is null)
        {
            problems = RealismRules.Check(response, template.CustomReasonPhrase, template.SentBodyLength(request.Method, plan.SuppressBody));
            if (usual)
            {
                template.RememberUsualProblems(Options.RealisticRetryAfter, problems);
            }
        }

        if (problems.Count == 0)
        {
            return;
        }

        exchange.RealismProblems = problems;
        if (Options.Realism == RealismCheck.Throw)
        {
            response.Dispose();
            string by = exchange.Route is not null ? $"Route '{exchange.Route.Name}'" : "The " + plan.Detail;
            throw new InvalidOperationException(RealismMessage.Rejected(by + " answered", problems));
        }
    }

    private void Record(HttpRequestMessage request, ref Exchange exchange, FakeStatusScope? scope)
    {
        exchange.Seal(request, _time.GetUtcNow(), Options.MaxRecordedBodyBytes);
        if (scope is null)
        {
            // Kept by value: the record object is made only if someone reads the log.
            _log.Add(exchange);
            return;
        }

        // Kept by two logs, which must return the same object for it.
        var record = new RecordedRequest(exchange);
        _log.Add(record);
        scope.Log.Add(record);
    }
}
