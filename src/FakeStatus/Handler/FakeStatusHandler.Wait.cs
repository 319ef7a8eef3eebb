using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;

namespace FakeStatus;

/// <content>
/// A request's delay, on the handler's clock: it ends when it is due, when the caller cancels, or when the handler or the
/// request's scope is disposed, so no request outlives the test that made it and no timer is left behind.
/// </content>
public sealed partial class FakeStatusHandler
{
    [SuppressMessage("Usage", "CA2213:Disposable fields should be disposed", Justification =
        "Cancelled, never disposed: a request may read its token after Dispose, and a source without a timer holds nothing to release.")]
    private readonly CancellationTokenSource _ending = new();

    private void EndWaits() => _ending.Cancel();

    private async ValueTask WaitAsync(TimeSpan delay, bool sync, FakeStatusScope? scope, CancellationToken cancellationToken)
    {
        var tokens = new List<CancellationToken> { cancellationToken, _ending.Token };
        for (FakeStatusScope? s = scope; s is not null; s = s.Parent)
        {
            tokens.Add(s.Ending);
        }

        using var ended = CancellationTokenSource.CreateLinkedTokenSource(tokens.ToArray());
#if NET8_0_OR_GREATER
        Task wait = Task.Delay(delay, _time, ended.Token);
#else
        Task wait = _time.Delay(delay, ended.Token);
#endif
        try
        {
            if (sync)
            {
                // The synchronous API has no other way to wait; the delay still runs on the handler's clock.
#pragma warning disable CA1849 // Send (sync: true) blocks on purpose; SendAsync takes the other branch.
                wait.GetAwaiter().GetResult();
#pragma warning restore CA1849
            }
            else
            {
                await wait.ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw EndedBy(delay, scope);
        }
    }

    private ObjectDisposedException EndedBy(TimeSpan delay, FakeStatusScope? scope)
    {
        string waited = "while the request waited out its delay of " + delay.ToString("c", CultureInfo.InvariantCulture);
        if (_ending.IsCancellationRequested)
        {
            return new ObjectDisposedException(nameof(FakeStatusHandler),
                $"The FakeStatusHandler was disposed {waited}: a request still waiting when its handler is disposed ends, rather than outliving the test.");
        }

        string which = scope?.ToString() ?? "scope";
        return new ObjectDisposedException(nameof(FakeStatusScope),
            $"The FakeStatusScope this request came from ({which}) was disposed {waited}: a request still waiting when its test's scope ends ends with it.");
    }
}
