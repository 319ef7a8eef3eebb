using Microsoft.Extensions.Time.Testing;

namespace FakeStatus.Reliability.Tests.Properties;

/// <summary>What one request produced: a response or an exception, never a hang (the fake clock is run out, then bounded).</summary>
internal sealed class Outcome
{
    private static readonly TimeSpan Hang = TimeSpan.FromSeconds(10);

    private Outcome(HttpResponseMessage? response, Exception? error)
    {
        Response = response;
        Error = error;
    }

    public HttpResponseMessage? Response { get; }

    public Exception? Error { get; }

    public static Outcome Of(HttpMessageInvoker invoker, FakeTimeProvider clock, HttpRequestMessage request)
    {
        Task<HttpResponseMessage> pending;
        try
        {
            pending = invoker.SendAsync(request, CancellationToken.None);
        }
#pragma warning disable CA1031 // The property judges every exception type; none may escape unjudged.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return new Outcome(null, e);
        }

        if (!pending.IsCompleted)
        {
            // The longest documented delay is one hour; anything still pending after that on the fake clock hangs.
            clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMilliseconds(1));
        }

        if (!((IAsyncResult)pending).AsyncWaitHandle.WaitOne(Hang))
        {
            throw new TimeoutException($"{request.Method} {request.RequestUri} did not complete after the fake clock ran out ({Hang} real time).");
        }

        // The handler reports failures through the task, as a real handler does; judge the exception itself, not its wrapper.
        return pending.IsCompletedSuccessfully
            ? new Outcome(pending.Result, null)
            : new Outcome(null, pending.Exception?.InnerException ?? new TaskCanceledException(pending));
    }

    /// <summary>Fails unless the exception is one the API documents, with a message naming <paramref name="input"/>.</summary>
    public static void AssertDocumented(Exception e, string input, params Type[] allowed)
    {
        if (!allowed.Any(t => t.IsInstanceOfType(e)))
        {
            throw new InvalidOperationException($"Undocumented {e.GetType().FullName} for input '{PropertyRunner.Shorten(input)}': {e}");
        }

        string shown = input.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
        if (!e.Message.Contains(input, StringComparison.Ordinal) && !e.Message.Contains(shown, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{e.GetType().Name} does not name the input '{PropertyRunner.Shorten(input)}': {PropertyRunner.Shorten(e.Message)}");
        }
    }
}
